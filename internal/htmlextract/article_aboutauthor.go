package htmlextract

import (
	"strings"

	"github.com/lede-news/lede/internal/model"
)

// aboutAuthorTail: rule "about-author" looks at the text's last blocks
// only: the label, the bio under it and perhaps one closing line (a
// question to the readers). Higher up, a section so titled is part of the
// article (a winery's piece on its own winemaker).
const aboutAuthorTail = 3

// aboutAuthorLabels open an author box, lower-cased. (English only for
// now: with the German labels the rule also took an author box closing
// one extract/ text, a right removal its snippet scores do not see, and
// extract/ stays byte-identical unless it gains; other languages can join
// with pages that show their gain.)
var aboutAuthorLabels = []string{"about the author", "about the authors", "about the writer"}

// aboutAuthorLabel returns the rest of t after an about-the-author label
// and the colon or dash after it, and whether t opens with one.
func aboutAuthorLabel(t string) (rest string, ok bool) {
	l := strings.ToLower(t)
	for _, lab := range aboutAuthorLabels {
		if strings.HasPrefix(l, lab) {
			rest = strings.TrimLeft(t[len(lab):], " :：-–—")
			// the label must end there: "About the authority ..." is text
			if len(rest) == len(t)-len(lab) && rest != "" {
				continue
			}
			return rest, true
		}
	}
	return "", false
}

// dropAboutAuthor is rule "about-author": among the text's last blocks
// (aboutAuthorTail), a paragraph that opens with an about-the-author
// label is the author box under the article: with the
// bio after the label ("About the author: Ilse Brandt is a night editor
// ..."), the block goes; a label alone goes with the paragraph under it.
// Rule "author-bio" needs the page's metadata to name the author; the
// label says what the box is. A heading so worded titles a section of the
// text, as rule "titled-region" reads it (TestTitledRegion), and stays.
func (x *extractor) dropAboutAuthor() {
	a := x.a
	for i := max(0, len(a.Body)-aboutAuthorTail); i < len(a.Body); i++ {
		b := a.Body[i]
		if b.Kind != model.KindParagraph {
			continue
		}
		rest, ok := aboutAuthorLabel(b.Text)
		if !ok || len(b.Text) > authorBioMax {
			continue
		}
		if rest == "" {
			if i+1 >= len(a.Body) || a.Body[i+1].Kind != model.KindParagraph || len(a.Body[i+1].Text) > authorBioMax {
				return
			}
			x.dropBlock(i+1, model.RemovedByline, "about-author")
		}
		x.dropBlock(i, model.RemovedByline, "about-author")
		return
	}
}
