package people

import (
	"slices"
	"testing"
)

// TestGenitiveRunAndMentions pins rules genitiveComplement (the
// complement opening the run after a lower-case role, and after a name's
// comma), inflectedSurname (an instrumental "-im"), apostropheSuffix and
// turkishMinistry on invented Russian, Polish and Turkish texts.
func TestGenitiveRunAndMentions(t *testing.T) {
	tests := []struct {
		lang, text, name string
		roles, mentions  []string
	}{
		{"ru", "Министру возразил депутат Велмдумы Олег Велмин.", "Олег Велмин", []string{"депутат Велмдумы"}, []string{"Олег Велмин"}},
		{"pl", "Jan Velmski, prezes spółki Velmo Energia, powiedział, że wyniki są dobre. Zdaniem Velmskiego rok będzie trudny. Z Velmskim rozmawiali dziennikarze.",
			"Jan Velmski", []string{"prezes spółki Velmo Energia"}, []string{"Jan Velmski", "Velmskiego", "Velmskim"}},
		{"tr", "Dün Velmcilik ve Altyapı Bakanı Ali Velmoğlu törene katıldı.", "Ali Velmoğlu", []string{"Velmcilik ve Altyapı Bakanı"}, []string{"Ali Velmoğlu"}},
		{"tr", "Velmspor Teknik Direktörü Okan Velmoğlu açıklama yaptı. Velmoğlu'na göre takım hazır.", "Okan Velmoğlu", []string{"Velmspor Teknik Direktörü"}, []string{"Okan Velmoğlu", "Velmoğlu'na"}},
	}
	for _, tt := range tests {
		ps := AnalyzeLang(tt.text, tt.lang).People
		if len(ps) != 1 {
			for _, p := range ps {
				t.Errorf("%q: person %q roles %q", tt.text, p.Name, p.Roles)
			}
			continue
		}
		m := ps[0].Model()
		if m.Name != tt.name || !slices.Equal(m.Roles, tt.roles) || !slices.Equal(m.Mentions, tt.mentions) {
			t.Errorf("%q: person %q roles %q mentions %q, want %q %q %q", tt.text, m.Name, m.Roles, m.Mentions, tt.name, tt.roles, tt.mentions)
		}
	}
}
