package score

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestJSONMatchesPython compares the JSON methods with the --json output of
// the Python scorers on the synthetic files, byte for byte.
func TestJSONMatchesPython(t *testing.T) {
	cases, _ := LoadExtractCases("testdata/extract_cases.jsonl")
	preds, _ := LoadExtractPreds("testdata/extract_pred.jsonl")
	gold, _ := LoadQuoteDocs("testdata/quotes_gold.jsonl")
	qp, _ := LoadQuotePreds("testdata/quotes_pred.jsonl")
	lg, _ := LoadLabels("testdata/clusters_gold.tsv")
	lp, _ := LoadLabels("testdata/clusters_pred.tsv")
	cs, _ := ScoreClusters(lg, lp, MissingSingleton)
	cd, _ := ScoreClusters(lg, lp, MissingDrop)
	for want, got := range map[string]string{
		"extract_want.json":            ScoreExtract(cases, preds).JSON(),
		"quotes_want.json":             ScoreQuotes(gold, qp, false).JSON(),
		"quotes_direct_want.json":      ScoreQuotes(gold, qp, true).JSON(),
		"clusters_singleton_want.json": cs.JSON(),
		"clusters_drop_want.json":      cd.JSON(),
	} {
		w := strings.TrimSuffix(readFile(t, filepath.Base(want)), "\n")
		if d := cmp.Diff(w, got); d != "" {
			t.Errorf("%s (-python +go):\n%s", want, d)
		}
	}
}

func TestPyDumps(t *testing.T) {
	var none *float64
	got := pyDumps(pyObj{{"a", 1}, {"b", pyObj{}}, {"c", none}, {"d", pyObj{{"e", 0.5}}}}, 2)
	want := "{\n  \"a\": 1,\n  \"b\": {},\n  \"c\": null,\n  \"d\": {\n    \"e\": 0.5\n  }\n}"
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}
