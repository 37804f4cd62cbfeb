package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestEmergencyNumber checks rule emergencyNumber: 911 or 999 before a
// word of calling is the emergency line's number, no count; another
// figure before "calls" counts them. Texts invented.
func TestEmergencyNumber(t *testing.T) {
	unit := func(c model.Claim) string { return c.Unit }
	tests := []langCase[string]{
		{"en", "Police in Harlow received 911 calls about smoke on the estate.", nil},
		{"en", "Neighbours made a 999 call when the Dunmore mill caught fire.", nil},
		{"en", "The 911 dispatcher in Corran stayed on the line.", nil},
		{"en", "Dispatchers in Corran took 40 calls in an hour.", []string{"calls"}},
	}
	checkLang(t, tests, unit)
}
