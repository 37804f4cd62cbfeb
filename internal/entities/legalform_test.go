package entities

import (
	"slices"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// sortedNames is the names of es, sorted.
func sortedNames(es []model.Entity) []string {
	names := entityNames(es)
	slices.Sort(names)
	return names
}

// TestGermanLegalForm pins rules germanLegalForm, firmNounBeforeName and
// legalFormCloses on invented German sentences: a legal form closes a
// company's name, a noun for a company before it is no part of it, and
// two firms named one after the other are two.
func TestGermanLegalForm(t *testing.T) {
	text := "Ein Manager der Firma Velmo Logistik AG wurde verurteilt. Das Tochterunternehmen Narvik Bau GmbH schweigt. Zu den Partnern zählen Velmo Wind AG Norda SE und andere. Die Prise Salz fehlt."
	orgs, _ := Find(text, Options{Lang: "de"})
	on := sortedNames(orgs)
	want := []string{"Narvik Bau GmbH", "Norda SE", "Velmo Logistik AG", "Velmo Wind AG"}
	if !slices.Equal(on, want) {
		t.Errorf("organisations %q, want %q", on, want)
	}
}
