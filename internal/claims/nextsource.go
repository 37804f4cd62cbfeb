package claims

import (
	"strings"

	"github.com/lede-news/lede/internal/model"
)

// nextSentenceSource is rule nextSentenceSource: a sentence with no
// figure that opens by pointing back at the figures before it ("The
// figure was published by the Orrin Insurers' Association on Monday",
// "The data come from Eurostat", "That is according to the Velmar
// ministry") names the source of the sentence before's claims, which
// had none: it fills theirs. A source they have is kept. text[start:end]
// is the sentence; out[prev.first:prev.last] are the claims before.
func nextSentenceSource(out []model.Claim, text string, start, end int, opts Options, prev *prevSentence, scr *scratch) {
	if prev.last <= prev.first || !figuresBack(text[start:end]) {
		return
	}
	scr.toks = tokenizeInto(scr.toks, text[start:end], start)
	toks := scr.toks
	if !refersToFigures(toks) {
		return
	}
	src := ""
	if toks[2].lower == "according" && toks[3].lower == "to" {
		m := 4
		for m < len(toks) && articles[toks[m].lower] {
			m++
		}
		src = nameStartingAt(text, toks, m, opts) // "That is according to the ministry"
	}
	// The figures' own verb, right after them and their auxiliary: "The
	// figures were published by", "The data come from". A name anywhere
	// else in the sentence may be no source of them ("These figures are no
	// surprise, as the Velmar mayor has said", "The figure leaves out
	// rents, according to the Orrin Courier": what it leaves out).
	for k := 2; k+1 < len(toks) && k <= 3 && src == ""; k++ {
		switch w := toks[k].lower; {
		case (publishVerbs[w] || figureMakers[w]) && toks[k+1].lower == "by", (w == "come" || w == "comes" || w == "came") && toks[k+1].lower == "from":
			src = nameStartingAt(text, toks, k+2, opts)
		}
	}
	if src == "" {
		return
	}
	for q := prev.first; q < prev.last && q < len(out); q++ {
		if out[q].Source == "" {
			out[q].Source = src
		}
	}
}

// figuresBack is the cheap test of nextSentenceSource, before the
// sentence is tokenised: it opens with one of figureLeads' words.
func figuresBack(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	return figureLeads[w]
}

// refersToFigures reports whether the sentence's words open with a
// reference to figures ("The figures", "These data", "Its estimate") or
// with "That/This is according to".
func refersToFigures(toks []token) bool {
	if len(toks) < 4 || !figureLeads[toks[0].text] {
		return false
	}
	if figureNouns[toks[1].lower] {
		return true
	}
	return (toks[1].lower == "is" || toks[1].lower == "was") && toks[2].lower == "according"
}

// figureLeads open a sentence that points back at the figures before it
// (rule nextSentenceSource).
var figureLeads = setOf(`The These Those Its Their That This`)

// figureNouns name figures a sentence points back at.
var figureNouns = setOf(`figure figures data numbers estimate estimates statistics forecast forecasts`)

// figureMakers make figures, before the "by" of their maker, as
// publishVerbs publish them ("compiled by the Velmar statistics office").
var figureMakers = setOf(`compiled collected gathered provided`)
