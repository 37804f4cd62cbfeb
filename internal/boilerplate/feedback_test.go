package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestCommentsPromptFeedback: the feedback and rating widget under a
// story, in English, German, French, Spanish and Italian, is a comments
// prompt (rule comments-prompt-feedback); a long question in the story
// that opens with the same words is not. Fails without the entries.
func TestCommentsPromptFeedback(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Did you like this article?", model.RemovedComments},
		{"Was this helpful?", model.RemovedComments},
		{"How useful was this post?", model.RemovedComments},
		{"Click on a star to rate it!", model.RemovedComments},
		{"Hat Ihnen dieser Artikel gefallen?", model.RemovedComments},
		{"Cet article vous a-t-il été utile ?", model.RemovedComments},
		{"¿Te ha gustado este artículo?", model.RemovedComments},
		{"Ti è piaciuto questo articolo?", model.RemovedComments},
		{"Was this helpful to the farmers of the valley, the minister asked the Tallow council on Monday evening?", ""},
	})
}
