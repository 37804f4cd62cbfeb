package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestAffiliateWordings: rule affiliate-disclosure-wordings takes the
// outlet's note in its other wordings and leaves an article's sentence on
// someone else's commission alone.
func TestAffiliateWordings(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"We may earn commission when you shop the picks on this page.", true},
		{"Every lamp here was chosen by our editors. We may earn commission on some of the lamps you buy.", true},
		{"I may earn commissions if you book through my links, at no cost to you.", true},
		{"We earn a commission for products you order via the shop links below.", true},
		{"Orders placed through these links earn us a small commission; the lamp costs you the same.", true},
		{"Buying through links on our site supports our work. Thank you, from the Orchard Desk team.", true},
		// article sentences that mention a commission stay
		{"Estate agents in Marrowby may earn commission on each sale, the regulator said.", false},
		{"Sellers earn a commission for products they refer, the Tamsin Vale report found.", false},
		{"The council said it would earn us a better deal than the old contract.", false},
		{"The fund pays a small commission to brokers, said Idris Pelham.", false},
	} {
		kind, rule, ok := Classify(tc.text)
		got := ok && rule == "affiliate-disclosure"
		if got != tc.want {
			t.Errorf("Classify(%q) = %q %q %v, want affiliate-disclosure %v", tc.text, kind, rule, ok, tc.want)
		}
		if got && kind != model.RemovedAd {
			t.Errorf("Classify(%q) kind %q, want %q", tc.text, kind, model.RemovedAd)
		}
	}
}
