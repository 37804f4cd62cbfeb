package people

import "testing"

// TestLangHonorificRole pins rule langHonorificRole on invented texts: a
// courtesy title of another language before a name is no role.
func TestLangHonorificRole(t *testing.T) {
	tests := []struct{ lang, text, name string }{
		{"fr", "« La sécurité est notre priorité », a déclaré M. Paul Velm, lundi.", "Paul Velm"},
		{"de", "Herr Jonas Velm sagte am Montag, die Lage sei ernst.", "Jonas Velm"},
		{"es", "«No cederemos», dijo la Sra. Lucía Velm el lunes.", "Lucía Velm"},
	}
	for _, tt := range tests {
		found := false
		for _, p := range AnalyzeLang(tt.text, tt.lang).People {
			if p.Name == tt.name {
				found = true
				if len(p.Roles) != 0 {
					t.Errorf("%q: %s has roles %q, want none", tt.text, tt.name, p.Roles)
				}
			}
		}
		if !found {
			t.Errorf("%q: %s not found", tt.text, tt.name)
		}
	}
}

// TestLangHonorificAfterRole pins rule langHonorificRole's other half: a
// courtesy title between a role and the name is cut from the role's end
// ("le maire M. Paul Velm" has the role "maire"). Invented texts.
func TestLangHonorificAfterRole(t *testing.T) {
	tests := []struct{ lang, text, name, role string }{
		{"fr", "« Nous reconstruirons », a déclaré le maire M. Paul Velm, lundi.", "Paul Velm", "maire"},
		{"de", "Bürgermeister Herr Jonas Velm sagte am Montag, die Lage sei ernst.", "Jonas Velm", "Bürgermeister"},
	}
	for _, tt := range tests {
		var roles []string
		for _, p := range AnalyzeLang(tt.text, tt.lang).People {
			if p.Name == tt.name {
				roles = p.Roles
			}
		}
		if len(roles) != 1 || roles[0] != tt.role {
			t.Errorf("%q: %s has roles %q, want [%q]", tt.text, tt.name, roles, tt.role)
		}
	}
}
