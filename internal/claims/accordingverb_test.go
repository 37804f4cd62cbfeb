package claims

import "testing"

// TestAccordingVerb checks rule accordingVerb: a speech verb between an
// "according to" form and the speaker is no part of the source.
func TestAccordingVerb(t *testing.T) {
	tests := []langCase[string]{
		{"es", "Según informó el ayuntamiento, 300 vecinos de Tarmesa fueron desalojados.", []string{"el ayuntamiento"}},
		{"es", "Unos 40 bomberos trabajaron en Tarmesa, según explicó la policía local.", []string{"la policía local"}},
	}
	checkLang(t, tests, claimSource)
}
