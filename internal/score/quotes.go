package score

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Span is a [start, end) range of UTF-8 byte offsets.
type Span [2]int

// GoldQuote is one gold quotation of a quotes file.
type GoldQuote struct {
	// Content and Speaker are lists of [start, end) byte ranges into the text.
	Content []Span `json:"content"`
	Speaker []Span `json:"speaker"`
	// Name is the resolved speaker, "" when the corpus has none.
	Name string `json:"name"`
	// Direct is set when the content holds a quotation mark.
	Direct bool `json:"direct"`
}

// QuoteDoc is one gold document: its text and quotes.
type QuoteDoc struct {
	ID     string      `json:"id"`
	Text   string      `json:"text"`
	Quotes []GoldQuote `json:"quotes"`
}

// PredQuote is one predicted quote; the speaker fields are optional.
type PredQuote struct {
	Start        int    `json:"start"`
	End          int    `json:"end"`
	SpeakerStart *int   `json:"speaker_start,omitempty"`
	SpeakerEnd   *int   `json:"speaker_end,omitempty"`
	Speaker      string `json:"speaker,omitempty"`
}

// PRF is precision, recall and F1.
type PRF struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// QuoteResult holds score_quotes.py's figures.
type QuoteResult struct {
	Gold   int `json:"gold"`
	Pred   int `json:"pred"`
	Quotes PRF `json:"quotes"`
	// GGT is the Gender Gap Tracker's 30%-coverage rule ("ggt@0.3").
	GGT PRF `json:"ggt@0.3"`
	// MentionPairs matched pairs have a gold speaker mention; MentionAccuracy
	// is the share right (nil when none).
	MentionPairs    int      `json:"mention_pairs"`
	MentionAccuracy *float64 `json:"mention_accuracy"`
	// NamePairs matched pairs have a gold resolved name.
	NamePairs   int      `json:"name_pairs"`
	NameStrict  *float64 `json:"name_strict"`
	NameLenient *float64 `json:"name_lenient"`
	// End2End needs the quote match and the strictly right name; nil when
	// no matched pair has a gold name.
	End2End *PRF `json:"end2end,omitempty"`
}

// cover is a set of byte offsets kept as sorted, disjoint [a, b) intervals.
type cover []Span

func coverOf(segs []Span) cover {
	var c cover
	for _, s := range segs {
		if s[1] > s[0] {
			c = append(c, s)
		}
	}
	sort.Slice(c, func(i, j int) bool { return c[i][0] < c[j][0] })
	out := c[:0]
	for _, s := range c {
		if n := len(out); n > 0 && s[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], s[1])
			continue
		}
		out = append(out, s)
	}
	return out
}

func (c cover) size() int {
	n := 0
	for _, s := range c {
		n += s[1] - s[0]
	}
	return n
}

// inter is the size of the intersection of two covers.
func (c cover) inter(d cover) int {
	n, i, j := 0, 0, 0
	for i < len(c) && j < len(d) {
		lo, hi := max(c[i][0], d[j][0]), min(c[i][1], d[j][1])
		if hi > lo {
			n += hi - lo
		}
		if c[i][1] < d[j][1] {
			i++
		} else {
			j++
		}
	}
	return n
}

// nameTitles are the honorifics norm_name drops.
var nameTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sir": true,
	"dame": true, "lord": true, "lady": true, "rev": true, "hon": true}

// normName is norm_name: NFKD without combining marks, case-folded, \w+
// tokens without titles.
func normName(name string) []string {
	if name == "" {
		return nil
	}
	var out []string
	for _, t := range words(pyCasefold(dropCombining(name))) {
		if !nameTitles[t] {
			out = append(out, t)
		}
	}
	return out
}

type quotePair struct{ ov, gi, pi int }

// halfBoth is the scorer's match: the overlap covers half of each.
func halfBoth(ov int, g, p cover) bool { return ov*2 >= g.size() && ov*2 >= p.size() }

// ggtCovered is the Gender Gap Tracker's: 30% of the gold quote covered.
func ggtCovered(ov int, g, _ cover) bool { return float64(ov) >= 0.3*float64(g.size()) }

// matchOneToOne pairs gold and predicted covers whose overlap accept
// takes, one-to-one, largest overlaps first (ties as score_quotes.py
// breaks them), and returns the pairs kept.
func matchOneToOne(gcov, pcov []cover, accept func(ov int, g, p cover) bool) []quotePair {
	var pairs []quotePair
	for gi, g := range gcov {
		for pi, p := range pcov {
			if ov := g.inter(p); ov > 0 && accept(ov, g, p) {
				pairs = append(pairs, quotePair{ov, gi, pi})
			}
		}
	}
	sortPairs(pairs)
	usedG, usedP := map[int]bool{}, map[int]bool{}
	kept := pairs[:0]
	for _, pr := range pairs {
		if usedG[pr.gi] || usedP[pr.pi] {
			continue
		}
		usedG[pr.gi], usedP[pr.pi] = true, true
		kept = append(kept, pr)
	}
	return kept
}

// MatchedPredictions reports, for each prediction of doc, whether the
// scorer pairs it with one of doc's gold quotes (all of them, direct or
// not): under the Gender Gap Tracker's 30% rule when ggt is set, else
// under the half-of-both rule. Development aids use it to see which
// predictions a change gains or loses.
func MatchedPredictions(doc QuoteDoc, preds []PredQuote, ggt bool) []bool {
	gcov := make([]cover, len(doc.Quotes))
	for i, q := range doc.Quotes {
		gcov[i] = coverOf(q.Content)
	}
	pcov := make([]cover, len(preds))
	for i, p := range preds {
		pcov[i] = coverOf([]Span{{p.Start, p.End}})
	}
	accept := halfBoth
	if ggt {
		accept = ggtCovered
	}
	out := make([]bool, len(preds))
	for _, pr := range matchOneToOne(gcov, pcov, accept) {
		out[pr.pi] = true
	}
	return out
}

// sortPairs orders pairs as Python's sort(reverse=True) on (ov, gi, pi) tuples.
func sortPairs(ps []quotePair) {
	sort.Slice(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.ov != b.ov {
			return a.ov > b.ov
		}
		if a.gi != b.gi {
			return a.gi > b.gi
		}
		return a.pi > b.pi
	})
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return pyTrueDiv(int64(a), int64(b))
}

func optRatio(a, b int) *float64 {
	if b == 0 {
		return nil
	}
	v := pyTrueDiv(int64(a), int64(b))
	return &v
}

// ScoreQuotes scores predictions against gold documents exactly as
// score_quotes.py does. With directOnly, gold quotes without a quotation
// mark are left out, and so are predictions that match only such a quote.
func ScoreQuotes(gold []QuoteDoc, preds map[string][]PredQuote, directOnly bool) QuoteResult {
	var nGold, nPred, tp, looseFound, loosePred, menOK, menN, nameStrict, nameLenient, nameN, e2e int
	for _, d := range gold {
		var golds []GoldQuote
		for _, q := range d.Quotes {
			if q.Direct || !directOnly {
				golds = append(golds, q)
			}
		}
		allGold := make([]cover, len(d.Quotes))
		for i, q := range d.Quotes {
			allGold[i] = coverOf(q.Content)
		}
		gcov := make([]cover, len(golds))
		for i, q := range golds {
			gcov[i] = coverOf(q.Content)
		}
		ps := preds[d.ID]
		pcov := make([]cover, len(ps))
		for i, p := range ps {
			pcov[i] = coverOf([]Span{{p.Start, p.End}})
		}
		if directOnly {
			hits := func(pc cover, gs []cover) bool {
				for _, g := range gs {
					ov := pc.inter(g)
					if ov*2 >= g.size() && ov*2 >= pc.size() {
						return true
					}
				}
				return false
			}
			var kp []PredQuote
			var kc []cover
			for i, pc := range pcov {
				if hits(pc, gcov) || !hits(pc, allGold) {
					kp = append(kp, ps[i])
					kc = append(kc, pc)
				}
			}
			ps, pcov = kp, kc
		}
		nGold += len(golds)
		nPred += len(ps)

		for _, pr := range matchOneToOne(gcov, pcov, halfBoth) {
			tp++
			gq, pq := golds[pr.gi], ps[pr.pi]
			if len(gq.Speaker) > 0 {
				menN++
				if pq.SpeakerStart != nil && pq.SpeakerEnd != nil {
					gm := coverOf(gq.Speaker)
					pm := coverOf([]Span{{*pq.SpeakerStart, *pq.SpeakerEnd}})
					if gm.inter(pm)*2 >= gm.size() && pm.size() <= 2*gm.size() {
						menOK++
					}
				}
			}
			if gq.Name != "" {
				nameN++
				g, p := normName(gq.Name), normName(pq.Speaker)
				strict := len(p) > 0 && equalStrings(g, p)
				if strict {
					nameStrict++
					e2e++
				}
				if len(p) > 0 && equalStrings(last(g), last(p)) {
					nameLenient++
				}
			}
		}

		// The Gender Gap Tracker's rule: one-to-one too, so a prediction
		// finds a gold quote at most and a gold quote counts once.
		n := len(matchOneToOne(gcov, pcov, ggtCovered))
		looseFound += n
		loosePred += n
	}
	res := QuoteResult{Gold: nGold, Pred: nPred}
	P, R := ratio(tp, nPred), ratio(tp, nGold)
	res.Quotes = PRF{P, R, f1(P, R)}
	lP, lR := ratio(loosePred, nPred), ratio(looseFound, nGold)
	res.GGT = PRF{lP, lR, f1(lP, lR)}
	res.MentionPairs, res.MentionAccuracy = menN, optRatio(menOK, menN)
	res.NamePairs, res.NameStrict, res.NameLenient = nameN, optRatio(nameStrict, nameN), optRatio(nameLenient, nameN)
	if nameN > 0 {
		eP, eR := ratio(e2e, nPred), ratio(e2e, nGold)
		res.End2End = &PRF{eP, eR, f1(eP, eR)}
	}
	return res
}

func last(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s[len(s)-1:]
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Format prints the figures as score_quotes.py prints them.
func (r QuoteResult) Format(w io.Writer) {
	fmt.Fprintf(w, "gold=%d pred=%d\n", r.Gold, r.Pred)
	line := func(k string, p PRF) {
		fmt.Fprintf(w, "%-8s P=%.3f R=%.3f F1=%.3f\n", k, p.Precision, p.Recall, p.F1)
	}
	line("quotes", r.Quotes)
	line("ggt@0.3", r.GGT)
	if r.End2End != nil {
		line("end2end", *r.End2End)
	}
	if r.MentionPairs > 0 {
		fmt.Fprintf(w, "mention  accuracy=%.3f on %d matched pairs\n", *r.MentionAccuracy, r.MentionPairs)
	}
	if r.NamePairs > 0 {
		fmt.Fprintf(w, "name     strict=%.3f lenient=%.3f on %d matched pairs\n", *r.NameStrict, *r.NameLenient, r.NamePairs)
	}
}

// LoadQuoteDocs reads a gold quotes file (one document per line). Documents
// stripped of their quotes load with none.
func LoadQuoteDocs(path string) ([]QuoteDoc, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseQuoteDocs(data)
}

// ParseQuoteDocs parses the lines of a gold quotes file; blank lines are skipped.
func ParseQuoteDocs(data []byte) ([]QuoteDoc, error) {
	var docs []QuoteDoc
	for n, line := range pyLines(data) {
		if pyStrip(line) == "" {
			continue
		}
		var raw struct {
			ID     any    `json:"id"`
			Text   string `json:"text"`
			Quotes []struct {
				Content []Span  `json:"content"`
				Speaker []Span  `json:"speaker"`
				Name    *string `json:"name"`
				Direct  bool    `json:"direct"`
			} `json:"quotes"`
		}
		if err := json.Unmarshal([]byte(line), &raw); err != nil {
			return nil, fmt.Errorf("gold line %d: %w", n+1, err)
		}
		d := QuoteDoc{ID: pyStr(raw.ID), Text: raw.Text}
		for _, q := range raw.Quotes {
			g := GoldQuote{Content: q.Content, Speaker: q.Speaker, Direct: q.Direct}
			if q.Name != nil {
				g.Name = *q.Name
			}
			d.Quotes = append(d.Quotes, g)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// LoadQuotePreds reads a predictions file: one {"id", "quotes": [...]} per line.
func LoadQuotePreds(path string) (map[string][]PredQuote, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseQuotePreds(data)
}

// ParseQuotePreds parses prediction lines; a later line for the same id wins.
func ParseQuotePreds(data []byte) (map[string][]PredQuote, error) {
	preds := make(map[string][]PredQuote)
	for n, line := range pyLines(data) {
		if pyStrip(line) == "" {
			continue
		}
		var raw struct {
			ID     any         `json:"id"`
			Quotes []PredQuote `json:"quotes"`
		}
		if err := json.Unmarshal([]byte(line), &raw); err != nil {
			return nil, fmt.Errorf("prediction line %d: %w", n+1, err)
		}
		if raw.ID == nil && !strings.Contains(line, `"id"`) {
			return nil, fmt.Errorf("a prediction line has no id: %.80q", line)
		}
		preds[pyStr(raw.ID)] = raw.Quotes
	}
	return preds, nil
}
