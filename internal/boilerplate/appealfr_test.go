package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestAppealDonationFrMore: French support appeals' headings are
// appeals (rule appeal-donation-fr-more); a story sentence is not. Fails
// without the entries.
func TestAppealDonationFrMore(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Soutenez un journalisme indépendant", model.RemovedAppeal},
		{"Soutenez la presse indépendante", model.RemovedAppeal},
		{"Le maire de Kervalec a présenté lundi le budget du port.", ""},
	})
}
