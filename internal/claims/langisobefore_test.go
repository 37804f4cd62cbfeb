package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestLangIsoBefore checks rule langIsoBefore: an ISO code before a
// figure names its currency.
func TestLangIsoBefore(t *testing.T) {
	get := func(c model.Claim) string { return c.Unit }
	tests := []langCase[string]{
		{"de", "Der Umbau des Bahnhofs in Brennau kostet CHF 4,2 Mio.", []string{"CHF"}},
		{"de", "Die Anleihe der Velmar AG hat ein Volumen von USD 500 Mio.", []string{"USD"}},
		{"fr", "Le projet de Valmont coûte CHF 4,2 millions.", []string{"CHF"}},
		{"it", "La società di Valdoria ha raccolto EUR 12 milioni.", []string{"EUR"}},
	}
	checkLang(t, tests, get)
}
