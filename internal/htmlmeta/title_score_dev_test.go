package htmlmeta

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"
)

// TestDumpTitleCandidates writes, for every benchmark page with a gold
// title, every title candidate the page offers (the cleaned <title> and its
// segments, the metadata titles raw and with the site cut, each <h1>, each
// title-classed heading, the first <h2>s, and the cascade's own pick) with
// general features of each, one JSON line per page, to LEDE_TITLE_CANDS; a
// development aid for fitting a candidate scorer offline (TestFitTitleScorer).
// Features never key on a page's URL, id or text.
//
// Round 4 of the title work (November 2026) tried such a scorer in place
// of the rule cascade of func title and kept the cascade: on every held
// part the scorer lost, chosen outright or only overriding the cascade
// when it was surer by a margin. Pages right (cascade, scorer, and the
// best override margin of 0-4 picked on the held part itself, which
// flatters the scorer), fitted on the first part, tested on the second:
//
//	extract/ -> WCXB          1205  1115  1182 of 1497
//	WCXB odd -> WCXB even      608   589   606 of  749
//	WCXB odd -> extract/       370   350   369 of  416
//	WCXB even -> WCXB odd      597   574   597 of  748
//	WCXB even -> extract/      370   349   370 of  416
//
// Heavier penalties, no page products, or the cascade's rule as a feature
// did no better, nor did boosted trees (60 rounds of depth-3 trees on the
// same table, fitted offline) with the cascade's pick as a feature: 1194,
// 609, 367, 593 and 368 pages on the five lines. On its training part the
// scorer beats the cascade by 15-35 pages: what it learns there is noise
// the held part does not share (the <title> vs <h1> vs og:title choice
// stays near 50/50). The gold is among the candidates on 95% of the pages
// of both sets.
func TestDumpTitleCandidates(t *testing.T) {
	out := os.Getenv("LEDE_TITLE_CANDS")
	if out == "" {
		t.Skip("set LEDE_TITLE_CANDS=FILE")
	}
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	enc := json.NewEncoder(w)
	eachDevPage(t, func(c devCase) bool { return c.Meta.Title != "" }, func(set string, c devCase, doc *html.Node) {
		m := Extract(doc, c.URL, time.Now())
		col := collect(doc, c.URL)
		outlet := col.outlet()
		_, rule := col.titleRule(outlet)
		cands := col.titleCandidates(outlet, m.Title)
		enc.Encode(map[string]any{
			"set": set, "id": c.ID, "type": c.PageType, "gold": c.Meta.Title,
			"pred": m.Title, "rule": rule, "cands": cands,
		})
	})
}

// titleCand is one distinct title text of a page with its features.
type titleCand struct {
	Text string             `json:"text"`
	F    map[string]float64 `json:"f"`
}

// titleCandidates lists the page's title candidates with their features
// (dev aid for TestDumpTitleCandidates).
func (c *collector) titleCandidates(outlet, pick string) []titleCand {
	in := c.titleInputs(outlet)
	var cands []titleCand
	idx := map[string]int{}
	add := func(text, src string, f map[string]float64) {
		text = dropInvisible(clean(text))
		if text == "" {
			return
		}
		k := scoreFold(text)
		i, ok := idx[k]
		if !ok {
			i = len(cands)
			idx[k] = i
			cands = append(cands, titleCand{Text: text, F: map[string]float64{}})
		}
		cands[i].F["src_"+src] = 1
		for n, v := range f {
			if v > cands[i].F[n] {
				cands[i].F[n] = v
			}
		}
	}
	add(pick, "pick", nil)
	doc := unescapeTwice(c.docTitle)
	add(doc, "doc", nil)
	add(stripSite(doc, in.stripSites), "docStripped", nil)
	add(stripSiteTail(doc, in.stripSites), "docTail", nil)
	parts := splitTitle(doc)
	for i, p := range parts {
		f := map[string]float64{"seg_first": b2f(i == 0), "seg_last": b2f(i == len(parts)-1 && i > 0), "seg_mid": b2f(i > 0 && i < len(parts)-1)}
		add(p, "docSeg", f)
	}
	metas := []struct{ src, v string }{
		{"og", c.meta1("og:title")}, {"tw", c.meta1("twitter:title")}, {"ld", c.ld.headline()}, {"md", c.headline},
		{"ometa", c.meta1("dc.title", "parsely-title", "sailthru.title", "title", "headline")},
	}
	for _, m := range metas {
		if m.v == "" {
			continue
		}
		v := unescapeTwice(m.v)
		add(v, m.src, nil)
		add(stripSite(v, in.stripSites), m.src+"Stripped", nil)
	}
	if s := c.metaTitle(in.refs, in.sites, in.stripSites); s != "" {
		add(s, "metaRule", nil)
	}
	nh1 := len(c.h1s)
	heading := func(kind string, hs []h1Cand) {
		for i, h := range hs {
			f := map[string]float64{
				kind + "_first":    b2f(i == 0),
				kind + "_article":  b2f(h.inArticle),
				kind + "_chrome":   b2f(h.inChrome),
				kind + "_titleCls": b2f(h.titleClass),
				kind + "_siteLike": b2f(c.siteLike(h.text, in.sites)),
			}
			add(h.text, kind, f)
			if s := stripSite(h.text, in.stripSites); s != h.text {
				add(s, kind+"Stripped", nil)
			}
		}
	}
	heading("h1", c.h1s)
	heading("head", c.heads)
	heading("h2", c.h2s)

	// Page-level and agreement features.
	var refKeys []string
	for _, r := range in.refs {
		if r != "" {
			refKeys = append(refKeys, normTitle(r), normTitle(stripSite(r, in.stripSites)))
		}
	}
	mainH1 := mainH1Count(c.h1s)
	for i := range cands {
		f := cands[i].F
		t := cands[i].Text
		nt := normTitle(t)
		words := len(strings.Fields(t))
		f["words"] = float64(words)
		f["words_le2"] = b2f(words <= 2)
		f["words_ge12"] = b2f(words >= 12)
		f["has_sep"] = b2f(splitTitle(t) != nil)
		f["site_seg"] = b2f(isSiteSegment(t, in.sites))
		f["is_site"] = b2f(isSite(t, in.sites))
		f["contains_site"] = b2f(containsSite(t, in.sites))
		f["home_label"] = b2f(homeLabels[nt])
		f["all_caps"] = b2f(isAllCaps(t))
		f["ends_q"] = b2f(strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!"))
		f["curly"] = b2f(strings.ContainsAny(t, "‘’“”"))
		eq, agree := 0, 0
		for _, r := range refKeys {
			if r == nt {
				eq++
			} else if agreesNorm(nt, r) {
				agree++
			}
		}
		f["n_eq"] = float64(eq)
		f["n_agree"] = float64(agree)
		f["related"] = b2f(c.related(t, in.refs, in.stripSites))
		// Page features, repeated on each candidate so that a linear
		// scorer can weigh them through products with the source flags.
		f["p_nh1"] = float64(nh1)
		f["p_mainh1"] = float64(mainH1)
		f["p_article"] = b2f(c.articleLike())
		f["p_website"] = b2f(c.declaredWebsite())
		f["p_home"] = b2f(c.homePage())
		f["p_ldrank"] = float64(c.ld.mainRank)
		f["p_nsegs"] = float64(len(parts))
		f["p_nmeta"] = float64(len(in.metaTitles))
	}
	return cands
}

// scoreFold folds a title as the benchmark's scorer compares them: NFC,
// white space collapsed, case folded.
func scoreFold(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(norm.NFC.String(s)), " "))
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// containsSite reports whether t carries one of the site names as a part
// of its folded letters (long names only).
func containsSite(t string, sites []string) bool {
	k := foldKey(t)
	for _, s := range sites {
		if len(s) >= minSiteKey && strings.Contains(k, s) {
			return true
		}
	}
	return false
}

// isAllCaps reports whether t has letters and none lower-case.
func isAllCaps(t string) bool {
	letters := 0
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3 && utf8.RuneCountInString(t) > 0
}

// TestFitTitleScorer fits a candidate scorer on the table that
// TestDumpTitleCandidates wrote (LEDE_TITLE_FIT=FILE) and prints, for each
// honest split (fit on extract/, test on WCXB; fit on WCXB's odd pages,
// test on its even ones and on extract/; the reverse), how many pages the
// scorer gets right against the cascade: choosing the top candidate
// outright, and overriding the cascade only when the top candidate
// outscores its pick by more than a margin. The scorer is a conditional
// logit (softmax over a page's candidates) on the candidate features and
// their products with page features, fitted by AdaGrad with an L2 penalty;
// a development aid, nothing in the package uses it.
func TestFitTitleScorer(t *testing.T) {
	in := os.Getenv("LEDE_TITLE_FIT")
	if in == "" {
		t.Skip("set LEDE_TITLE_FIT=FILE (written by TestDumpTitleCandidates)")
	}
	raw, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	type page struct {
		Set, Gold, Pred string
		Cands           []titleCand
	}
	var ex, wodd, weven []fitPage
	nw := 0
	for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		var p page
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			t.Fatal(err)
		}
		fp := fitPage{pick: -1, casc: scoreFold(p.Pred) == scoreFold(p.Gold)}
		g := scoreFold(p.Gold)
		for i, c := range p.Cands {
			fp.x = append(fp.x, scorerFeatures(c.F))
			fp.y = append(fp.y, scoreFold(c.Text) == g)
			if c.F["src_pick"] == 1 {
				fp.pick = i
			}
		}
		switch {
		case p.Set == "extract":
			ex = append(ex, fp)
		case nw%2 == 1:
			wodd = append(wodd, fp)
			nw++
		default:
			weven = append(weven, fp)
			nw++
		}
	}
	wall := append(append([]fitPage{}, wodd...), weven...)
	l2 := 1.0
	if v := os.Getenv("LEDE_TITLE_FIT_L2"); v != "" {
		json.Unmarshal([]byte(v), &l2)
	}
	for _, s := range []struct {
		name  string
		train []fitPage
		tests map[string][]fitPage
	}{
		{"extract/", ex, map[string][]fitPage{"WCXB": wall}},
		{"WCXB odd", wodd, map[string][]fitPage{"WCXB even": weven, "extract/": ex}},
		{"WCXB even", weven, map[string][]fitPage{"WCXB odd": wodd, "extract/": ex}},
	} {
		w := fitScorer(s.train, l2)
		fmt.Printf("fit on %s (train: scorer %d, cascade %d of %d)\n", s.name, evalScorer(w, s.train, -1), evalScorer(w, s.train, math.Inf(1)), len(s.train))
		for name, test := range s.tests {
			fmt.Printf("  test %-9s cascade %4d of %4d; scorer %4d; override at margin", name, evalScorer(w, test, math.Inf(1)), len(test), evalScorer(w, test, -1))
			for _, tau := range []float64{0, 1, 2, 3, 4} {
				fmt.Printf(" %g:%d", tau, evalScorer(w, test, tau))
			}
			fmt.Println()
		}
	}
}

// fitPage is a page's candidates as feature vectors, which of them match
// the gold (y), the cascade's pick and whether the cascade was right.
type fitPage struct {
	x    []map[string]float64
	y    []bool
	pick int
	casc bool
}

// scorerFeatures expands a candidate's features: word count on a log
// scale, agreement counts capped, and each source, heading and agreement
// flag also as a product with the page's kind (declared article or
// website, home page, no/one/many main <h1>s, no metadata title).
func scorerFeatures(f map[string]float64) map[string]float64 {
	page := map[string]bool{
		"art": f["p_article"] == 1, "web": f["p_website"] == 1, "home": f["p_home"] == 1,
		"noh1": f["p_mainh1"] == 0, "oneh1": f["p_mainh1"] == 1, "manyh1": f["p_nh1"] > 3, "nometa": f["p_nmeta"] == 0,
	}
	out := map[string]float64{"bias": 1}
	for k, v := range f {
		switch {
		case strings.HasPrefix(k, "p_"), k == "src_pick":
			continue
		case k == "words":
			v = math.Log1p(v)
		case k == "n_eq" || k == "n_agree":
			v = min(v, 4) / 2
		}
		out[k] = v
		if v != 0 && (strings.HasPrefix(k, "src_") || strings.HasPrefix(k, "h1_") || k == "n_eq" || k == "n_agree" || k == "related" || k == "has_sep" || k == "site_seg") {
			for pk, on := range page {
				if on {
					out[k+"*"+pk] = v
				}
			}
		}
	}
	return out
}

// fitScorer fits the weights: softmax over each page's candidates, the
// target spread evenly over those that match the gold, 30 shuffled passes
// of AdaGrad (rate 0.3) with an L2 penalty l2 spread over the pages.
func fitScorer(pages []fitPage, l2 float64) map[string]float64 {
	var train []fitPage
	for _, p := range pages {
		for _, y := range p.y {
			if y {
				train = append(train, p)
				break
			}
		}
	}
	w, g2 := map[string]float64{}, map[string]float64{}
	rnd := rand.New(rand.NewPCG(1, 2))
	n := float64(len(train))
	for range 30 {
		rnd.Shuffle(len(train), func(i, j int) { train[i], train[j] = train[j], train[i] })
		for _, p := range train {
			prob := softmax(w, p.x)
			nc := 0.0
			for _, y := range p.y {
				if y {
					nc++
				}
			}
			grad := map[string]float64{}
			for i, x := range p.x {
				d := prob[i]
				if p.y[i] {
					d -= 1 / nc
				}
				for k, v := range x {
					grad[k] += d * v
				}
			}
			for k, gv := range grad {
				gv += l2 / n * w[k]
				g2[k] += gv * gv
				w[k] -= 0.3 * gv / math.Sqrt(g2[k]+1e-8)
			}
		}
	}
	return w
}

// softmax is the scorer's distribution over a page's candidates.
func softmax(w map[string]float64, xs []map[string]float64) []float64 {
	s := make([]float64, len(xs))
	top := math.Inf(-1)
	for i, x := range xs {
		for k, v := range x {
			s[i] += w[k] * v
		}
		top = max(top, s[i])
	}
	z := 0.0
	for i := range s {
		s[i] = math.Exp(s[i] - top)
		z += s[i]
	}
	for i := range s {
		s[i] /= z
	}
	return s
}

// evalScorer counts the pages right when the scorer's top candidate
// replaces the cascade's pick if it outscores it by more than tau (tau < 0:
// always the top candidate; +Inf: the cascade).
func evalScorer(w map[string]float64, pages []fitPage, tau float64) int {
	ok := 0
	for _, p := range pages {
		if math.IsInf(tau, 1) || len(p.x) == 0 {
			if p.casc {
				ok++
			}
			continue
		}
		s := make([]float64, len(p.x))
		best := 0
		for i, x := range p.x {
			for k, v := range x {
				s[i] += w[k] * v
			}
			if s[i] > s[best] {
				best = i
			}
		}
		if tau >= 0 && p.pick >= 0 && s[best]-s[p.pick] <= tau {
			if p.casc {
				ok++
			}
			continue
		}
		if p.y[best] {
			ok++
		}
	}
	return ok
}
