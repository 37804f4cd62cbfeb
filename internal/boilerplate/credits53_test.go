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
	checkKinds(t, []kindCase{
		{"(crédito: Luis Paz/Agencia Sur)", model.RemovedImageCredit},
		{"(Créditos: Ana Ruiz/Arquivo)", model.RemovedImageCredit},
		{"(Crédit : Jo Roe/Quai Presse)", model.RemovedImageCredit},
		{"El crédito del banco llegó tarde y la obra del muelle se detuvo durante tres meses.", ""},
	})
}

// kindCase is a block and the kind Classify gives it ("" for none).
type kindCase struct{ in, kind string }

// checkKinds checks the kind Classify gives each case's block.
func checkKinds(t *testing.T, cases []kindCase) {
	t.Helper()
	for _, tc := range cases {
		kind, _, ok := Classify(tc.in)
		if !ok {
			kind = ""
		}
		if kind != tc.kind {
			t.Errorf("%q: kind %q, want %q", tc.in, kind, tc.kind)
		}
	}
}

// ruleCase is a block and the kind and rule Classify gives it.
type ruleCase = struct{ in, kind, rule string }

// checkRules checks the kind and rule Classify gives each case's block,
// which must be classified.
func checkRules(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, tt := range cases {
		kind, rule, ok := Classify(tt.in)
		if !ok || kind != tt.kind || rule != tt.rule {
			t.Errorf("Classify(%q) = %q, %q, %v; want %q, %q", tt.in, kind, rule, ok, tt.kind, tt.rule)
		}
	}
}
