package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestNewsletterSmallPrint: a sign-up box's small print in English,
// French, German, Spanish and Italian is a newsletter box's part (rule
// newsletter-box-small-print); a story sentence about leaving a club is
// not. Fails without the entries.
func TestNewsletterSmallPrint(t *testing.T) {
	checkKinds(t, []kindCase{
		{"We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.", model.RemovedNewsletter},
		{"En vous inscrivant, vous acceptez nos conditions d'utilisation.", model.RemovedNewsletter},
		{"Vos données sont traitées conformément à notre politique de confidentialité.", model.RemovedNewsletter},
		{"Sie können sich jederzeit abmelden.", model.RemovedNewsletter},
		{"Al suscribirte, aceptas nuestra política de privacidad.", model.RemovedNewsletter},
		{"Puedes darte de baja en cualquier momento.", model.RemovedNewsletter},
		{"Puoi annullare l'iscrizione in qualsiasi momento.", model.RemovedNewsletter},
		{"Los socios del club de remo de Valdehoz votaron el jueves un nuevo reglamento.", ""},
	})
}
