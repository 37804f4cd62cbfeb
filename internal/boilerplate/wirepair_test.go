package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestAgencyCreditWirePair: rule agency-credit-wire-pair reads two wire
// agencies alone in brackets as the copy's credit, not a picture's; a
// person or a picture agency before the slash keeps the picture credit.
func TestAgencyCreditWirePair(t *testing.T) {
	tests := []struct {
		in, kind, rule string
	}{
		{"(AFP/Reuters)", model.RemovedByline, "wire-credits"},
		{"(ANSA/EFE)", model.RemovedByline, "wire-credits"},
		{"(ANP/Belga)", model.RemovedByline, "wire-credits"},
		{"(Orla Penhallow/AFP)", model.RemovedImageCredit, "image-credit"},
		{"(Getty Images/AFP)", model.RemovedImageCredit, "image-credit"},
		{"Orla Penhallow/Reuters", model.RemovedImageCredit, "image-credit"},
	}
	checkRules(t, tests)
}
