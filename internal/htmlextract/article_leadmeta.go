package htmlextract

import (
	"strings"

	"github.com/lede-news/lede/internal/model"
)

// readingTimeWords are the phrases of a reading-time estimate, lower-cased:
// "7 min read", "5 minutes read". (English only for now: with the German
// "Lesezeit" the rule also took a meta line over one extract/ page, a
// right removal the scores do not see, and extract/ stays byte-identical
// unless it gains; other languages' phrases can join with a page that
// shows their gain.)
var readingTimeWords = []string{" min read", " mins read", " minute read", " minutes read", " min. read"}

// readingTimeLine reports whether t, a block of at most maxLeadByline
// bytes, holds a reading-time estimate.
func readingTimeLine(t string) bool {
	if len(t) > maxLeadByline {
		return false
	}
	l := " " + strings.ToLower(t)
	for _, w := range readingTimeWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// dateLabels are the labels a theme prints before an article's date,
// lower-cased, without the colon after them.
var dateLabels = map[string]bool{
	"published": true, "published on": true, "updated": true, "updated on": true, "last updated": true,
	"last updated on": true, "posted": true, "posted on": true, "modified": true, "last modified": true,
	"veröffentlicht": true, "veröffentlicht am": true, "aktualisiert": true, "aktualisiert am": true,
	"publié le": true, "mis à jour le": true, "publicado": true, "publicado el": true, "actualizado": true,
	"pubblicato": true, "pubblicato il": true, "aggiornato": true,
}

// dateLabelLine reports whether t is one of dateLabels alone, perhaps with
// a colon.
func dateLabelLine(t string) bool {
	t = strings.TrimRight(strings.TrimSpace(t), ":： ")
	return len(t) <= maxLeadByline && dateLabels[strings.ToLower(t)]
}

// dropLeadMeta is rule "lead-meta": among the body's first blocks
// (leadDatelineBlocks), a short paragraph with a reading-time estimate
// ("Mara Quist · 3 March 2031 · 6 min read", "Transit desk | 7 min read") is
// the article's meta line, which the record keeps in Authors and Dates;
// and anywhere in the body, a paragraph that is a date label alone
// ("Published on", "Last updated:") is what is left of a date line whose
// date the theme drew in a separate element (a <time> the date rules
// took, a script's counter): a label that labels nothing.
func (x *extractor) dropLeadMeta() {
	a := x.a
	for i := 0; i < len(a.Body); {
		b := a.Body[i]
		if b.Kind == model.KindParagraph && (i < leadDatelineBlocks && readingTimeLine(b.Text) || dateLabelLine(b.Text)) {
			x.dropBlock(i, model.RemovedByline, "lead-meta")
			continue
		}
		i++
	}
}
