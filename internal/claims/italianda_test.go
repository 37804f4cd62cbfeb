package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestItalianValueDa checks rule italianValueDa: Italian "da" before a
// figure of value ("un bilancio da 48 milioni") leads to it, no part of
// the subject.
func TestItalianValueDa(t *testing.T) {
	get := func(c model.Claim) string { return c.Subject }
	tests := []langCase[string]{
		{"it", "Il consiglio di Valdoria ha approvato un bilancio da 48 milioni di euro.", []string{"il consiglio di Valdoria ha approvato un bilancio"}},
	}
	checkLang(t, tests, get)
}
