package score

import (
	"bytes"
	"encoding/json"
	"flag"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The pinning tests compare the ports with what the Python scorers printed on
// the synthetic files of testdata (regen.sh); -update reruns the scorers.
var update = flag.Bool("update", false, "rerun the Python scorers (testdata/regen.sh) to refresh the reference figures")

func TestMain(m *testing.M) {
	flag.Parse()
	if *update {
		cmd := exec.Command("sh", "regen.sh")
		cmd.Dir = "testdata"
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			panic("regen.sh: " + err.Error())
		}
	}
	os.Exit(m.Run())
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// wantJSON flattens the Python --json output into "a.b" -> number.
func wantJSON(t *testing.T, name string) map[string]float64 {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(readFile(t, name)), &v); err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	var walk func(prefix string, v any)
	walk = func(prefix string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				p := k
				if prefix != "" {
					p = prefix + "." + k
				}
				walk(p, e)
			}
		case float64:
			out[prefix] = x
		}
	}
	walk("", v)
	return out
}

func checkFigures(t *testing.T, want, got map[string]float64) {
	t.Helper()
	for k, w := range want {
		g, ok := got[k]
		if !ok {
			t.Errorf("%s: missing from the port (want %v)", k, w)
			continue
		}
		if math.Abs(g-w) > 1e-9 {
			t.Errorf("%s = %.17g, Python %.17g", k, g, w)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("%s: the port reports it, Python does not", k)
		}
	}
}

func TestScoreExtractMatchesPython(t *testing.T) {
	cases, err := LoadExtractCases("testdata/extract_cases.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	preds, err := LoadExtractPreds("testdata/extract_pred.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	r := ScoreExtract(cases, preds)
	got := map[string]float64{}
	for name, f := range map[string]*Figures{"body": r.Body, "snippets": r.Snippets, "words": r.Words, "words_article": r.WordsArticle} {
		if f == nil {
			continue
		}
		got[name+".pages"] = float64(f.Pages)
		got[name+".precision"], got[name+".recall"], got[name+".f1"] = f.Precision, f.Recall, f.F1
		if f.Accuracy != nil {
			got[name+".accuracy"] = *f.Accuracy
		}
	}
	for _, m := range r.Meta {
		got["meta."+m.Field+".pages"] = float64(m.Pages)
		if m.Correct != nil {
			got["meta."+m.Field+".correct"] = *m.Correct
		}
	}
	checkFigures(t, wantJSON(t, "extract_want.json"), got)

	var out bytes.Buffer
	r.Format(&out)
	if d := cmp.Diff(readFile(t, "extract_want.txt"), out.String()); d != "" {
		t.Errorf("printed figures differ from Python's (-python +go):\n%s", d)
	}
	out.Reset()
	if err := r.WritePerPage(&out); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(readFile(t, "extract_perpage.tsv"), out.String()); d != "" {
		t.Errorf("per-page table differs from Python's (-python +go):\n%s", d)
	}
}

func quoteFigures(r QuoteResult) map[string]float64 {
	got := map[string]float64{
		"gold": float64(r.Gold), "pred": float64(r.Pred),
		"quotes.precision": r.Quotes.Precision, "quotes.recall": r.Quotes.Recall, "quotes.f1": r.Quotes.F1,
		"ggt@0.3.precision": r.GGT.Precision, "ggt@0.3.recall": r.GGT.Recall, "ggt@0.3.f1": r.GGT.F1,
		"mention.pairs": float64(r.MentionPairs), "name.pairs": float64(r.NamePairs),
	}
	if r.MentionAccuracy != nil {
		got["mention.accuracy"] = *r.MentionAccuracy
	}
	if r.NameStrict != nil {
		got["name.strict"], got["name.lenient"] = *r.NameStrict, *r.NameLenient
	}
	if r.End2End != nil {
		got["end2end.precision"], got["end2end.recall"], got["end2end.f1"] = r.End2End.Precision, r.End2End.Recall, r.End2End.F1
	}
	return got
}

func TestScoreQuotesMatchesPython(t *testing.T) {
	gold, err := LoadQuoteDocs("testdata/quotes_gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	preds, err := LoadQuotePreds("testdata/quotes_pred.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name       string
		directOnly bool
	}{{"quotes", false}, {"quotes_direct", true}} {
		t.Run(tc.name, func(t *testing.T) {
			r := ScoreQuotes(gold, preds, tc.directOnly)
			checkFigures(t, wantJSON(t, tc.name+"_want.json"), quoteFigures(r))
			var out bytes.Buffer
			r.Format(&out)
			if d := cmp.Diff(readFile(t, tc.name+"_want.txt"), out.String()); d != "" {
				t.Errorf("printed figures differ from Python's (-python +go):\n%s", d)
			}
		})
	}
}

func TestScoreClustersMatchesPython(t *testing.T) {
	pred, err := LoadLabels("testdata/clusters_pred.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		gold, want string
		missing    Missing
		json       bool
	}{
		{"clusters_gold.tsv", "clusters_singleton", MissingSingleton, true},
		{"clusters_gold.tsv", "clusters_drop", MissingDrop, true},
		{"clusters_set", "clusters_set_singleton", MissingSingleton, false},
		{"clusters_set", "clusters_set_drop", MissingDrop, false},
	} {
		t.Run(tc.want, func(t *testing.T) {
			gold, err := LoadLabels(filepath.Join("testdata", tc.gold))
			if err != nil {
				t.Fatal(err)
			}
			r, err := ScoreClusters(gold, pred, tc.missing)
			if err != nil {
				t.Fatal(err)
			}
			if tc.json {
				var m map[string]float64
				b, _ := json.Marshal(r)
				_ = json.Unmarshal(b, &m)
				delete(m, "unpredicted")
				delete(m, "ignored_extras")
				checkFigures(t, wantJSON(t, tc.want+"_want.json"), m)
				warn := strings.Join(r.Warnings(gold, pred, tc.missing), "\n") + "\n"
				if d := cmp.Diff(readFile(t, tc.want+"_warn.txt"), warn); d != "" {
					t.Errorf("warnings differ (-python +go):\n%s", d)
				}
			}
			var out bytes.Buffer
			r.Format(&out)
			if d := cmp.Diff(readFile(t, tc.want+"_want.txt"), out.String()); d != "" {
				t.Errorf("printed figures differ from Python's (-python +go):\n%s", d)
			}
		})
	}
	gold, _ := LoadLabels("testdata/clusters_gold.tsv")
	if _, err := ScoreClusters(gold, pred, MissingError); err == nil {
		t.Error("MissingError with unpredicted ids: no error")
	}
}

// The per-type lines average each type's pages alone and leave articles to
// words_article.
func TestWordsByType(t *testing.T) {
	cases := []ExtractCase{
		{ID: "a", Set: "wcxb", PageType: "article", Body: ptr("one two three")},
		{ID: "p1", Set: "wcxb", PageType: "product", Body: ptr("red shoe leather")},
		{ID: "p2", Set: "wcxb", PageType: "product", Body: ptr("blue hat")},
		{ID: "f", Set: "wcxb", PageType: "forum", Body: ptr("a reply here")},
	}
	preds := map[string]ExtractPred{
		"a":  {ID: "a", Text: "one two three"},
		"p1": {ID: "p1", Text: "red shoe leather"},
		"f":  {ID: "f", Text: "a reply"},
	}
	r := ScoreExtract(cases, preds)
	var out bytes.Buffer
	r.FormatTypes(&out)
	want := "words_forum   pages=   1  P=1.000  R=0.667  F1=0.800\n" +
		"words_product pages=   2  P=0.500  R=0.500  F1=0.500\n"
	if d := cmp.Diff(want, out.String()); d != "" {
		t.Errorf("FormatTypes (-want +got):\n%s", d)
	}
}

func ptr(s string) *string { return &s }
