package entities_test

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/analysis"
	"github.com/lede-news/lede/internal/model"
)

// goldMisses lists every miss and false find of TestI18nGold
// (go test ./internal/entities -run I18nGold -gold.misses).
var goldMisses = flag.Bool("gold.misses", false, "list TestI18nGold's misses and false finds")

// i18nGoldCase is one invented article of testdata/i18n_gold.jsonl with the
// people, organisations and places a careful reader finds in it. A gold
// organisation or place may be written several ways, separated by "|"
// ("Statistische Landesamt|Statistischen Landesamts"): any of them, as
// the entity's name or one of its mentions, counts. A person counts by
// name alone (a title glued to the name is a miss); roles maps a person
// to the role the record must carry.
type i18nGoldCase struct {
	ID     string            `json:"id"`
	Lang   string            `json:"lang"`
	Text   string            `json:"text"`
	People []string          `json:"people"`
	Roles  map[string]string `json:"roles"`
	Orgs   []string          `json:"orgs"`
	Places []string          `json:"places"`
}

// i18nFloors are TestI18nGold's F1 floors per kind (recall for roles), set
// just under what the rules reach: people 1.000, organisations 0.854,
// places 0.935, roles 1.000 (2026-11-27). Before the rules of
// i18n_places.go and people's rule compoundRole they were 0.885, 0.492,
// 0.348 and 0.846. The organisations missed are mostly names only a word
// list knows ("Coldiretti", "Rijkswaterstaat").
var i18nFloors = map[string]float64{"people": 0.95, "orgs": 0.82, "places": 0.90, "roles": 0.95}

// prf counts one kind's matches.
type prf struct{ tp, fp, fn int }

func (c prf) scores() (p, r, f float64) {
	if c.tp+c.fp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
	}
	if c.tp+c.fn > 0 {
		r = float64(c.tp) / float64(c.tp+c.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// TestI18nGold runs the analysis on the invented articles of
// testdata/i18n_gold.jsonl (German, French, Spanish, Italian, Portuguese,
// Dutch), prints precision, recall and F1 per kind and fails below
// i18nFloors.
func TestI18nGold(t *testing.T) {
	testI18nGold(t, "testdata/i18n_gold.jsonl", i18nFloors)
}

// i18nHeldOutFloors are TestI18nHeldOut's floors, set just under what the
// rules reach on testdata/i18n_heldout.jsonl, twelve articles written
// after the rules and never tuned on (2026-11-27: people 1.000,
// organisations 0.941, places 0.952, roles 1.000; before these rules
// 0.870, 0.435, 0.429, 0.800).
var i18nHeldOutFloors = map[string]float64{"people": 0.95, "orgs": 0.90, "places": 0.90, "roles": 0.95}

// TestI18nHeldOut is TestI18nGold on the held-out articles.
func TestI18nHeldOut(t *testing.T) {
	testI18nGold(t, "testdata/i18n_heldout.jsonl", i18nHeldOutFloors)
}

func testI18nGold(t *testing.T, path string, floors map[string]float64) {
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	counts := map[string]*prf{"people": {}, "orgs": {}, "places": {}, "roles": {}}
	sc := bufio.NewScanner(fh)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		var c i18nGoldCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		n++
		a := &model.Article{Language: c.Lang, Text: c.Text}
		analysis.Analyze(a)
		var names [][]string
		for _, p := range a.People {
			names = append(names, []string{p.Name})
		}
		score(t, c.ID, "people", counts["people"], c.People, names)
		score(t, c.ID, "orgs", counts["orgs"], c.Orgs, entityForms(a.Organizations))
		score(t, c.ID, "places", counts["places"], c.Places, entityForms(a.Places))
		// Roles: recall of the roles the gold gives, by person.
		for name, role := range c.Roles {
			ok := false
			for _, p := range a.People {
				if p.Name == name {
					for _, r := range p.Roles {
						ok = ok || strings.EqualFold(r, role)
					}
				}
			}
			if ok {
				counts["roles"].tp++
			} else {
				counts["roles"].fn++
				if *goldMisses {
					t.Logf("%s roles: missed %q for %q", c.ID, role, name)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no gold cases read")
	}
	for _, kind := range []string{"people", "orgs", "places", "roles"} {
		p, r, f := counts[kind].scores()
		if kind == "roles" {
			f = r // the gold lists some roles only: recall is the score
		}
		t.Logf("%-7s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d, %d articles)", kind, p, r, f, counts[kind].tp, counts[kind].fp, counts[kind].fn, n)
		if f < floors[kind] {
			t.Errorf("%s: F1 %.3f below the floor %.2f", kind, f, floors[kind])
		}
	}
}

// entityForms is each entity's name and mentions.
func entityForms(es []model.Entity) [][]string {
	var out [][]string
	for _, e := range es {
		out = append(out, append([]string{e.Name}, e.Mentions...))
	}
	return out
}

// score matches gold items ("A|B": any form) with found items (each a list
// of forms), one to one, case folded.
func score(t *testing.T, id, kind string, c *prf, gold []string, found [][]string) {
	used := make([]bool, len(found))
	for _, g := range gold {
		hit := -1
		for i, forms := range found {
			if !used[i] && formsMatch(g, forms) {
				hit = i
				break
			}
		}
		if hit < 0 {
			c.fn++
			if *goldMisses {
				t.Logf("%s %s: missed %q", id, kind, g)
			}
			continue
		}
		used[hit] = true
		c.tp++
	}
	for i, forms := range found {
		if !used[i] {
			c.fp++
			if *goldMisses {
				t.Logf("%s %s: false %q", id, kind, forms[0])
			}
		}
	}
}

func formsMatch(gold string, forms []string) bool {
	for g := range strings.SplitSeq(gold, "|") {
		for _, f := range forms {
			if strings.EqualFold(g, f) {
				return true
			}
		}
	}
	return false
}

// i18nHeldOut2Floors are TestI18nHeldOut2's floors: eleven invented
// articles of testdata/i18n_heldout2.jsonl, written before the rules of
// i18n_defined.go (organisations the text defines: an acronym in
// parentheses, an appositive with an organisation's kind noun) and not
// tuned on. 2026-11-27, before -> after those rules, rule personOrigin
// and people's rule germanNounLead and particles: people 0.857 -> 0.952,
// organisations 0.485 -> 1.000, places 0.933 -> 0.968, roles 0.636 ->
// 0.727; floors just under.
var i18nHeldOut2Floors = map[string]float64{"people": 0.90, "orgs": 0.95, "places": 0.93, "roles": 0.70}

// TestI18nHeldOut2 is TestI18nGold on the second held-out file.
func TestI18nHeldOut2(t *testing.T) {
	testI18nGold(t, "testdata/i18n_heldout2.jsonl", i18nHeldOut2Floors)
}
