package dedup

import (
	"slices"
	"testing"
)

// TestDiffUntitledCopy: rules untitled-copy and headline-in-body. A plain
// text saved with no headline, its extractor having left the headline
// line in the body, is a verbatim copy of the titled report: no headline
// changed to nothing, no headline paragraph added. Either way round (the
// untitled text as the source); a copy's real headline change and a
// paragraph it really added are still listed.
func TestDiffUntitledCopy(t *testing.T) {
	const title = "Ferry strands forty on Marrow Island"
	body := "MARROW ISLAND (Skerry Wire) — A ferry broke down off Marrow Island on Sunday, leaving forty passengers on the pier overnight, the operator said.\n\n" +
		"\"We slept on the benches,\" said passenger Oona Kettle.\n\nA relief boat is due on Monday."
	flat := title + "\n\n" + body
	for _, c := range []struct {
		name                               string
		srcTitle, srcText, cpTitle, cpText string
	}{
		{"untitled copy", title, body, "", flat},
		{"untitled source", "", flat, title, body},
	} {
		ch := Diff(c.srcTitle, c.srcText, c.cpTitle, c.cpText)
		if !ch.Empty() {
			t.Errorf("%s: Diff = %+v, want verbatim", c.name, ch)
		}
	}
	ch := Diff(title, body, "Forty stranded overnight on island pier", body+"\n\nSkerry Wire contributed to this report.")
	if ch.Headline == nil {
		t.Errorf("a new headline is not listed: %+v", ch)
	}
	if !slices.Equal(ch.Added, []string{"Skerry Wire contributed to this report."}) {
		t.Errorf("Added = %q, want the credit line", ch.Added)
	}
}
