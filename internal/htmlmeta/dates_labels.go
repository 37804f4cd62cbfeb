package htmlmeta

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pubLabelNeedles find a label that names the date after it as the
// publication date ("Published: 3 May 2021", "Veröffentlicht am",
// "Erschienen am", "Mise en ligne", "Publicado el", "Pubblicato il",
// "Opublikowano"). They skip the first letter so one needle serves
// "Published" and "published"; they are searched with strings.Index in the
// first bytes of short text nodes only (no regexp per node).
var pubLabelNeedles = []string{
	"ublished", "ublish date", "ublication date", "osted on", "ffentlicht", "ffentlichung", "rschienen am",
	"rstellt am", "ublié le", "ise en ligne", "ublicado", "ublicación", "ubblicato", "ublikowano", "epubliceerd",
}

// pubLabels finds the first of pubLabelNeedles in one pass over a text
// (a strings.Index per needle was most of this rule's cost: it runs on
// every short text node of a page).
var pubLabels = newWordSet(pubLabelNeedles...)

// maxNeedle is the longest of pubLabelNeedles, in bytes.
const maxNeedle = 16

// pubLabelStop are labels of a later date ("last updated"): the labelled
// text is cut where one starts.
var pubLabelStop = []string{"pdated", "odified", "ktualisiert", "nderung", "is à jour", "ctualizado", "ggiornato", "evised", "eviewed",
	// a correction note's day is later too ("This article was amended on
	// ..."; lede bench extract predictions of both sets byte-identical)
	"mended", "orrected",
	// Rule dateUpdateLabelsStop: the update labels of the other
	// languages the update reader knows (updateLabels), which no stop
	// cut: Brazilian Portuguese, Dutch, the Nordic languages, Polish,
	// Czech, Slovak, Russian, Ukrainian, Hungarian, Romanian, Catalan,
	// Greek, Croatian, Slovene, Indonesian, Vietnamese, Turkish, and the
	// "changed" of French, German and Dutch. Written in full where the
	// shortened form sits inside other words (Portuguese "virtualizado",
	// Ukrainian "установлено", German "verändert").
	"Atualizado", "atualizado", "Atualização", "atualização", "ijgewerkt", "ppdatert", "pdateret", "ppdaterad",
	"äivitetty", "ktualizac", "ktualizowano", "ktualizováno", "ktualizované", "бновлено", "Оновлено", "оновлено",
	"rissítve", "ctualizat", "ctualitzat", "νημερώθηκε", "žurirano", "osodobljeno", "iperbarui", "ập nhật",
	"üncelle", "odifié", "Geändert", "geändert", "ewijzigd"}

// pubStops finds the first of pubLabelStop in one pass, as pubLabels does
// for the publication labels: pubAfterUpdateLabel looks for them at the
// start of every short text node without a label, where a strings.Index
// per language's label was a twentieth of the costliest dense pages'
// extraction (TestDevTime -cpuprofile).
var pubStops = newWordSet(pubLabelStop...)

// maxStop is the longest of pubLabelStop, in bytes.
var maxStop = len(slices.MaxFunc(pubLabelStop, func(a, b string) int { return len(a) - len(b) }))

// maxLabels bounds the labelled texts kept per page; a page's own label
// comes early, and pages with more are lists of related posts.
const maxLabels = 8

// maxLabelStart: a label opens its text ("Published", "Date published:",
// "Zuerst veröffentlicht am"); further in, "published" is part of a sentence
// ("This post was originally published on ..." has it 30 bytes in). The
// longest label lead-in written for is "Zuerst " / "Date " plus a bullet.
const maxLabelStart = 16

// maxLabelText: a text node longer than this is prose that mentions
// publishing, not a label.
const maxLabelText = 120

// dateLabels collects texts labelled as the publication date (rule
// datePublishedLabel). A label and its date often sit in separate elements
// (<dt>Published</dt><dd>3 May 2021</dd>, "Veröffentlichung: <a>04.02.2022</a>"):
// a label without digits waits for the next non-blank text node.
type dateLabels struct {
	// texts are the labelled texts, label and date ("Published 3 May 2021").
	texts []string
	// bare are short text nodes outside page chrome that may be a date
	// and nothing else ("20 December 2025", "14. Februar 2012"), checked
	// by the bareDate rule.
	bare []string
	// pending is a label waiting for its date in the next text node.
	pending string
	// shown caches collector.shownTexts: the dated texts read so far, and
	// where reading stopped (group, next text).
	shown                            []shownText
	shownGroup, shownNext, shownRead int
}

// maxBare bounds the bare date candidates kept per page: the page's own
// date comes before lists of dated items.
const maxBare = 8

// maxBareText: a date written alone ("Wednesday, 14. Februar 2012 | 10:21")
// fits in this many bytes; longer texts are sentences with a date in them.
const maxBareText = 48

// text looks at one text node in document order; chrome tells whether it
// sits in navigation, a sidebar or a footer.
func (l *dateLabels) text(raw string, chrome bool) {
	t := strings.TrimSpace(raw)
	if t == "" {
		return
	}
	if !chrome && len(l.bare) < maxBare && len(t) <= maxBareText && hasYearRun(t) {
		l.bare = append(l.bare, t)
	}
	if len(l.texts) >= maxLabels {
		return
	}
	if l.pending != "" {
		if len(t) <= maxLabelText && !hasDigit(t) && labelAt(t) >= 0 {
			// A label repeated for screen readers ("<h4>Published</h4>
			// <h3 class=sr-only>Publish date</h3> <time>"): the date is
			// still to come.
			return
		}
		l.texts = append(l.texts, l.pending+" "+truncateRunes(t, maxLabelText))
		l.pending = ""
		return
	}
	if len(t) > maxLabelText {
		return
	}
	if t == "Start date" {
		// The thread start label of forum software (XenForo), read by
		// screen readers before the first post's <time>.
		l.pending = t
		return
	}
	at := labelAt(t)
	if at < 0 {
		if rest := pubAfterUpdateLabel(t); rest != "" {
			t, at = rest, labelAt(rest)
		}
	}
	if at < 0 {
		return
	}
	t = t[wordStart(t, at):]
	// "Published 3 May 2021, last updated 5 May 2021": the text ends
	// where a later date's label starts.
	for _, w := range pubLabelStop {
		if i := strings.Index(t, w); i > 0 {
			t = t[:wordStart(t, i)]
		}
	}
	if !hasDigit(t) {
		l.pending = t
		return
	}
	l.texts = append(l.texts, t)
}

// pubAfterUpdateLabel is rule dateLabelAfterUpdate: a line that gives
// the update first and the publication after it ("Updated: 13 November
// 2025. Published: 12 November 2025") carries the publication's label
// too far in for labelAt, and the update's day dated the publication. The
// line must open with an update's label (pubLabelStop, within
// maxLabelStart bytes) and hold a date before the publication's label;
// the text from that label on is returned, or "".
func pubAfterUpdateLabel(t string) string {
	// the window holds every label that starts within maxLabelStart bytes
	stop := pubStops.index(t[:min(len(t), maxLabelStart+maxStop)])
	if stop < 0 || stop > maxLabelStart {
		return ""
	}
	i := pubLabels.index(t[stop:])
	if i < 0 || !hasDigit(t[stop:stop+i]) {
		return ""
	}
	return t[wordStart(t, stop+i):]
}

// labelAt returns where a publication label's needle starts in t, or -1
// when t opens with no label. A label starts within maxLabelStart bytes:
// only that window is searched.
func labelAt(t string) int {
	win := t[:min(len(t), maxLabelStart+maxNeedle)]
	if !hasLabelAnchor(win) {
		return -1
	}
	at := pubLabels.index(win)
	if at < 0 || at > maxLabelStart || strings.HasPrefix(t[at:], "ublished by") || strings.HasPrefix(t[at:], "ublished in") {
		return -1
	}
	return at
}

// wordStart returns the start of the word that holds byte i of t.
func wordStart(t string, i int) int {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(t[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= size
	}
	return i
}

// hasYearRun reports whether t holds a run of exactly four digits, as every
// date with a year does; it keeps the date patterns off most text nodes.
func hasYearRun(t string) bool {
	run := 0
	for i := 0; i <= len(t); i++ {
		if i < len(t) && t[i] >= '0' && t[i] <= '9' {
			run++
			continue
		}
		if run == 4 {
			return true
		}
		run = 0
	}
	return false
}

// hasLabelAnchor is a one-pass filter before the needle search: every
// needle holds one of the byte pairs of labelAnchors (most text nodes hold
// none within the window).
func hasLabelAnchor(w string) bool {
	return labelAnchors.in(w)
}

// labelAnchors are the byte pairs hasLabelAnchor looks for.
var labelAnchors = newWordSet("bl", "ff", "st", "sc", "li")
