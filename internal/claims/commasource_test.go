package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestCommaSource checks rule commaSource on invented sentences: a source
// set off by commas between the verb and the figure's lead leaves the
// claim its subject before the source, as the same sentence with its
// source first has.
func TestCommaSource(t *testing.T) {
	type got struct{ Subject, Source string }
	get := func(c model.Claim) got { return got{c.Subject, c.Source} }
	tests := []langCase[got]{
		{"es", "El paro subió, según el instituto, hasta el 5% en Valdoria.",
			[]got{{"el paro en Valdoria", "el instituto"}}},
		{"fr", "Le chômage a augmenté, selon l'observatoire, de 3% à Valmont.",
			[]got{{"le chômage a augmenté à Valmont", "l'observatoire"}}},
		{"it", "Il prezzo del pane è salito, secondo l'osservatorio, del 6% a Velmora.",
			[]got{{"il prezzo del pane è salito a Velmora", "l'osservatorio"}}},
	}
	checkLang(t, tests, get)
}
