package entities

import "testing"

// TestAcronymCompound covers rule acronymCompound: in German an acronym
// joined to a member's or office's noun names the body, a listed name
// joined to any noun is that name, and a currency or a thing's standard
// is no mention. Names invented.
func TestAcronymCompound(t *testing.T) {
	tests := []struct {
		text, want string // want: "" for no organisation or place
	}{
		{"Der Stadtrat hat beschlossen. VLP-Fraktionschef Ivo Brandt sprach von einem guten Tag.", "VLP"},
		{"Der Stadtrat hat beschlossen. Die EU-Kommission sprach von einem guten Tag.", "European Union"},
		{"Der Stadtrat hat beschlossen. Das VLP-Rad kostet viel Geld.", ""},
		{"Der Stadtrat hat beschlossen. Der Kurs des US-Dollar fiel am Montag.", ""},
	}
	for _, tt := range tests {
		orgs, places := Find(tt.text, Options{Lang: "de", People: []string{"Ivo Brandt"}})
		var got string
		for _, e := range append(orgs, places...) {
			got = e.Name
		}
		if got != tt.want {
			t.Errorf("%q: got %q, want %q (%v %v)", tt.text, got, tt.want, orgs, places)
		}
	}
}
