package quotes

import (
	"strings"

	"github.com/lede-news/lede/internal/lexicon"
)

// catenativeSubject is rule catenativeSpeech: a verb of saying after
// "to" and a verb of intent ("Quell hoped to ask", "the inspector wished
// to tell the board") has for speaker the phrase before that verb, when
// the sentence's own subject is not to be had (the sentence opened with
// the quotation: "“Who moved the buoys?” Quell hoped to ask."). Without
// the rule the quotation went without a speaker, or took the source of
// an "according to" after it ("..., according to her notebook"): the
// notebook, not the one who will ask. Only plain verbs of saying count,
// in the bare form the verb rules pass over: "plans to march on the
// hall" is no speech (taken for speech, a verb of protest made a
// quotation of a movement's name in PolNeAR train). With rule
// attributionContent: lede bench quotes and the 2,065 extracted and 966
// quote texts unchanged; in the ten-event, five-outlet story set three
// questions pass from the document listing them to the one who meant to
// ask them, and two reports that were only their attribution go, all
// right (measured by hand at 5c0a04e8 against its parent). v is the
// token read, lo the first token the speaker may hold.
func (x *extractor) catenativeSubject(v, lo int) speakerPhrase {
	if v-2 < lo || !catenativeSpeech[x.lower(v)] || x.lower(v-1) != "to" || !catenativeVerbs[x.lower(v-2)] {
		return speakerPhrase{}
	}
	return x.subjectBefore(v-2, lo)
}

// catenativeSpeech are the bare verbs of saying of rule catenativeSpeech.
var catenativeSpeech = map[string]bool{
	"ask": true, "say": true, "tell": true, "argue": true, "explain": true,
	"announce": true, "declare": true, "insist": true, "warn": true,
}

// catenativeVerbs are the verbs of intent of rule catenativeSpeech (lower
// case as written).
var catenativeVerbs = map[string]bool{
	"planned": true, "plans": true, "plan": true, "wants": true, "wanted": true, "want": true,
	"intends": true, "intended": true, "intend": true, "hopes": true, "hoped": true,
	"expects": true, "expected": true, "tried": true, "tries": true, "sought": true,
	"seeks": true, "needs": true, "needed": true, "wishes": true, "wished": true,
}

// attributionContent is rule attributionContent: the content of a
// report "..., according to X" that is only the attribution of the
// quotation right before it ("“Who moved the buoys?” Quell hoped to
// ask, according to her notebook", "“We hold the pier,” Quell said,
// according to the transcript") reports nothing: its last word is a
// verb of saying and a closing quotation mark stands right before it. The
// quotation keeps its own speaker; X is where the words were found.
// start and end bound the content.
func (x *extractor) attributionContent(start, end int) bool {
	before := strings.TrimRight(x.text[:start], " ")
	if !strings.HasSuffix(before, "”") && !strings.HasSuffix(before, "\"") {
		return false
	}
	words := strings.Fields(x.text[start:end])
	return len(words) > 0 && lexicon.IsSpeechVerb(strings.ToLower(strings.TrimRight(words[len(words)-1], ",")))
}

// catenativeFollows reports, for rule catenativeSpeech, a verb of intent
// lw ending at k and followed by "to" and a bare verb of saying ("“Who
// moved the buoys?” Quell hoped to ask, according to her notebook."):
// the attribution of the quotation before it, which the sentence reader
// keeps with the quotation. Without it the attribution became a sentence
// of its own and the question went to the speaker before, often the one
// asked. lede bench quotes and the 2,065 extracted and 966 quote texts
// unchanged; in the ten-event, five-outlet story set three questions
// pass from the one asked (two) or an earlier source (one) to the one
// who meant to ask them, all right (measured by hand at b1b00f2a against
// its parent).
func catenativeFollows(text string, k int, lw string) bool {
	if !catenativeVerbs[lw] {
		return false
	}
	rest, ok := strings.CutPrefix(text[k:], " to ")
	if !ok {
		return false
	}
	e := letterRunEnd(rest, 0)
	return e > 0 && catenativeSpeech[rest[:e]]
}
