package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestAgenciesBothStages: rule agenciesBothStages (package lexicon) lets a
// source line credit the Latin American, Swiss, Baltic and Greek agencies
// bylines already cut; a sentence opening with one stays.
func TestAgenciesBothStages(t *testing.T) {
	for _, tt := range []struct{ in, kind string }{
		{"Fuente: Télam", model.RemovedByline},
		{"Fuente: Notimex y EFE", model.RemovedByline},
		{"Fuente: Prensa Latina", model.RemovedByline},
		{"Fonte: ATS", model.RemovedByline},
		{"Source: LETA", model.RemovedByline},
		{"Fuente: Télam informó que el puerto sigue cerrado", ""},
	} {
		kind, _, ok := Classify(tt.in)
		if ok != (tt.kind != "") || kind != tt.kind {
			t.Errorf("Classify(%q) = %q, %v; want %q", tt.in, kind, ok, tt.kind)
		}
	}
}

// TestAgencyCreditSameAgencies: rule agency-credit-same-agencies reads a
// photographer's credit ending in an agency that rule image-credit-agency
// removes alone; a sentence with a slash stays.
func TestAgencyCreditSameAgencies(t *testing.T) {
	for _, tt := range []struct{ in, kind string }{
		{"Mireia Solsona/EFE", model.RemovedImageCredit},
		{"Federica Lunardi / ANSA", model.RemovedImageCredit},
		{"Tomás Rey/Pexels", model.RemovedImageCredit},
		{"El puerto cerró y/o suspendió las salidas según EFE", ""},
	} {
		kind, _, ok := Classify(tt.in)
		if ok != (tt.kind != "") || kind != tt.kind {
			t.Errorf("Classify(%q) = %q, %v; want %q", tt.in, kind, ok, tt.kind)
		}
	}
}
