package htmlmeta

import (
	"slices"
	"testing"
)

// TestBioName pins rule authorBioName: a writer's box of plain elements,
// the name alone and then a biography opening with the name or its given
// name, names the author of a page that credits no one else when its
// given name is a known one or the biography speaks of a person; a team's
// cards, a product's box, a name whose next texts are no biography, and a
// name that is no person's give none. Invented pages.
func TestBioName(t *testing.T) {
	for _, tt := range []struct {
		box  string
		want []string
	}{
		{`<h3>Laura Tarrant</h3><p>Laura Tarrant is a travel writer based in Porto.</p>`, []string{"Laura Tarrant"}},
		{`<div><p>Laura Tarrant</p><h6>Sales Lead</h6><div><p>Laura has led the northern sales team since 2019.</p></div></div>`, []string{"Laura Tarrant"}},
		{`<h4>Laura Tarrant</h4><div class="spacer"></div><p>Laura Tarrant ist Reisejournalistin in Porto.</p>`, []string{"Laura Tarrant"}},
		// a given name no list knows, and a pronoun in the biography
		{`<h3>Quillon Tarrant</h3><p>Quillon Tarrant is the head of audio, where he builds the studio's tools.</p>`, []string{"Quillon Tarrant"}},
		// a team's cards: several people's boxes
		{`<h3>Laura Tarrant</h3><p>Laura is a partner of the firm.</p><h3>Oskar Lindqvist</h3><p>Oskar is a director of the firm.</p>`, nil},
		// a product's box
		{`<h3>Copper Kettle</h3><p>Copper Kettle is a tea room on the harbour front.</p>`, nil},
		// a name whose following texts are no biography
		{`<h3>Laura Tarrant</h3><p>Read more</p><p>Share this</p><p>Related</p><p>Laura Tarrant is a travel writer.</p>`, nil},
	} {
		if got := boxAuthors(t, tt.box); !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.box, got, tt.want)
		}
	}
}
