package people

import (
	"strings"
	"testing"
)

// TestTextNominative pins rule textNominative: a Croatian, Slovene,
// Serbian, Lithuanian, Latvian or Estonian name
// declined in another case resolves to the person the text names in the
// nominative, wherever; with no nominative in the text it is kept as
// written, no base form guessed; a woman's name in the nominative is no
// case of a man's. Texts and names invented.
func TestTextNominative(t *testing.T) {
	for _, tt := range []struct{ lang, text, mention, want string }{
		{"hr", "Ministrica Ivana Velmić otvorila je most. Prema riječima ministrice Ivane Velmić, most je siguran.", "Ivane Velmić", "Ivana Velmić"},
		{"hr", "Prema riječima Nikole Velmića, most je siguran. Gradonačelnik Nikola Velmić otvorio ga je.", "Nikole Velmića", "Nikola Velmić"},
		{"hr", "Načelnik Marko Velmić došao je. Razgovarali smo s Markom Velmićem.", "Markom Velmićem", "Marko Velmić"},
		{"sl", "Župan Janez Velkovrh je odprl most. Po besedah Janeza Velkovrha je most varen.", "Janeza Velkovrha", "Janez Velkovrh"},
		{"hr", "Ministar Ivan Velmić otvorio je most. Prema riječima ministra Stjepana Velmića, most je siguran.", "Stjepana Velmića", "Stjepana Velmića"},
		{"hr", "Liječnica Ivana Velmić i liječnik Ivan Velmić došli su.", "Ivana Velmić", "Ivana Velmić"},
		{"sr", "Градоначелник Никола Велмић отворио је мост. Према речима Николе Велмића, мост је безбедан.", "Николе Велмића", "Никола Велмић"},
		{"sr", "Министарка Ивана Велмић отворила је мост. Према речима министарке Иване Велмић, мост је безбедан.", "Иване Велмић", "Ивана Велмић"},
		{"et", "Linnapea Kadri Velmets avas silla. Kadri Velmetsa sõnul on sild ohutu.", "Kadri Velmetsa", "Kadri Velmets"},
		{"lt", "Ministrė Rūta Velmienė atidarė tiltą. Pasak ministrės Rūtos Velmienės, tiltas saugus.", "Rūtos Velmienės", "Rūta Velmienė"},
		{"lt", "Meras Tomas Velmaitis atidarė tiltą. Pasak Tomo Velmaičio, tiltas saugus.", "Tomo Velmaičio", "Tomas Velmaitis"},
		{"lv", "Mērs Jānis Velmkalns atklāja tiltu. Pēc Jāņa Velmkalna teiktā, tilts ir drošs.", "Jāņa Velmkalna", "Jānis Velmkalns"},
		{"lv", "Ministre Ilze Velmkalne atklāja tiltu. Pēc Ilzes Velmkalnes teiktā, tilts ir drošs.", "Ilzes Velmkalnes", "Ilze Velmkalne"},
	} {
		d := AnalyzeLang(tt.text, tt.lang)
		s := strings.Index(tt.text, tt.mention)
		r, ok := d.Resolve(s, s+len(tt.mention))
		if !ok || r.Name != tt.want {
			t.Errorf("%s %q: Resolve(%q) = %q, %v; want %q", tt.lang, tt.text, tt.mention, r.Name, ok, tt.want)
		}
	}
}
