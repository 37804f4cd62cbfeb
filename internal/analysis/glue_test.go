package analysis

import (
	"math/rand/v2"
	"slices"
	"strings"
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
		{"Green Party MP Maren Tolvey spoke.", []string{"Party MP"}, []string{"Green Party MP"}},
		{"Party MP Maren Tolvey spoke.", []string{"Party MP"}, []string{"Party MP"}},
		{"Labour Leader Maren Tolvey", []string{"Labour Leader"}, []string{"Labour Leader"}},
		{"Labour Leader Maren Tolvey", []string{"Leader"}, []string{"Labour Leader"}},
		{"Labour backs her. Leader Maren Tolvey", []string{"Leader"}, []string{"Leader"}},
	}
	for _, tt := range tests {
		got := completeRoles(tt.text, append([]string(nil), tt.roles...), []string{"Maren Tolvey", "Tolvey"}, orgs)
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("completeRoles(%q) (-want +got):\n%s", tt.text, d)
		}
	}
}

func TestAttributeQuotedClaims(t *testing.T) {
	v := 3.0
	cs := []model.Claim{{Text: "£3m", Value: &v, Start: 10, End: 13}, {Text: "outside", Start: 40, End: 47}, {Text: "own", Start: 11, End: 12, Source: "NHS"}}
	qs := []model.Quote{{Start: 5, End: 20, Speaker: "Ann Smith"}, {Start: 35, End: 50, Speaker: "the crowd"}}
	attributeQuotedClaims(cs, qs, map[string]bool{"Ann Smith": true}, "", "en")
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

// TestRoleCompleter pins roleCompleter, told of several people at once, to
// completeRolesEach on 3,000 random texts of a few words that organisation
// mentions, roles and people's mentions share, with overlapping and empty
// ones, mentions ending with a role's first word and words run together.
func TestRoleCompleter(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	words := []string{"Green", "Party", "MP", "Leader", "Labour", "Jo", "Vell", "Ann", "Roe", "Lucas", "Lucasfilm", "said.", ""}
	seps := []string{" ", " ", " ", "  ", "\n", ""}
	orgMentions := []string{"Green Party", "Labour", "Party", "Green", "Party MP", "Labour Party", "Green Party MP", " Party", "Labour ", "", "MP"}
	roleSet := []string{"MP", "Party MP", "Leader", "Labour Leader", "Party", "MP ", " MP", "", "Party  MP", "Green Party MP"}
	mentionSet := []string{"Jo Vell", "Vell", "Ann", "Ann Roe", "Lucas", "", "Jo", "Party", "MP Jo"}
	pick := func(from []string, n int) []string {
		var xs []string
		for range n {
			xs = append(xs, from[rng.IntN(len(from))])
		}
		return xs
	}
	completed := 0
	for range 3000 {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteString(seps[rng.IntN(len(seps))])
		}
		text := b.String()
		var orgs []model.Entity
		for range rng.IntN(4) {
			orgs = append(orgs, model.Entity{Mentions: pick(orgMentions, 1+rng.IntN(3))})
		}
		type person struct{ roles, mentions []string }
		var ps []person
		for range 1 + rng.IntN(4) {
			ps = append(ps, person{pick(roleSet, rng.IntN(4)), pick(mentionSet, rng.IntN(4))})
		}
		// The last person's roles are not told of: complete falls back
		// for those no one else has.
		rc := newRoleCompleter(text, orgs, func(role, mention func(string)) {
			for j, p := range ps {
				if j < len(ps)-1 {
					each(p.roles, nil)(role, mention)
				}
				each(nil, p.mentions)(role, mention)
			}
		})
		for _, p := range ps {
			want := completeRolesEach(text, slices.Clone(p.roles), p.mentions, orgs)
			got := rc.complete(slices.Clone(p.roles), p.mentions)
			if !slices.Equal(got, want) {
				t.Fatalf("text %q orgs %q roles %q mentions %q: got %q, want %q", text, orgs, p.roles, p.mentions, got, want)
			}
			if !slices.Equal(got, p.roles) {
				completed++
			}
		}
	}
	// The texts must complete roles often enough to test anything.
	if completed < 100 {
		t.Errorf("%d people's roles completed, want many", completed)
	}
	t.Logf("%d people's roles completed", completed)
}

// completeRoles is completeRolesEach through a roleCompleter of one
// person (Analyze makes one for all the people of a text).
func completeRoles(text string, roles, mentions []string, orgs []model.Entity) []string {
	return newRoleCompleter(text, orgs, each(roles, mentions)).complete(roles, mentions)
}

// each is a roleCompleter's people of one person's roles and mentions.
func each(roles, mentions []string) func(role, mention func(string)) {
	return func(role, mention func(string)) {
		for _, r := range roles {
			role(r)
		}
		for _, m := range mentions {
			mention(m)
		}
	}
}

// TestFigureSpeakerNoSource holds rule figureSpeakerNoSource: the people a
// poll counted, named by a figure, source none of the poll's claims.
func TestFigureSpeakerNoSource(t *testing.T) {
	text := "Almost eight of 10 anglers say the weir should stay, and 6 of 10 boaters back the new lock on the Vessel canal."
	a := &model.Article{Text: text, Language: "en"}
	Analyze(a)
	if len(a.Claims) < 2 {
		t.Fatalf("claims = %+v, want two", a.Claims)
	}
	for _, c := range a.Claims {
		if strings.HasPrefix(c.Source, "Almost eight") {
			t.Errorf("claim %q has source %q, want none", c.Text, c.Source)
		}
	}
}

// figureSpeakerTests: speakers opening with a figure, and ones that do not.
var figureSpeakerTests = []struct {
	text    string // the speaker's words, the whole text
	figured bool
}{
	{"Nearly nine of 10 tenants", true},
	{"62% of respondents", true},
	{"Six in 10 residents", true},
	{"Mrs. Tolvey", false},
	{"Executives at Brellcor, which made $30 billion last year,", false},
	{"Already", false},
}

func TestFigureSpeaker(t *testing.T) {
	for _, tt := range figureSpeakerTests {
		s, e := 0, len(tt.text)
		q := model.Quote{Speaker: tt.text, SpeakerStart: &s, SpeakerEnd: &e}
		if got := figureSpeaker(q, tt.text, "en"); got != tt.figured {
			t.Errorf("figureSpeaker(%q) = %v, want %v", tt.text, got, tt.figured)
		}
	}
}
