package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestLangObjectFirst checks the subjects of object-first and
// verb-first sentences: rule trailingSource drops an "according to"
// phrase that ends the clause after the figure from the subject (one
// with words after it stays: they may say what is measured).
func TestLangObjectFirst(t *testing.T) {
	type got struct{ Subject, Source string }
	tests := []langCase[got]{
		{"fr", "Plus de 300 logements ont été détruits selon la préfecture.", []got{{"logements ont été détruits", "la préfecture"}}},
		{"es", "Más de 40 personas fueron hospitalizadas según la consejería.", []got{{"personas fueron hospitalizadas", "la consejería"}}},
		{"it", "Sono state evacuate 500 persone secondo la protezione civile.", []got{{"persone Sono state evacuate", "la protezione civile"}}},
		{"de", "Rund 2.000 Haushalte waren laut dem Versorger ohne Strom.", []got{{"Haushalte waren laut dem Versorger ohne Strom", "Versorger"}}},
	}
	checkLang(t, tests, func(c model.Claim) got { return got{c.Subject, c.Source} })
}
