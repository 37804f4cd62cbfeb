package people

import (
	"slices"
	"testing"
)

// personRoles is the roles of the person named name in text, and whether
// that person was found.
func personRoles(text, lang, name string) ([]string, bool) {
	for _, p := range AnalyzeLang(text, lang).People {
		if p.Name == name {
			return p.Roles, true
		}
	}
	return nil, false
}

// wantRole reports an error unless text (in lang) names the person name
// and role is among that person's roles; it lists the people found when
// name is not among them.
func wantRole(t *testing.T, lang, text, name, role string) {
	t.Helper()
	roles, ok := personRoles(text, lang, name)
	if !ok {
		var names []string
		for _, p := range AnalyzeLang(text, lang).People {
			names = append(names, p.Name)
		}
		t.Errorf("%q: people %q, want %s", text, names, name)
		return
	}
	if !slices.Contains(roles, role) {
		t.Errorf("%q: %s has roles %q, want %q", text, name, roles, role)
	}
}

// TestRoleDeterminer pins rule roleDeterminer on invented texts: an
// article or possessive opening the words before a name is no part of
// the role, and is no role alone; each language's own (French "son" is an
// English noun).
func TestRoleDeterminer(t *testing.T) {
	tests := []struct {
		lang, text, name string
		want             []string
	}{
		{"fr", "Selon le Dr Jean Morvel, les urgences manquent de moyens.", "Jean Morvel", nil},
		{"de", "Die Firma gehört Dieter Brandel. Deren Sprecherin Anna Vogel sagte, es gehe voran.", "Anna Vogel", []string{"Sprecherin"}},
		{"de", "Seine Frau Maria Brandel widersprach am Montag.", "Maria Brandel", nil},
		{"en", "Her son Tom Velder said the house was empty.", "Tom Velder", []string{"son"}},
	}
	for _, tt := range tests {
		roles, ok := personRoles(tt.text, tt.lang, tt.name)
		if !ok || !slices.Equal(roles, tt.want) {
			t.Errorf("%q: %s (found %v) roles %q, want %q", tt.text, tt.name, ok, roles, tt.want)
		}
	}
}
