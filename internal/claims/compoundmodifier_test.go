package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestCompoundModifier checks rule compoundModifier: a lower-case word
// hyphenated to the next is a modifier before the counted noun, no noun
// of its own; a compound of size is the measure, a capitalised one is
// left. Texts invented.
func TestCompoundModifier(t *testing.T) {
	unit := func(c model.Claim) string { return c.Unit }
	tests := []langCase[string]{
		{"en", "Pupils used hundreds of hands-free kiosks at the Dunmore fair.", []string{"kiosks"}},
		{"en", "The Harlow inquiry saw 58 job-related letters from the mayor.", []string{"letters"}},
		{"en", "Velmor gave notice to its 26 part-time workers on Friday.", []string{UnitPeople}},
		{"en", "Titles in the Corran shop may run to 90 characters-long.", []string{"characters"}},
	}
	checkLang(t, tests, unit)
}
