package claims

import (
	"slices"
	"testing"
)

// TestNextSentenceSource checks rule nextSentenceSource: a sentence with
// no figure that points back at the figures before it names their
// source when it publishes them or is the attribution itself; a name
// elsewhere in such a sentence, or after another sentence, is left, and a
// source the claims have is kept.
func TestNextSentenceSource(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Insurers expect claims of more than £100m. The figure was published by the Orrin Insurers Association on Monday.", []string{"Orrin Insurers Association"}},
		{"Rents in Carrow climbed 8% last year. That is according to the Brisk Homes Index.", []string{"Brisk Homes Index"}},
		{"Exports fell 4% in May and imports rose 2%. The data come from Velmar Statistics.", []string{"Velmar Statistics", "Velmar Statistics"}},
		{"Turnout was 67%, according to the Tarvin Electoral Commission. The figures were released by Brennock Data.", []string{"Tarvin Electoral Commission"}},
		{"Moss won Orrin by 60 points. These figures are no surprise, as Sen. Tarn has said.", []string{""}},
		{"Rents rose 8% last year. Tenants are angry. The figures were released by Brisk Homes.", []string{""}},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range Extract(tt.text, Options{}) {
			got = append(got, c.Source)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: sources %q, want %q", tt.text, got, tt.want)
		}
	}
}
