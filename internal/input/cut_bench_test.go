package input

import (
	"bufio"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// cutBenchCutsPerPage is how many random cut points TestCutHTMLBenchPages
// tries on each page.
const cutBenchCutsPerPage = 10

// cutBenchMaxPage bounds a benchmark page gunzipped: far over any page of
// both sets (a few MB at most), it only keeps a corrupt file from filling
// memory.
const cutBenchMaxPage = 256 << 20

// TestCutHTMLBenchPages measures rule cut-plain-html on benchmark pages:
// how many complete pages it calls cut, and how many of the same pages cut
// at random points (a fixed seed) it catches. It runs only when
// LEDE_CUT_CASES names cases files (colon-separated; the gate
// .ci/gates/38-cutpage.sh sets it), and prints one line per file.
func TestCutHTMLBenchPages(t *testing.T) {
	env := os.Getenv("LEDE_CUT_CASES")
	if env == "" {
		t.Skip("LEDE_CUT_CASES not set (.ci/gates/38-cutpage.sh sets it)")
	}
	for _, cases := range strings.Split(env, ":") {
		f, err := os.Open(cases)
		if err != nil {
			t.Fatal(err)
		}
		rng := rand.New(rand.NewPCG(1, 2))
		pages, whole, cuts, caught := 0, 0, 0, 0
		noEnd, deep := 0, 0 // complete pages without </body> nor </html>; with them and cutOpenDivs+ <div>s open
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			var c struct{ ID, Page string }
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatal(err)
			}
			data, err := readGz(filepath.Join(filepath.Dir(cases), c.Page))
			if err != nil {
				t.Fatalf("%s: %v", c.ID, err)
			}
			pages++
			switch {
			case !hasEndTag(data):
				noEnd++
			case openDivs(data) >= cutOpenDivs:
				deep++
			}
			if cut, why := CutHTML(data); cut {
				whole++
				t.Logf("complete page %s called cut: %s", c.ID, why)
			}
			for range cutBenchCutsPerPage {
				cuts++
				if cut, _ := CutHTML(data[:rng.IntN(len(data))]); cut {
					caught++
				}
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		t.Logf("cut-plain-html %s: pages=%d complete_called_cut=%d cuts=%d caught=%d rate=%.4f no_end_tags=%d end_tags_divs_open=%d",
			filepath.Base(filepath.Dir(cases)), pages, whole, cuts, caught, float64(caught)/float64(max(cuts, 1)), noEnd, deep)
	}
}

// readGz reads a gzipped benchmark page whole, with Gunzip (a page cut
// short is an error here: the benchmark pages are complete).
func readGz(path string) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Gunzip(raw, cutBenchMaxPage)
}
