package people

import (
	"slices"
	"testing"
)

// TestParticlePlaceBeforeName covers rule particlePlaceBeforeName: a
// role's "von"-complement before an apposed name is no person; a titled
// surname with its particle still is, under a heading too (rule
// particleAfterNameLine). Names invented.
func TestParticlePlaceBeforeName(t *testing.T) {
	tests := []struct {
		lang, text, name string
		want             bool
	}{
		{"de", "Der Bürgermeister von Kiel, Tomas Verhoek, sagte, die Stadt werde vermitteln.", "von Kiel", false},
		{"de", "Der Bürgermeister von Kiel, Tomas Verhoek, sagte, die Stadt werde vermitteln.", "Tomas Verhoek", true},
		{"de", "Bundespräsident von Velmsee sagte, die Stadt werde vermitteln.", "von Velmsee", true},
		// Rule particleAfterNameLine: a heading's word on the line before.
		{"de", "Hafen\n\nBundespräsident von Velmsee sagte, die Stadt werde vermitteln.", "von Velmsee", true},
		{"es", "El alcalde de Vigo, Tomás Verhoek, dijo que la ciudad mediará.", "Tomás Verhoek", true},
		// Rule particleComplementEnd: a conjunction, a full stop or a
		// dash after the word; not a colon.
		{"de", "Der Bürgermeister von Velmsee und der Landrat trafen sich am Montag.", "von Velmsee", false},
		{"de", "Sie war lange Direktorin von Velmar. Heute lehrt sie in Kiel.", "von Velmar", false},
		{"de", "Er saß im Beirat von Velmar – heute leitet er eine Schule.", "von Velmar", false},
		{"de", "Dazu sagte Bundespräsident von Velmsee: „Wir bleiben.“", "von Velmsee", true},
		// Rule articleRoleComplement: an article before the role.
		{"de", "Der Stadtrat von Velmstadt hat am Dienstag neue Radwege beschlossen.", "von Velmstadt", false},
		{"de", "Das sagte der Bürgermeister von Velmstadt am Montag.", "von Velmstadt", false},
		{"de", "Klaus von Velmsee kam an. Der Bürgermeister von Velmsee sagte, er bleibe.", "Klaus von Velmsee", true},
	}
	for _, tt := range tests {
		if found := personFound(tt.text, tt.lang, tt.name); found != tt.want {
			t.Errorf("%q: %q found %v, want %v", tt.text, tt.name, found, tt.want)
		}
	}
}

// TestParticleGivenName: rule particleGivenName keeps a titled surname
// with its particle a mention of the person the text names in full.
func TestParticleGivenName(t *testing.T) {
	text := "Klaus von Velmsee kam an. Der Bürgermeister von Velmsee und der Landrat trafen sich."
	for _, p := range AnalyzeLang(text, "de").People {
		if p.Name == "Klaus von Velmsee" && len(p.Mentions) == 2 && len(p.Roles) == 1 && p.Roles[0] == "Bürgermeister" {
			return
		}
	}
	t.Errorf("%q: no Klaus von Velmsee with the role Bürgermeister and two mentions", text)
}

// personFound reports whether AnalyzeLang of text in lang names a person
// called name.
func personFound(text, lang, name string) bool {
	for _, p := range AnalyzeLang(text, lang).People {
		if p.Name == name {
			return true
		}
	}
	return false
}

// foundByFind reports whether Find, the English entry, lists a person
// named name in text.
func foundByFind(text, name string) bool {
	for _, p := range Find(text) {
		if p.Name == name {
			return true
		}
	}
	return false
}

// findCase is a text and whether Find lists a person of that name in it.
type findCase struct {
	text   string
	person string
	want   bool
}

// checkFoundByFind checks each case with foundByFind and lists the people
// Find gave when one fails.
func checkFoundByFind(t *testing.T, cases []findCase) {
	t.Helper()
	for _, c := range cases {
		if got := foundByFind(c.text, c.person); got != c.want {
			var names []string
			for _, p := range Find(c.text) {
				names = append(names, p.Name)
			}
			t.Errorf("%q among people %q = %v, want %v", c.person, names, got, c.want)
		}
	}
}

// cutCase is a text, a person Find must list in it ("" for none in
// particular) and one it must not: a run a rule cuts down.
type cutCase struct {
	text, want, lost string
}

// checkCut checks each case with Find and lists the people it gave when
// one fails.
func checkCut(t *testing.T, cases []cutCase) {
	t.Helper()
	for _, c := range cases {
		var names []string
		for _, p := range Find(c.text) {
			names = append(names, p.Name)
		}
		if slices.Contains(names, c.lost) || c.want != "" && !slices.Contains(names, c.want) {
			t.Errorf("people %q: want %q, not %q", names, c.want, c.lost)
		}
	}
}

// TestArticleRoleComplementGivenName covers the guard of rule
// articleRoleComplement: with a given name before the particle elsewhere
// in the text, "Der Bürgermeister von Velmsee" is that person in the
// role. TestParticlePlaceBeforeName's case finds the person from the
// first mention with or without the guard; the role shows the guard.
// Names invented.
func TestArticleRoleComplementGivenName(t *testing.T) {
	text := "Klaus von Velmsee kam an. Der Bürgermeister von Velmsee sagte, er bleibe."
	for _, p := range AnalyzeLang(text, "de").People {
		if p.Name == "Klaus von Velmsee" && slices.Contains(p.Roles, "Bürgermeister") {
			return
		}
	}
	t.Errorf("%q: no Klaus von Velmsee with role Bürgermeister: %+v", text, AnalyzeLang(text, "de").People)
}
