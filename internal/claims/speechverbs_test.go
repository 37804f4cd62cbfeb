package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestSpeechVerbsLexicon checks that the speech verbs added to the
// lexicon for communiqués and estimates (Italian "ha comunicato",
// Portuguese plurals "informaram", "anunciaram", Dutch "maakte bekend")
// give the figures they report a source.
func TestSpeechVerbsLexicon(t *testing.T) {
	get := func(c model.Claim) string { return c.Source }
	tests := []langCase[string]{
		{"it", "La questura ha comunicato che 320 persone sono state evacuate a Valdora.", []string{"la questura"}},
		{"it", "Gli interventi costeranno 5 milioni di euro, ha comunicato la prefettura.", []string{"la prefettura"}},
		{"pt", "Os bombeiros informaram que 1.200 pessoas deixaram as suas casas em Serra Alta.", []string{"os bombeiros"}},
		{"pt", "Cerca de 400 casas foram atingidas, anunciaram os bombeiros.", []string{"os bombeiros"}},
		{"nl", "De gemeente maakte bekend dat de nieuwe sporthal 12 miljoen euro gaat kosten.", []string{"de gemeente"}},
	}
	checkLang(t, tests, get)
}

