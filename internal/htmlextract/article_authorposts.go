package htmlextract

import (
	"strings"

	"github.com/lede-news/lede/internal/model"
)

// maxAuthorPostsLabel bounds the label of rule "author-posts": the words,
// a name of a few words, and "(see all)".
const maxAuthorPostsLabel = 90

// authorPostsLabels open the label over an author box's list of the
// writer's other posts, lower-cased ("Latest posts by Jane Roe (see
// all)", "More articles by Jane Roe").
var authorPostsLabels = []string{"latest posts by ", "recent posts by ", "more posts by ", "other posts by ",
	"more articles by ", "more stories by ", "latest articles by ", "recent articles by "}

// dropAuthorPosts is rule "author-posts": a label naming a writer's other
// posts (authorPostsLabels) followed, to the end of the text, by list
// items only (their titles and dates) is the author box's list under the
// article, which a blog theme's author plugin prints: the label and the
// list go.
func (x *extractor) dropAuthorPosts() {
	a := x.a
	i := len(a.Body) - 1
	for i >= 0 && a.Body[i].Kind == model.KindListItem {
		i--
	}
	if i < 0 || i == len(a.Body)-1 || len(a.Body[i].Text) > maxAuthorPostsLabel || !hasAnyPrefix(strings.ToLower(a.Body[i].Text), authorPostsLabels) {
		return
	}
	for k := len(a.Body) - 1; k >= i; k-- {
		x.dropBlock(k, model.RemovedByline, "author-posts")
	}
}
