package people

import (
	"slices"
	"testing"
)

// TestLangRoleBeforeStop covers rule langRoleBeforeStop: a role noun
// before a name's comma reads back no further than the language's
// sentence words (a possessive, an article), so a speech verb before
// them stays out of the role. Texts and names invented.
func TestLangRoleBeforeStop(t *testing.T) {
	tests := []struct{ lang, text, name, bad, role string }{
		{"es", `"Era una mujer generosa", dijo su editor, Andrés Velmina.`, "Andrés Velmina", "dijo su editor", "editor"},
		{"es", `"Nunca se rindió", ha declarado su editor, Andrés Velmina.`, "Andrés Velmina", "ha declarado su editor", "editor"},
		{"en", `"She never gave up," said her editor, Andrew Velmin.`, "Andrew Velmin", "said her editor", "editor"},
	}
	for _, tt := range tests {
		var roles []string
		for _, p := range AnalyzeLang(tt.text, tt.lang).People {
			if p.Name == tt.name {
				roles = p.Roles
			}
		}
		if slices.Contains(roles, tt.bad) || !slices.Contains(roles, tt.role) {
			t.Errorf("%q: %s's roles %q, want %q and not %q", tt.text, tt.name, roles, tt.role, tt.bad)
		}
	}
}
