package people

import "testing"

// TestLangCreditRoleTail pins rule langCreditRoleTail: a German role
// noun run into a name is the person's role, not a third name; a role
// before a colon labels the next credit. Invented text.
func TestLangCreditRoleTail(t *testing.T) {
	d := AnalyzeLang("Das Konzert in der Stadtkirche war ausverkauft. Es sang der Kammerchor unter Karl-Heinz Velmer Chorleiter seit vielen Jahren.\n\nLena Quarst Autor: Ada Lis", "de")
	var found bool
	for _, p := range d.People {
		if p.Name == "Karl-Heinz Velmer Chorleiter" {
			t.Errorf("person %q, want the role cut off", p.Name)
		}
		if p.Name == "Karl-Heinz Velmer" {
			found = true
			if len(p.Roles) != 1 || p.Roles[0] != "Chorleiter" {
				t.Errorf("roles %q, want [Chorleiter]", p.Roles)
			}
		}
		if p.Name == "Lena Quarst" && len(p.Roles) > 0 {
			t.Errorf("Lena Quarst roles %q, want none", p.Roles)
		}
	}
	if !found {
		t.Errorf("Karl-Heinz Velmer not found")
	}
}
