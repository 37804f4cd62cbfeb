package analysis

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/lede-news/lede/internal/model"
)

func TestInsideForms(t *testing.T) {
	names := []string{"St Thomas’ hospital", "Ipsos Mori", "Green Party", "Obama Foundation"}
	tests := []struct {
		name string
		want bool
	}{
		{"Ipsos Mori", true},
		{"St Thomas", true},
		{"st thomas'", true},
		{"Thomas Green", false},
		{"Party", false},
		{"Obama", false},
		{"Green Par", false},
		{"", false},
	}
	forms := wordForms(names)
	for _, tt := range tests {
		if got := insideForms(tt.name, forms); got != tt.want {
			t.Errorf("insideForms(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestCompleteRoles(t *testing.T) {
	orgs := []model.Entity{{Name: "Green Party", Mentions: []string{"Green Party"}}, {Name: "Labour", Mentions: []string{"Labour"}}}
	tests := []struct {
		text  string
		roles []string
		want  []string
	}{
		{"Green Party MP Caroline Lucas spoke.", []string{"Party MP"}, []string{"Green Party MP"}},
		{"Party MP Caroline Lucas spoke.", []string{"Party MP"}, []string{"Party MP"}},
		{"Labour Leader Caroline Lucas", []string{"Labour Leader"}, []string{"Labour Leader"}},
		{"Labour Leader Caroline Lucas", []string{"Leader"}, []string{"Labour Leader"}},
		{"Labour backs her. Leader Caroline Lucas", []string{"Leader"}, []string{"Leader"}},
	}
	for _, tt := range tests {
		got := completeRoles(tt.text, append([]string(nil), tt.roles...), []string{"Caroline Lucas", "Lucas"}, orgs)
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("completeRoles(%q) (-want +got):\n%s", tt.text, d)
		}
	}
}

func TestAttributeQuotedClaims(t *testing.T) {
	v := 3.0
	cs := []model.Claim{{Text: "£3m", Value: &v, Start: 10, End: 13}, {Text: "outside", Start: 40, End: 47}, {Text: "own", Start: 11, End: 12, Source: "NHS"}}
	qs := []model.Quote{{Start: 5, End: 20, Speaker: "Ann Smith"}, {Start: 35, End: 50, Speaker: "the crowd"}}
	attributeQuotedClaims(cs, qs, map[string]bool{"Ann Smith": true})
	want := []string{"Ann Smith", "", "NHS"}
	for i, c := range cs {
		if c.Source != want[i] {
			t.Errorf("claim %d source = %q, want %q", i, c.Source, want[i])
		}
	}
}

func TestEndingOrg(t *testing.T) {
	orgs := []model.Entity{{Name: "al-Shabaab", Mentions: []string{"al-Shabaab", "Al-Shabaab"}}, {Name: "NHS", Mentions: []string{"NHS"}}}
	tests := map[string]string{
		"Somali group al-Shabaab":          "al-Shabaab",
		"Militia-linked al-Shabaab":        "al-Shabaab",
		"a spokeswoman for the NHS":        "",
		"the NHS spokeswoman":              "",
		"an al-Shabaab report for the NHS": "al-Shabaab",
		"the father":                       "",
	}
	for in, want := range tests {
		if got := endingOrg(in, orgForms(orgs)); got != want {
			t.Errorf("endingOrg(%q) = %q, want %q", in, got, want)
		}
	}
}
