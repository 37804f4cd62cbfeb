package people

import (
	"reflect"
	"testing"
)

// TestOfficeHead pins rule officeHead: a Croatian or Slovene office
// before the place it governs is no person, even as the subject of a
// speech verb; "Vlada" before a surname is a man's name. Texts and names
// invented.
func TestOfficeHead(t *testing.T) {
	for _, tt := range []struct {
		lang, text string
		want       []string
	}{
		{"hr", "\"Proračun je spreman\", navodi Općina Zlatni Velmdol.", nil},
		{"hr", "\"Sve je spremno\", rekao je Grad Velika Velmica.", nil},
		{"hr", "\"Novac je tu\", poručila je Vlada Republike Hrvatske.", nil},
		{"hr", "\"Novac je stigao\", rekao je Vlada Velmović.", []string{"Vlada Velmović"}},
		{"sl", "\"Proračun je pripravljen,\" so sporočili z Občine Zgornja Velmica. Občina Zgornja Velmica je dodala, da je denar zagotovljen.", nil},
	} {
		var got []string
		for _, p := range AnalyzeLang(tt.text, tt.lang).People {
			got = append(got, p.Name)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s %q: people %q, want %q", tt.lang, tt.text, got, tt.want)
		}
	}
}
