package analysis

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/lede-news/lede/internal/entities"
	"github.com/lede-news/lede/internal/model"
)

// endingOrgSearch is endingOrg as it was before orgIndex: every form
// searched for in the description. It is kept as the reference the indexed
// lookup must agree with.
func endingOrgSearch(s string, forms []orgForm) string {
	d := " " + strings.Join(words(s), " ")
	for _, f := range forms {
		if i := strings.Index(d+" ", f.words+" "); i >= 0 {
			next, _, _ := strings.Cut(strings.TrimSpace(d[min(len(d), i+len(f.words)):]), " ")
			if findingNouns[next] {
				return f.name
			}
		}
	}
	for _, f := range forms {
		if !strings.HasSuffix(d, f.words) {
			continue
		}
		before := strings.Fields(strings.TrimSuffix(d, f.words))
		// Rule germanOwnerGenitive's describing noun ("for the group
		// Ipsos").
		if n := len(before); n > 1 && entities.DescribingNoun("", before[n-1]) {
			before = before[:n-1]
		}
		if n := len(before); n > 0 && before[n-1] == "the" {
			before = before[:n-1]
		}
		if n := len(before); n > 0 && (before[n-1] == "for" || before[n-1] == "of" || before[n-1] == "at" || before[n-1] == "from" || before[n-1] == "with") {
			return ""
		}
		return f.name
	}
	return ""
}

// TestEndingOrgAgreesWithSearch draws speaker descriptions from a small
// vocabulary of organisation words, finding nouns and prepositions, so that
// forms overlap, repeat and nest, and checks the indexed lookup gives what
// searching every form gave.
func TestEndingOrgAgreesWithSearch(t *testing.T) {
	orgs := []model.Entity{
		{Name: "Green Party", Mentions: []string{"Green Party", "Greens"}},
		{Name: "Party", Mentions: []string{"Party"}},
		{Name: "Ipsos Mori", Mentions: []string{"Ipsos Mori", "Ipsos"}},
		{Name: "BBC", Mentions: []string{"BBC", "the BBC"}},
		{Name: "Ipsos Again", Mentions: []string{"Ipsos"}},
		{Name: "NHS England", Mentions: []string{"NHS England", "NHS"}},
	}
	idx := orgForms(orgs)
	vocab := []string{"Green", "Party", "Greens", "Ipsos", "Mori", "BBC", "NHS", "England", "poll", "survey", "report",
		"for", "the", "of", "at", "a", "spokeswoman", "group", "said", "al-Shabaab", "Party's", "GREEN"}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var ws []string
		for k := r.Intn(9); k > 0; k-- {
			ws = append(ws, vocab[r.Intn(len(vocab))])
		}
		s := strings.Join(ws, " ")
		if got, want := endingOrg(s, idx), endingOrgSearch(s, idx.forms); got != want {
			t.Fatalf("endingOrg(%q) = %q, searching every form gives %q", s, got, want)
		}
	}
}

// TestEndingOrgManyOrgs: 2,000 quotes against 2,000 organisations stays
// well under a second (endingOrgSearch, the search of every form, took
// 0.8 s on these inputs; see orgIndex).
func TestEndingOrgManyOrgs(t *testing.T) {
	var orgs []model.Entity
	var speakers []string
	for i := range 2000 {
		name := fmt.Sprintf("North%d Harbour Trust", i)
		orgs = append(orgs, model.Entity{Name: name, Mentions: []string{name, fmt.Sprintf("the North%d Trust", i)}})
		speakers = append(speakers, fmt.Sprintf("a spokeswoman for the Trust of North%d and a long description", i))
	}
	start := time.Now()
	idx := orgForms(orgs)
	for _, s := range speakers {
		if got := endingOrg(s, idx); got != "" {
			t.Fatalf("endingOrg(%q) = %q", s, got)
		}
	}
	if d := time.Since(start); d > 500*time.Millisecond {
		t.Errorf("2,000 descriptions against 4,000 forms took %v", d)
	}
}
