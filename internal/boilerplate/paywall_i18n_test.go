package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestPaywallI18n: the paywall's prompts and button in French, German,
// Spanish, Italian and Portuguese are calls to action (rule
// cta-paywall-i18n); a story sentence about subscribers is not. Fails
// without the entries.
func TestPaywallI18n(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Déjà abonné ? Se connecter", model.RemovedCallToAction},
		{"Cet article est réservé aux abonnés", model.RemovedCallToAction},
		{"Dieser Artikel ist nur für Abonnenten", model.RemovedCallToAction},
		{"¿Ya eres suscriptor? Inicia sesión", model.RemovedCallToAction},
		{"Sei già abbonato? Accedi", model.RemovedCallToAction},
		{"Já é assinante? Entre", model.RemovedCallToAction},
		{"Je m'abonne", model.RemovedCallToAction},
		{"Abbonati", model.RemovedCallToAction},
		{"Les abonnés du club de voile de Kervalec ont voté lundi pour un nouveau ponton.", ""},
	})
}
