package people

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/lede-news/lede/internal/model"
)

func TestFind(t *testing.T) {
	tests := []struct {
		name, text string
		want       []model.Person
	}{
		{"pre-modifier role and surname mention",
			"Education Secretary Marcus Thwaite met parents. Thwaite left.",
			[]model.Person{{Name: "Marcus Thwaite", Roles: []string{"Education Secretary"}, Mentions: []string{"Marcus Thwaite", "Thwaite"}}}},
		{"apposition role",
			"Marcus Oyelaran, the Labour leader, spoke.",
			[]model.Person{{Name: "Marcus Oyelaran", Roles: []string{"Labour leader"}, Mentions: []string{"Marcus Oyelaran", "the Labour leader"}}}},
		{"lower-case role before name",
			"Harriers head coach Peter Vandermolen was pleased.",
			[]model.Person{{Name: "Peter Vandermolen", Roles: []string{"Harriers head coach"}, Mentions: []string{"Peter Vandermolen"}}}},
		{"title and surname is a mention",
			"Anna Weber arrived. Later Ms. Weber spoke.",
			[]model.Person{{Name: "Anna Weber", Mentions: []string{"Anna Weber", "Ms. Weber"}}}},
		{"possessive is not part of the name",
			"Erik Holmgrenius's goal won it. Holmgrenius smiled.",
			[]model.Person{{Name: "Erik Holmgrenius", Mentions: []string{"Erik Holmgrenius", "Holmgrenius"}}}},
		{"a role ends at a line break",
			"New bike racks in the centre\n\nLower fares for students\n\nKirsty Lamb said the racks were busy.",
			[]model.Person{{Name: "Kirsty Lamb", Mentions: []string{"Kirsty Lamb"}}}},
		{"no spurious people from places and organisations",
			"The White House and the Supreme Court met in New York on Monday. Vancouver's Bo Horvat scored. Nova Scotia won.",
			nil},
		{"a name something marks as a person",
			"Bo Horvat scored twice. Nova Scotia won the cup. Lea Marsh said it was fine.",
			[]model.Person{{Name: "Lea Marsh", Mentions: []string{"Lea Marsh"}}}},
		{"a photographer's credit is no person",
			"A crowd gathers at the pier. (Carlos Vilar/AFP/Getty Images) Mr. Lind Haugen said the ferry was late.",
			[]model.Person{{Name: "Lind Haugen", Mentions: []string{"Lind Haugen"}}}},
		{"a role's place before the name is no part of it",
			"U.S. Ambassador to Ruritania Jane Roe said talks went well.",
			[]model.Person{{Name: "Jane Roe", Mentions: []string{"Jane Roe"}}}},
		{"a role's place ends at the first known first name",
			"The envoy to North Ruritania Jane Ann Roe said talks went well.",
			[]model.Person{{Name: "Jane Ann Roe", Mentions: []string{"Jane Ann Roe"}}}},
		{"a gendered honorific does not take the other gender's namesake",
			"Jane Roe arrived. Ms. Roe said it was fine. Mr. Roe said no.",
			[]model.Person{
				{Name: "Jane Roe", Mentions: []string{"Jane Roe", "Ms. Roe"}},
				{Name: "Roe", Mentions: []string{"Mr. Roe"}}}},
		{"quoted titles are not people",
			`The band played "Sweet Caroline" twice.`,
			nil},
		{"the other Marcus",
			"Marcus Thwaite met Marcus Oyelaran. Thwaite spoke, then the other Marcus replied.",
			[]model.Person{
				{Name: "Marcus Thwaite", Mentions: []string{"Marcus Thwaite", "Thwaite"}},
				{Name: "Marcus Oyelaran", Mentions: []string{"Marcus Oyelaran", "the other Marcus"}}}},
		{"party and title stay in the role; role descriptions corefer",
			"Green Party MP Helen Carraway spoke. Labour Leader Marcus Oyelaran marched, and the Leader of the Opposition was cheered.",
			[]model.Person{
				{Name: "Helen Carraway", Roles: []string{"Green Party MP"}, Mentions: []string{"Helen Carraway"}},
				{Name: "Marcus Oyelaran", Roles: []string{"Labour Leader"}, Mentions: []string{"Marcus Oyelaran", "the Leader of the Opposition"}}}},
		{"a role word makes a possessor before a title a person",
			"Gallery curator Wilma Ostrand’s Quiet Rooms opens today. Ostrand said it took years.",
			[]model.Person{{Name: "Wilma Ostrand", Roles: []string{"Gallery curator"}, Mentions: []string{"Wilma Ostrand", "Ostrand"}}}},
		{"a first name after a role word keeps a surname that names places",
			"Festival director Christopher Hall said the queue was long.",
			[]model.Person{{Name: "Christopher Hall", Roles: []string{"Festival director"}, Mentions: []string{"Christopher Hall"}}}},
		{"a description before a comma and a name is that person's, not an earlier holder of a like role",
			"Council leader Ana Franco opened the meeting. The opposition leader, Councillor Tom Baker, said the plan would fail.",
			[]model.Person{
				{Name: "Ana Franco", Roles: []string{"Council leader"}, Mentions: []string{"Ana Franco"}},
				{Name: "Tom Baker", Roles: []string{"Councillor", "opposition leader"}, Mentions: []string{"The opposition leader", "Tom Baker"}}}},
		{"a club is no person, and its manager is",
			"Castleford Rovers beat Ashworth Town. Rovers manager Nina Holloway said the win was deserved.",
			[]model.Person{{Name: "Nina Holloway", Roles: []string{"Rovers manager"}, Mentions: []string{"Nina Holloway"}}}},
		{"a capitalised run after a role and at is the employer, no person",
			"Analysts at Kestrel Hume said the results were weak. Lea Marsh, an economist at Brindle Cope, agreed.",
			[]model.Person{{Name: "Lea Marsh", Roles: []string{"economist at Brindle Cope"}, Mentions: []string{"Lea Marsh"}}}},
		{"a role's head is the noun before its of, not the last word",
			"Ingrid Moe, the daughter of the company's founder, spoke first. Later the company's founder wrote to staff.",
			[]model.Person{{Name: "Ingrid Moe", Roles: []string{"daughter of the company's founder"}, Mentions: []string{"Ingrid Moe", "the daughter"}}}},
		{"a role and the organisation it serves before a name",
			"A spokeswoman for the Harbour Board, Ana Ruiz, said the pier was safe.",
			[]model.Person{{Name: "Ana Ruiz", Roles: []string{"spokeswoman for the Harbour Board"}, Mentions: []string{"Ana Ruiz"}}}},
		{"a member or a specialist in an apposition is a role",
			"Ana Ruiz, the council's cabinet member for transport, spoke. Bo Lind, a specialist in heart disease, agreed.",
			[]model.Person{
				{Name: "Ana Ruiz", Roles: []string{"council's cabinet member for transport"}, Mentions: []string{"Ana Ruiz"}},
				{Name: "Bo Lind", Roles: []string{"specialist in heart disease"}, Mentions: []string{"Bo Lind"}}}},
		{"committee and board before a role belong to it",
			"The plan failed, said committee chair Ana Ruiz. The board treasurer, Bo Lind, agreed.",
			[]model.Person{
				{Name: "Ana Ruiz", Roles: []string{"committee chair"}, Mentions: []string{"Ana Ruiz"}},
				{Name: "Bo Lind", Roles: []string{"board treasurer"}, Mentions: []string{"The board treasurer", "Bo Lind"}}}},
		{"a relative clause of leading gives a role",
			"But Ana Ruiz, who chairs the Harbour Users Forum, welcomed the plan.",
			[]model.Person{{Name: "Ana Ruiz", Roles: []string{"chair of the Harbour Users Forum"}, Mentions: []string{"Ana Ruiz"}}}},
		{"a relative clause closes an apposition's role",
			"Bo Lind, a specialist in ferry design at Norland University who was not involved, said it was sound.",
			[]model.Person{{Name: "Bo Lind", Roles: []string{"specialist in ferry design at Norland University"}, Mentions: []string{"Bo Lind"}}}},
		{"an occupation opening the sentence is a role, not a first name",
			"Butcher Nina Holloway said trade was slow. Holloway blamed the roadworks. Baker Mayfield said he would stay.",
			[]model.Person{
				{Name: "Nina Holloway", Roles: []string{"Butcher"}, Mentions: []string{"Nina Holloway", "Holloway"}},
				{Name: "Baker Mayfield", Mentions: []string{"Baker Mayfield"}}}},
		{"a plain role noun opening the title of a work (rule roleOpensWork)",
			"Star Harbour Raiders Reloaded sold out in a day. Singer Mary Ann Cole played the launch.",
			[]model.Person{{Name: "Mary Ann Cole", Roles: []string{"Singer"}, Mentions: []string{"Mary Ann Cole"}}}},
		{"a hyphenated title is no part of the name",
			"Reporters followed Sergeant-at-Arms Tobin Reeve down the hall. Reeve waved.",
			[]model.Person{{Name: "Tobin Reeve", Roles: []string{"Sergeant-at-Arms"}, Mentions: []string{"Tobin Reeve", "Reeve"}}}},
		{"a shared surname is the one named in full last",
			"Omar Haddad died in 2017. His widow Lina Haddad spoke on Friday. Haddad said the day still hurts.",
			[]model.Person{
				{Name: "Omar Haddad", Mentions: []string{"Omar Haddad"}},
				{Name: "Lina Haddad", Roles: []string{"widow"}, Mentions: []string{"Lina Haddad", "Haddad"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []model.Person
			for _, p := range Find(tt.text) {
				got = append(got, p.Model())
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.text, d)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	text := "Mrs. Ada Kent met Mr. Leo Park and Health Secretary Marcus Thwaite. She left. The Health Secretary stayed, as did the protesters. " +
		"Mr. Thwaite and Mrs. Kent waved. The Bureau of Quiet Affairs spoke. Harbourview Transit’s public database said so."
	d := Analyze(text)
	tests := []struct {
		mention string
		want    string
		group   bool
	}{
		{"She", "Ada Kent", false},
		{"The Health Secretary", "Marcus Thwaite", false},
		{"the protesters", "the protesters", true},
		{"Mr. Thwaite and Mrs. Kent", "Mr. Thwaite and Mrs. Kent", true},
		{"The Bureau of Quiet Affairs", "The Bureau of Quiet Affairs", true},
		{"Harbourview Transit’s public database", "Harbourview Transit", true},
	}
	for _, tt := range tests {
		i := indexOf(text, tt.mention)
		r, ok := d.Resolve(i, i+len(tt.mention))
		if !ok || r.Name != tt.want || r.Group != tt.group {
			t.Errorf("Resolve(%q) = %+v, %v; want %q group=%v", tt.mention, r, ok, tt.want, tt.group)
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestResolveRoleBeforeOf(t *testing.T) {
	text := "Port director Ada Kent opened the dock. Later the former director of the port said the cranes were old."
	d := Analyze(text)
	m := "the former director of the port"
	i := indexOf(text, m)
	if r, ok := d.Resolve(i, i+len(m)); !ok || r.Name != "Ada Kent" {
		t.Errorf("Resolve(%q) = %+v, %v; want Ada Kent", m, r, ok)
	}
}

func TestNameAfterDescriptor(t *testing.T) {
	for in, want := range map[string]string{
		"Somali group Harakat Zeta":     "Harakat Zeta",
		"Zeta-linked Harakat Omega":     "Harakat Omega",
		"the militant group al-Zeta":    "al-Zeta",
		"the ferry union":               "the ferry union",
		"the group of angry commuters":  "the group of angry commuters",
		"Lisbon-based Blue Harbour Inc": "Blue Harbour Inc",
	} {
		if got := nameAfterDescriptor(in); got != want {
			t.Errorf("nameAfterDescriptor(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNearestSkipsPossessor(t *testing.T) {
	text := "Mrs. Ada Kent wrote the book. It grew out of Mrs. Mia Lowe’s radio show. She said it took years."
	d := Analyze(text)
	pos := indexOf(text, "She said")
	if pi := d.NearestCompatible(pos, 0, 'f'); pi < 0 || d.People[pi].Name != "Ada Kent" {
		t.Errorf("NearestCompatible = %d; want Ada Kent", pi)
	}
}

func TestTokenize(t *testing.T) {
	got := []string{}
	for _, tk := range Tokenize("Mr. O'Brien's U.S. trip—cost $3.5m.") {
		got = append(got, tk.Text)
	}
	want := []string{"Mr.", "O'Brien's", "U.S.", "trip", "—", "cost", "$", "3.5m", "."}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Tokenize (-want +got):\n%s", d)
	}
}

// FuzzAnalyze checks that no input panics and mentions stay inside the text.
func FuzzAnalyze(f *testing.F) {
	f.Add("Education Secretary Marcus Thwaite, the MP, said he would. Thwaite's aide, Mr. X, left.")
	f.Add("’s ' ” Ö. A.B. de la Cruz, al-Assad")
	f.Fuzz(func(t *testing.T, text string) {
		d := Analyze(text)
		for _, p := range d.People {
			for _, m := range p.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start > m.End || text[m.Start:m.End] != m.Text {
					t.Fatalf("bad mention %+v", m)
				}
			}
		}
		for i := 0; i < len(text); i += 7 {
			d.Resolve(i, min(len(text), i+9))
		}
	})
}

func ExampleFind() {
	text := "Education Secretary Marcus Thwaite met Marcus Oyelaran, the Labour leader. Thwaite said little; the other Marcus spoke."
	for _, p := range Find(text) {
		m := p.Model()
		fmt.Printf("%s %q %q\n", m.Name, m.Roles, m.Mentions)
	}
	// Output:
	// Marcus Thwaite ["Education Secretary"] ["Marcus Thwaite" "Thwaite"]
	// Marcus Oyelaran ["Labour leader"] ["Marcus Oyelaran" "the Labour leader" "the other Marcus"]
}

// TestFirstNameGender: a first name's gender outweighs a stray pronoun vote
// (another person's "he said" right after her name).
func TestFirstNameGender(t *testing.T) {
	tests := []struct {
		text, name string
		want       byte
	}{
		{"MP Michelle Tarrowby posted a video. \"We will not back down,\" he said.", "Michelle Tarrowby", 'f'},
		{"Coach Gary Walsh spoke first. \"We are ready,\" she said.", "Gary Walsh", 'm'},
		{"Analyst Jordan Pike said he expects a cut.", "Jordan Pike", 'm'},
		// A kinship noun outweighs the next speaker's "she said".
		{"The victims included Dariq Halloum. Her father Dariq was one of them. \"We want answers,\" she said.", "Dariq Halloum", 'm'},
		{"Marco Vasquil sat with his wife, Teodra Vasquil. \"It was loud,\" he said.", "Teodra Vasquil", 'f'},
	}
	for _, tt := range tests {
		d := Analyze(tt.text)
		found := false
		for i, p := range d.People {
			if p.Name == tt.name {
				found = true
				if g := d.Gender(i); g != tt.want {
					t.Errorf("%q: gender of %s = %q, want %q", tt.text, tt.name, g, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: %s not found among %d people", tt.text, tt.name, len(d.People))
		}
	}
}

// TestTeamIsNoPerson: "the Carolina Hurricanes" is a team, whatever its
// first word looks like.
func TestTeamIsNoPerson(t *testing.T) {
	text := "Late on Friday Tom Keller netted two goals and the Carolina Hurricanes held off the Vancouver Canucks. \"We played well,\" the right wing said."
	for _, p := range Find(text) {
		if strings.Contains(p.Name, "Hurricanes") || strings.Contains(p.Name, "Canucks") {
			t.Errorf("team %q found as a person", p.Name)
		}
	}
}

// TestSubjectPronounKeepsName: a name opening a sentence in which a he or
// she follows is a person's, even with no role, first-name list entry or
// speech near it, and even when another person was quoted just before.
func TestSubjectPronounKeepsName(t *testing.T) {
	for _, text := range []string{
		"Teodor Vask was at sea when he heard the news.",
		"“We will rebuild,” said Ana Franco.\n\nTeodor Vask was at sea when he heard the news.",
	} {
		found := false
		for _, p := range Analyze(text).People {
			found = found || p.Name == "Teodor Vask"
		}
		if !found {
			t.Errorf("Analyze(%q): no person Teodor Vask", text)
		}
	}
}
