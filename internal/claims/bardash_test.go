package claims

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestBarDash checks rule barDash: a horizontal bar or a figure dash
// breaks a clause as an em dash does. Texts invented.
func TestBarDash(t *testing.T) {
	text := func(c model.Claim) string { return c.Text }
	tests := []langCase[string]{
		{"en", "The Velmar fund raised $9 million in spring ― its rival Orvan raised less.", []string{"The Velmar fund raised $9 million in spring"}},
		{"en", "The Velmar fund raised $9 million in spring ‒ its rival Orvan raised less.", []string{"The Velmar fund raised $9 million in spring"}},
	}
	checkLang(t, tests, text)
}
