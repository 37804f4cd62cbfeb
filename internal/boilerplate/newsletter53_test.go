package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestNewsletterSignupDeMore: German pitches naming the outlet's own
// newsletter are newsletter prompts (rule newsletter-signup-de-more); a
// story sentence about another newsletter is not. Fails without the
// entries.
func TestNewsletterSignupDeMore(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Nichts mehr verpassen: Abonnieren Sie jetzt unseren kostenlosen Newsletter.", model.RemovedNewsletter},
		{"Hol dir unseren Newsletter", model.RemovedNewsletter},
		{"Holen Sie sich den Newsletter und bleiben Sie informiert.", model.RemovedNewsletter},
		{"Der Verein verschickt seinen Rundbrief seit zehn Jahren an alle Mitglieder am Hafen.", ""},
	})
}

// TestShareBarNordicDutch: the "share on <network>" buttons of Nordic,
// Dutch, Finnish, Czech and Hungarian pages are a share bar (rule
// share-bar-nordic-dutch); a sentence opening with the same verb is not.
// Fails without the entries.
func TestShareBarNordicDutch(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Dela på Facebook", model.RemovedShare},
		{"Del på X", model.RemovedShare},
		{"Deel op LinkedIn", model.RemovedShare},
		{"Jaa Facebookissa", model.RemovedShare},
		{"Dela på kostnaden för den nya färjan, föreslog kommunen i går.", ""},
	})
}
