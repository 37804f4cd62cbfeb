package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestGermanBoundLeads checks that the German words bounding a figure
// ("bis zu", "ungefähr", "lediglich", "mindestens", "zu 100 Prozent")
// lead to it and leave the subject. Texts invented.
func TestGermanBoundLeads(t *testing.T) {
	subject := func(c model.Claim) string { return c.Subject }
	tests := []langCase[string]{
		{"de", "Die Quote in Grünhag liegt lediglich bei 12 Prozent.", []string{"die Quote in Grünhag"}},
		{"de", "Bei Velmar sollen bis zu 60 Prozent an die Fahrer gehen.", []string{"Bei Velmar sollen an die Fahrer gehen"}},
		{"de", "Das Granulat besteht zu 40 Prozent aus Altglas.", []string{"das Granulat besteht aus Altglas"}},
	}
	checkLang(t, tests, subject)
}
