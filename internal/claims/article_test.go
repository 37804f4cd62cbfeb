package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// oneClaim checks that text gives exactly one claim and that field of it
// reads want.
func oneClaim(t *testing.T, text string, field func(model.Claim) string, want string) {
	t.Helper()
	cs := Extract(text, Options{})
	if len(cs) != 1 || field(cs[0]) != want {
		var got []string
		for _, c := range cs {
			got = append(got, field(c))
		}
		t.Errorf("%q: %q, want [%q]", text, got, want)
	}
}

// TestArticleAgreement: rule articleAgreement. With the figure gone from
// a subject, the article before it agrees with the word now after it.
func TestArticleAgreement(t *testing.T) {
	tests := []struct{ text, subject string }{
		{"The board backed an 18-month closure of the ferry pier for repairs.", "The board backed a closure of the ferry pier for repairs"},
		{"The wardens saw a 40% increase in nesting terns.", "The wardens saw an increase in nesting terns"},
		{"The guild won a 3% uplift for its members.", "The guild won an uplift for its members"},
		{"Rangers logged an 8% drop in visitors.", "Rangers logged a drop in visitors"},
		{"The firm paid a 9% US-based levy.", "The firm paid a US-based levy"},
		{"The mill paid an 11% hourly bonus.", "The mill paid an hourly bonus"},
		{"The co-op gave a 5% rebate to members.", "The co-op gave a rebate to members"},
	}
	for _, tt := range tests {
		oneClaim(t, tt.text, func(c model.Claim) string { return c.Subject }, tt.subject)
	}
}

// TestClockColon: rule clockColon. A colon inside a clock time or a score
// does not end the clause, so the claim after it keeps its words.
func TestClockColon(t *testing.T) {
	tests := []struct{ text, claim string }{
		{"The tremor struck at 3:47 a.m. about 20 kilometres west of the dam.", "The tremor struck at 3:47 a.m. about 20 kilometres west of the dam"},
		{"The night bus left at 23:15 with 40 passengers on board.", "The night bus left at 23:15 with 40 passengers on board"},
		{"About 40 passengers boarded at 23:15 near the depot.", "About 40 passengers boarded at 23:15 near the depot"},
	}
	for _, tt := range tests {
		oneClaim(t, tt.text, func(c model.Claim) string { return c.Text }, tt.claim)
	}
}
