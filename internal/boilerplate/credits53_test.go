package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestBracketedCreditI18n: a picture credit in brackets with a Spanish,
// Portuguese or French label, alone on its line, is an image credit (rule
// image-credit-bracketed-i18n); a sentence naming credit is not. Fails
// without the entries.
func TestBracketedCreditI18n(t *testing.T) {
	for _, tc := range []struct{ in, kind string }{
		{"(crédito: Luis Paz/Agencia Sur)", model.RemovedImageCredit},
		{"(Créditos: Ana Ruiz/Arquivo)", model.RemovedImageCredit},
		{"(Crédit : Jo Roe/Quai Presse)", model.RemovedImageCredit},
		{"El crédito del banco llegó tarde y la obra del muelle se detuvo durante tres meses.", ""},
	} {
		kind, _, ok := Classify(tc.in)
		if !ok {
			kind = ""
		}
		if kind != tc.kind {
			t.Errorf("%q: kind %q, want %q", tc.in, kind, tc.kind)
		}
	}
}
