package entities

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRoleComplementPlace: the complement of a mayor's office is a town,
// typed city (rule roleComplementPlace); each positive case fails without
// the rule, each negative one without its guard.
func TestRoleComplementPlace(t *testing.T) {
	tests := []struct {
		lang, text string
		people     []string
		want       []string // "Name/type"
	}{
		{"en", "The mayor of Dunmore, Tomas Verhoek, said the town would mediate.", []string{"Tomas Verhoek"}, []string{"Dunmore/city"}},
		{"fr", "Le maire de Brestavel, Tomas Verhoek, a déclaré que la ville jouerait les médiateurs.", []string{"Tomas Verhoek"}, []string{"Brestavel/city"}},
		{"es", "El alcalde de Vigarro, Tomás Verhoek, dijo que la ciudad mediará.", []string{"Tomás Verhoek"}, []string{"Vigarro/city"}},
		{"de", "Der Bürgermeister von Kielstedt, Tomas Verhoek, sagte, die Stadt werde vermitteln.", []string{"Tomas Verhoek"}, []string{"Kielstedt/city"}},
		{"de", "Der Stadtrat von Kielstedt hat am Dienstag neue Radwege beschlossen.", nil, []string{"Kielstedt/city"}},
		{"it", "Il sindaco di Chiovella, Tomas Verhoek, ha parlato ieri.", []string{"Tomas Verhoek"}, []string{"Chiovella/city"}},
		{"nl", "De burgemeester van Delvoort, Tomas Verhoek, zei dat de stad zal bemiddelen.", []string{"Tomas Verhoek"}, []string{"Delvoort/city"}},
		// Two words, the name's person after them.
		{"en", "The former mayor of Upper Averly Tomas Verhoek spoke.", []string{"Tomas Verhoek"}, []string{"Upper Averly/city"}},
		// A run going on in capitals is a name the rule cannot cut.
		{"en", "She met the mayor of Dunmore Velmar Hosking Grell on Monday.", nil, nil},
		// A person's name is no place.
		{"en", "The staff of Verhoek said the mayor of Verhoek was wrong.", []string{"Verhoek"}, nil},
		// Not an office of a town.
		{"en", "The editor of Velmar Weekly, Tomas Verhoek, said so.", []string{"Tomas Verhoek"}, nil},
	}
	for _, tt := range tests {
		_, places := Find(tt.text, Options{Lang: tt.lang, People: tt.people})
		var got []string
		for _, e := range places {
			got = append(got, e.Name+"/"+e.Type)
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%q: places (-want +got):\n%s", tt.text, d)
		}
	}
}
