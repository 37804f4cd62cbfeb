package analysis

import (
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestMaxText: a text over MaxText is left unanalysed with a warning; one at
// the limit is analysed.
func TestMaxText(t *testing.T) {
	para := "“We will win,” said John Smith, adding that 54% agreed. "
	for _, tt := range []struct {
		name     string
		n        int
		analysed bool
	}{
		{"under", MaxText / len(para), true},
		{"over", MaxText/len(para) + 1, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := &model.Article{Text: strings.Repeat(para, tt.n)}
			Analyze(a)
			if got := len(a.People) > 0; got != tt.analysed {
				t.Errorf("analysed = %v, want %v (%d bytes)", got, tt.analysed, len(a.Text))
			}
			if got := len(a.Warnings) == 0; got != tt.analysed {
				t.Errorf("warnings %q", a.Warnings)
			}
		})
	}
}
