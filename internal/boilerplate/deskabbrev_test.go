package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestSourceDeskAbbreviation: rule source-desk-abbreviation reads the
// desk's "red" beside the agency in a source line or in brackets as part
// of the copy's credit; beside a statistics office it names no agency and
// the line keeps its reading as before.
func TestSourceDeskAbbreviation(t *testing.T) {
	tests := []struct {
		in, kind, rule string
	}{
		{"Quelle: dpa/red", model.RemovedByline, "wire-credits"},
		{"(APA/red)", model.RemovedByline, "wire-credits"},
		{"(red/dpa)", model.RemovedByline, "wire-credits"},
		{"Quelle: Landesamt Marrach/red", model.RemovedImageCredit, "image-credit"},
	}
	checkRules(t, tests)
}
