package score

import (
	"fmt"
	"io"
	"maps"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// ExtractCase is one page of a cases file (../shared/bench/extract and
// extract-wcxb format). Gold fields are absent from stripped cases.
type ExtractCase struct {
	ID  string
	Set string
	URL string
	// Page is the path of the gzipped raw HTML, relative to the cases file's folder.
	Page string
	// PageType is the WCXB page kind; "article" when the case does not say.
	PageType string
	// Body is the whole gold text (sets scrapinghub and wcxb); nil when absent or null.
	Body *string
	// With are snippets that must appear, Without boilerplate that must not.
	With, Without []string
	// Meta is the gold metadata (title, author, date, ...), values as decoded from JSON.
	Meta map[string]any
	// HasGold is set when the line carries any gold field.
	HasGold bool
}

// ExtractPred is one prediction line: {"id", "text", "title", "author", "date"}.
// Title, Author and Date hold the JSON values as read (nil when missing or
// null); a runner fills them with strings.
type ExtractPred struct {
	ID     string
	Text   string
	Title  any
	Author any
	Date   any
}

// Figures are one block of precision, recall and F1 over pages.
type Figures struct {
	Pages     int     `json:"pages"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	// Accuracy is set for body (exact token sequence) and snippets.
	Accuracy *float64 `json:"accuracy,omitempty"`
}

// MetaFigure is the share of pages whose gold field the prediction matches.
type MetaFigure struct {
	Field string `json:"field"`
	Pages int    `json:"pages"`
	// Correct is nil when no page has the field in its gold.
	Correct *float64 `json:"correct"`
	// Given counts the pages with the field in their gold whose prediction
	// gives one, right or wrong: Given - Correct*Pages are the wrong ones,
	// which matter where a wrong value is worse than none (the text path's
	// titles). The reference scorer does not print it.
	Given int `json:"given"`
}

// PageRow is one line of the --per-page table: id, kind and two figures
// (body and words: precision and recall; snippets: with found, without found).
type PageRow struct {
	ID   string
	Kind string
	A, B float64
}

// ExtractResult holds score_extract.py's figures; a block is nil when no page
// of its set was scored.
type ExtractResult struct {
	Body         *Figures `json:"body,omitempty"`
	Snippets     *Figures `json:"snippets,omitempty"`
	Words        *Figures `json:"words,omitempty"`
	WordsArticle *Figures `json:"words_article,omitempty"`
	// WordsByType holds the words figures of each page type other than
	// "article" (which WordsArticle holds), sorted by type. The reference
	// scorer does not print them: the overall figure hides the shop,
	// listing and forum pages, so `lede bench extract` prints them apart.
	WordsByType []TypeFigures `json:"-"`
	Meta        []MetaFigure  `json:"meta"`
	Rows        []PageRow     `json:"-"`
}

// MetaFields are the metadata fields scored, in print order.
var MetaFields = []string{"title", "author", "date"}

// ScoreExtract scores predictions against the cases' gold exactly as
// score_extract.py does. A page with no prediction scores as an empty one.
func ScoreExtract(cases []ExtractCase, preds map[string]ExtractPred) ExtractResult {
	var (
		res                      ExtractResult
		bp, br                   []float64
		bacc                     int
		wrows                    []wordsRow
		tp, fp, fn, tn           int
		metaOK, metaN, metaGiven [3]int
		snippetPages             int
	)
	for _, c := range cases {
		o, ok := preds[c.ID]
		if !ok {
			o = ExtractPred{ID: c.ID}
		}
		text := o.Text
		switch c.Set {
		case "scrapinghub":
			p, hasP, r, exact := bodyPage(deref(c.Body), text)
			if hasP {
				bp = append(bp, p)
			} else {
				p = 0
			}
			br = append(br, r)
			if exact {
				bacc++
			}
			res.Rows = append(res.Rows, PageRow{c.ID, "body", p, r})
		case "wcxb":
			P, R, F := wordsPage(deref(c.Body), text)
			wrows = append(wrows, wordsRow{c.PageType, P, R, F})
			res.Rows = append(res.Rows, PageRow{c.ID, "words", P, R})
		default:
			if c.Set == "trafilatura" {
				snippetPages++
			}
			t := foldSpace(text)
			w, wo := 0, 0
			for _, s := range c.With {
				if strings.Contains(t, foldSpace(s)) {
					w++
				}
			}
			for _, s := range c.Without {
				if strings.Contains(t, foldSpace(s)) {
					wo++
				}
			}
			tp += w
			fn += len(c.With) - w
			fp += wo
			tn += len(c.Without) - wo
			res.Rows = append(res.Rows, PageRow{c.ID, "snippets", float64(w), float64(wo)})
		}
		for i, f := range MetaFields {
			gold := c.Meta[f]
			if pyTruthy(gold) {
				metaN[i]++
				if pyTruthy(predField(o, f)) {
					metaGiven[i]++
				}
				if metaKeyOf(f, gold).equal(metaKeyOf(f, predField(o, f))) {
					metaOK[i]++
				}
			}
		}
	}
	if len(br) > 0 {
		P := 0.0
		if len(bp) > 0 {
			P = pySum(bp) / float64(len(bp))
		}
		R := pySum(br) / float64(len(br))
		acc := pyTrueDiv(int64(bacc), int64(len(br)))
		res.Body = &Figures{Pages: len(br), Precision: P, Recall: R, F1: f1(P, R), Accuracy: &acc}
	}
	if tp+fp+fn+tn > 0 {
		P, R, F := 0.0, 0.0, 0.0
		if tp+fp > 0 {
			P = pyTrueDiv(int64(tp), int64(tp+fp))
		}
		if tp+fn > 0 {
			R = pyTrueDiv(int64(tp), int64(tp+fn))
		}
		if tp+fp+fn > 0 {
			F = pyTrueDiv(int64(2*tp), int64(2*tp+fp+fn))
		}
		acc := pyTrueDiv(int64(tp+tn), int64(tp+fp+fn+tn))
		res.Snippets = &Figures{Pages: snippetPages, Precision: P, Recall: R, F1: F, Accuracy: &acc}
	}
	if len(wrows) > 0 {
		res.Words = wordsFigures(wrows)
		var arts []wordsRow
		for _, w := range wrows {
			if w.pageType == "article" {
				arts = append(arts, w)
			}
		}
		if len(arts) > 0 {
			res.WordsArticle = wordsFigures(arts)
		}
		res.WordsByType = wordsByType(wrows)
	}
	for i, f := range MetaFields {
		m := MetaFigure{Field: f, Pages: metaN[i], Given: metaGiven[i]}
		if metaN[i] > 0 {
			v := pyTrueDiv(int64(metaOK[i]), int64(metaN[i]))
			m.Correct = &v
		}
		res.Meta = append(res.Meta, m)
	}
	return res
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func predField(o ExtractPred, f string) any {
	switch f {
	case "title":
		return o.Title
	case "author":
		return o.Author
	case "date":
		return o.Date
	}
	return nil
}

// f1 is the harmonic mean, 0 when both are 0.
func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

type wordsRow struct {
	pageType string
	p, r, f  float64
}

// TypeFigures are the words figures of the pages of one page type.
type TypeFigures struct {
	Type string
	*Figures
}

// wordsByType groups the rows by page type, "article" and untyped pages
// left out, in the order of the type names.
func wordsByType(rows []wordsRow) []TypeFigures {
	by := map[string][]wordsRow{}
	for _, w := range rows {
		if w.pageType != "article" && w.pageType != "" {
			by[w.pageType] = append(by[w.pageType], w)
		}
	}
	out := make([]TypeFigures, 0, len(by))
	for _, t := range slices.Sorted(maps.Keys(by)) {
		out = append(out, TypeFigures{t, wordsFigures(by[t])})
	}
	return out
}

func wordsFigures(rows []wordsRow) *Figures {
	ps, rs, fs := make([]float64, len(rows)), make([]float64, len(rows)), make([]float64, len(rows))
	for i, w := range rows {
		ps[i], rs[i], fs[i] = w.p, w.r, w.f
	}
	n := float64(len(rows))
	return &Figures{Pages: len(rows), Precision: pySum(ps) / n, Recall: pySum(rs) / n, F1: pySum(fs) / n}
}

// grams is the multiset of token 4-grams (a text of 1-3 tokens is one short gram).
func grams(toks []string) map[string]int {
	const n = 4
	g := make(map[string]int)
	if len(toks) == 0 {
		return g
	}
	if len(toks) < n {
		g[strings.Join(toks, "\x00")]++
		return g
	}
	for i := 0; i+n <= len(toks); i++ {
		g[strings.Join(toks[i:i+n], "\x00")]++
	}
	return g
}

// bagOverlap returns the sizes of g∩p, p−g and g−p of two multisets.
func bagOverlap(g, p map[string]int) (both, onlyP, onlyG int) {
	for k, gc := range g {
		pc := p[k]
		both += min(gc, pc)
		if gc > pc {
			onlyG += gc - pc
		}
	}
	for k, pc := range p {
		if gc := g[k]; pc > gc {
			onlyP += pc - gc
		}
	}
	return
}

// bodyPage is body_page: precision (hasP false for an empty prediction),
// recall, and whether the token sequences are equal.
func bodyPage(gold, pred string) (p float64, hasP bool, r float64, exact bool) {
	gt, pt := words(gold), words(pred)
	tp, fp, fn := bagOverlap(grams(gt), grams(pt))
	if tp+fp+fn == 0 {
		return 1, true, 1, true
	}
	if tp+fp > 0 {
		p, hasP = pyTrueDiv(int64(tp), int64(tp+fp)), true
	}
	r = 1
	if tp+fn > 0 {
		r = pyTrueDiv(int64(tp), int64(tp+fn))
	}
	exact = len(gt) == len(pt)
	for i := 0; exact && i < len(gt); i++ {
		exact = gt[i] == pt[i]
	}
	return
}

// wordsPage is words_page: lower-cased word bags, per-page P, R, F1.
func wordsPage(gold, pred string) (P, R, F float64) {
	g, p := bag(words(pyLowerString(gold))), bag(words(pyLowerString(pred)))
	if len(g) == 0 {
		if len(p) == 0 {
			return 1, 1, 1
		}
		return 0, 0, 0
	}
	if len(p) == 0 {
		return 0, 0, 0
	}
	ov, _, _ := bagOverlap(g, p)
	P, R = pyTrueDiv(int64(ov), int64(total(p))), pyTrueDiv(int64(ov), int64(total(g)))
	return P, R, f1(P, R)
}

func bag(toks []string) map[string]int {
	m := make(map[string]int, len(toks))
	for _, t := range toks {
		m[t]++
	}
	return m
}

func total(m map[string]int) int {
	n := 0
	for _, c := range m {
		n += c
	}
	return n
}

// metaKey is meta_key's value: a folded string, or for authors a set of
// folded names (a string and a set never compare equal, as in Python).
type metaKey struct {
	isSet bool
	s     string
	set   map[string]bool
}

func (k metaKey) equal(o metaKey) bool {
	if k.isSet != o.isSet {
		return false
	}
	if !k.isSet {
		return k.s == o.s
	}
	if len(k.set) != len(o.set) {
		return false
	}
	for n := range k.set {
		if !o.set[n] {
			return false
		}
	}
	return true
}

// credential matches what author_set drops: initialisms, PhD, MD, Jr, Sr.
var credential = regexp.MustCompile(`^(?:[A-Z]{2,5}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|[A-Z]\.[A-Z]\.)$`)

func metaKeyOf(field string, v any) metaKey {
	if v == nil {
		return metaKey{}
	}
	if field == "author" {
		return metaKey{isSet: true, set: authorSet(v)}
	}
	var s string
	if l, ok := v.([]any); ok {
		parts := make([]string, len(l))
		for i, e := range l {
			parts[i] = pyStr(e)
		}
		s = strings.Join(parts, "; ")
	} else {
		s = pyStr(v)
	}
	s = pyCasefold(foldSpace(s))
	if field == "date" {
		if m := findISODate(s); m != "" {
			return metaKey{s: m}
		}
	}
	return metaKey{s: s}
}

func authorSet(v any) map[string]bool {
	var parts []string
	if l, ok := v.([]any); ok {
		for _, e := range l {
			if e == nil {
				parts = append(parts, "")
			} else {
				parts = append(parts, pyStr(e))
			}
		}
	} else {
		parts = splitAuthors(pyStr(v))
	}
	names := make(map[string]bool)
	for _, p := range parts {
		p = foldSpace(p)
		if p != "" && !credential.MatchString(p) {
			names[pyCasefold(p)] = true
		}
	}
	return names
}

// authorJoiners are the words author_set splits on (with \b on both sides).
var authorJoiners = []string{"and", "und", "et", "i", "y"}

// splitAuthors is re.split(r";|,|&|\band\b|\bund\b|\bet\b|\bi\b|\by\b", s)
// with Python's Unicode word boundaries.
func splitAuthors(s string) []string {
	var out []string
	last := 0
	wordBefore := false // is the character before i a \w
	for i := 0; i < len(s); {
		r, size := utf8DecodeRune(s[i:])
		n := 0
		switch s[i] {
		case ';', ',', '&':
			n = 1
		default:
			if !wordBefore {
				for _, w := range authorJoiners {
					if strings.HasPrefix(s[i:], w) && !wordAt(s, i+len(w)) {
						n = len(w)
						break
					}
				}
			}
		}
		if n > 0 {
			out = append(out, s[last:i])
			last = i + n
			wordBefore = isWordBefore(s, last)
			i = last
			continue
		}
		wordBefore = isWord(r)
		i += size
	}
	return append(out, s[last:])
}

// wordAt reports whether the character starting at byte i is \w.
func wordAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8DecodeRune(s[i:])
	return isWord(r)
}

func isWordBefore(s string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8DecodeLastRune(s[:i])
	return isWord(r)
}

// findISODate is re.search(r"\d{4}-\d{2}-\d{2}", s) with Unicode digits.
func findISODate(s string) string {
	for i := range s {
		if end := matchDigitsPattern(s, i); end > 0 {
			return s[i:end]
		}
	}
	return ""
}

func matchDigitsPattern(s string, i int) int {
	for k, n := range []int{4, 2, 2} {
		if k > 0 {
			if i >= len(s) || s[i] != '-' {
				return -1
			}
			i++
		}
		for j := 0; j < n; j++ {
			if i >= len(s) {
				return -1
			}
			r, size := utf8DecodeRune(s[i:])
			if !isDigit(r) {
				return -1
			}
			i += size
		}
	}
	return i
}

func isDigit(r rune) bool {
	if r < 128 {
		return '0' <= r && r <= '9'
	}
	return pyDigit.has(r)
}

// Format prints the figures as score_extract.py prints them.
func (r ExtractResult) Format(w io.Writer) {
	for _, b := range []struct {
		name string
		f    *Figures
	}{{"body", r.Body}, {"snippets", r.Snippets}, {"words", r.Words}, {"words_article", r.WordsArticle}} {
		if b.f != nil {
			b.f.format(w, b.name)
		}
	}
	var parts []string
	for _, m := range r.Meta {
		if m.Pages > 0 {
			parts = append(parts, fmt.Sprintf("%s=%.3f/%d", m.Field, *m.Correct, m.Pages))
		}
	}
	fmt.Fprintln(w, "meta          "+strings.Join(parts, "  "))
}

// FormatTypes prints one line per page type of WordsByType, shaped as
// Format's words lines ("words_product pages= ...").
func (r ExtractResult) FormatTypes(w io.Writer) {
	for _, t := range r.WordsByType {
		t.format(w, "words_"+t.Type)
	}
}

// format prints f as one line of Format, named name.
func (f *Figures) format(w io.Writer, name string) {
	acc := ""
	if f.Accuracy != nil {
		acc = fmt.Sprintf("  acc=%.3f", *f.Accuracy)
	}
	fmt.Fprintf(w, "%-13s pages=%4d  P=%.3f  R=%.3f  F1=%.3f%s\n", name, f.Pages, f.Precision, f.Recall, f.F1, acc)
}

// Figures returns the row's two figures as Python's str() prints them
// (counts for snippets, floats otherwise).
func (row PageRow) Figures() (a, b string) {
	if row.Kind == "snippets" {
		return strconv.Itoa(int(row.A)), strconv.Itoa(int(row.B))
	}
	return pyFloatRepr(row.A), pyFloatRepr(row.B)
}

// WritePerPage writes the --per-page table: id, kind and the two figures,
// tab-separated, numbers printed as Python's str() prints them.
func (r ExtractResult) WritePerPage(w io.Writer) error {
	for _, row := range r.Rows {
		a, b := row.Figures()
		if _, err := fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", row.ID, row.Kind, a, b); err != nil {
			return err
		}
	}
	return nil
}

// LoadExtractCases reads a cases file; blank lines are skipped.
func LoadExtractCases(path string) ([]ExtractCase, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseExtractCases(data)
}

// ParseExtractCases parses the lines of a cases file.
func ParseExtractCases(data []byte) ([]ExtractCase, error) {
	var cases []ExtractCase
	for n, line := range pyLines(data) {
		if pyStrip(line) == "" {
			continue
		}
		var m map[string]any
		if err := decodeJSON([]byte(line), &m); err != nil {
			return nil, fmt.Errorf("cases line %d: %w", n+1, err)
		}
		if m == nil {
			return nil, fmt.Errorf("cases line %d: not an object", n+1)
		}
		c := ExtractCase{PageType: "article"}
		id, ok := m["id"]
		if !ok {
			return nil, fmt.Errorf("cases line %d: no id", n+1)
		}
		c.ID = pyStr(id)
		c.Set = strField(m, "set")
		c.URL = strField(m, "url")
		c.Page = strField(m, "page")
		if pt, ok := m["page_type"]; ok {
			c.PageType, _ = pt.(string)
		}
		if b, ok := m["body"]; ok {
			c.HasGold = true
			if s, ok := b.(string); ok {
				c.Body = &s
			}
		}
		for _, k := range []string{"with", "without"} {
			v, ok := m[k]
			if !ok {
				continue
			}
			c.HasGold = true
			l, _ := v.([]any)
			ss := make([]string, 0, len(l))
			for _, e := range l {
				ss = append(ss, pyStr(e))
			}
			if k == "with" {
				c.With = ss
			} else {
				c.Without = ss
			}
		}
		if v, ok := m["meta"]; ok {
			c.HasGold = true
			c.Meta, _ = v.(map[string]any)
		}
		cases = append(cases, c)
	}
	return cases, nil
}

func strField(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

// LoadExtractPreds reads a predictions file (one {"id", "text", ...} per line).
func LoadExtractPreds(path string) (map[string]ExtractPred, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseExtractPreds(data)
}

// ParseExtractPreds parses prediction lines; a later line for the same id wins.
func ParseExtractPreds(data []byte) (map[string]ExtractPred, error) {
	preds := make(map[string]ExtractPred)
	for n, line := range pyLines(data) {
		if pyStrip(line) == "" {
			continue
		}
		var m map[string]any
		if err := decodeJSON([]byte(line), &m); err != nil {
			return nil, fmt.Errorf("prediction line %d: %w", n+1, err)
		}
		id, ok := m["id"]
		if !ok {
			return nil, fmt.Errorf("a prediction line has no id: %.80q", line)
		}
		p := ExtractPred{ID: pyStr(id), Title: m["title"], Author: m["author"], Date: m["date"]}
		p.Text, _ = m["text"].(string)
		preds[p.ID] = p
	}
	return preds, nil
}
