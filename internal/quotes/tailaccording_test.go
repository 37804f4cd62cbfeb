package quotes

import "testing"

// TestTailAccording: an "according to" form after a quotation names its
// source, up to the next comma (rule tailAccording).
// Invented sentences.
func TestTailAccording(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []spoken
	}{
		{"fr", "« Les habitants attendaient ce tramway depuis vingt ans », selon Marie Dubois, présidente de l'association des usagers.",
			[]spoken{{"Les habitants attendaient ce tramway depuis vingt ans", "Marie Dubois", "Marie Dubois"}}},
		{"es", "El consejero Javier Morales visitó la obra. «Las obras durarán tres años», según el consejero.",
			[]spoken{{"Las obras durarán tres años", "Javier Morales", "el consejero"}}},
		// The quotes after a source continue no one.
		{"fr", "« Une voix douce », selon Marie Dubois. Les auditeurs parlent d'une « radio très engagée et libre ».",
			[]spoken{{"Une voix douce", "Marie Dubois", "Marie Dubois"}, {"radio très engagée et libre", "", ""}}},
		{"es", "La alcaldesa Laura Pino habló. Todo empezó por «el rumor de que cierran la escuela», según contó la alcaldesa.",
			[]spoken{{"el rumor de que cierran la escuela", "Laura Pino", "la alcaldesa"}}},
		{"it", "«Il ponte riaprirà a maggio», secondo l'Anas.",
			[]spoken{{"Il ponte riaprirà a maggio", "Anas", "l'Anas"}}},
	}
	for _, c := range cases {
		checkSpokenLang(t, c.text, c.lang, c.want)
	}
}
