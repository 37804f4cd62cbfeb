package benchrun

import (
	"hash/fnv"

	"github.com/lede-news/lede/internal/score"
)

// TextPages builds the pages of a text-path run (`lede bench extract
// --text-from`): each case's Data is the text another extractor gave for it
// in preds, not its HTML page. A case preds lacks gets an empty Data (it is
// scored as an empty extraction, as the scorer scores a missing line); the
// number of such cases is returned.
func TextPages(cases []score.ExtractCase, preds map[string]score.ExtractPred) (pages []Page, missing int) {
	pages = make([]Page, len(cases))
	for i, c := range cases {
		pages[i].Case = c
		p, ok := preds[c.ID]
		if !ok {
			missing++
			continue
		}
		pages[i].Data = []byte(p.Text)
	}
	return pages, missing
}

// InputRun is the run of an extractor known only by its predictions file:
// preds in the order of cases (an empty line for a case it lacks), no timing.
// Scoring it gives the input's own figures, to print beside Lede's.
func InputRun(name string, cases []score.ExtractCase, preds map[string]score.ExtractPred) ExtractRun {
	r := ExtractRun{Timing: Timing{Name: name}, Preds: make([]PredLine, len(cases))}
	for i, c := range cases {
		p := preds[c.ID]
		r.Preds[i] = PredLine{ID: c.ID, Text: p.Text, Title: metaString(p.Title), Author: metaString(p.Author), Date: metaString(p.Date)}
	}
	return r
}

// metaString keeps a metadata value that is a string; the scorer reads any
// other JSON value (null, a list of authors) as no answer or joins it, and
// the predictions written by Lede and bench/peers hold strings.
func metaString(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case []any:
		s := ""
		for _, x := range v {
			if t, ok := x.(string); ok {
				if s != "" {
					s += "; "
				}
				s += t
			}
		}
		return s
	}
	return ""
}

// Half is the half (0 or 1) a case id falls in: the low bit of its FNV-1a
// hash. A change to a heuristic is kept only when it gains on both halves
// of a set, so that a gain is not the luck of a few pages; the split is by
// id, stable across runs and machines, and blind to the pages' content.
func Half(id string) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() & 1)
}

// SplitHalves splits cases by Half, keeping their order.
func SplitHalves(cases []score.ExtractCase) [2][]score.ExtractCase {
	var out [2][]score.ExtractCase
	for _, c := range cases {
		h := Half(c.ID)
		out[h] = append(out[h], c)
	}
	return out
}
