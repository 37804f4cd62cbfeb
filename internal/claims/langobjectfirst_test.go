package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestLangObjectFirst checks the subjects of object-first and
// verb-first sentences: rule trailingSource drops an "according to"
// phrase that ends the clause after the figure from the subject (one
// with words after it stays: they may say what is measured), rule
// existentialLead a phrase that only says the count exists ("il y a
// eu", "hay"), rule totalLead "un total de".
func TestLangObjectFirst(t *testing.T) {
	type got struct{ Subject, Source string }
	tests := []langCase[got]{
		{"fr", "Plus de 300 logements ont été détruits selon la préfecture.", []got{{"logements ont été détruits", "la préfecture"}}},
		{"es", "Más de 40 personas fueron hospitalizadas según la consejería.", []got{{"personas fueron hospitalizadas", "la consejería"}}},
		{"it", "Sono state evacuate 500 persone secondo la protezione civile.", []got{{"persone Sono state evacuate", "la protezione civile"}}},
		{"de", "Rund 2.000 Haushalte waren laut dem Versorger ohne Strom.", []got{{"Haushalte waren laut dem Versorger ohne Strom", "Versorger"}}},
		// Rule totalLead: "un total de" leads to the figure.
		{"es", "Un total de 1.200 casos se registraron en la última semana.", []got{{"casos se registraron en la última semana", ""}}},
		{"it", "Un totale di 500 persone sono state evacuate.", []got{{"persone sono state evacuate", ""}}},
		// Italian "ben" hedges the figure ("as many as"), a lead.
		{"it", "L'azienda ha assunto ben 300 persone.", []got{{"persone l'azienda ha assunto", ""}}},
		// Rule existentialLead: "il y a eu", "hay", "c'erano" only say
		// the count exists.
		{"fr", "Il y a eu 40 morts sur les routes en mai.", []got{{"morts sur les routes en mai", ""}}},
		{"es", "Hay 300 personas desaparecidas en la zona.", []got{{"personas desaparecidas en la zona", ""}}},
		{"it", "C'erano 40.000 spettatori allo stadio.", []got{{"spettatori allo stadio", ""}}},
		{"pt", "Há 300 pessoas desalojadas na região.", []got{{"pessoas desalojadas na região", ""}}},
	}
	checkLang(t, tests, func(c model.Claim) got { return got{c.Subject, c.Source} })
}
