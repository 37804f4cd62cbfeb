package boilerplate

import (
	"strings"
	"testing"
)

// FuzzSplitGlued: Classify and the glued splitters never panic, and a split
// loses no text: head and rest (body and tail) put together give the input
// back, up to the spaces trimmed at the cut.
func FuzzSplitGlued(f *testing.F) {
	for _, s := range []string{
		"Support the Harbour Herald and go ad-freeWe rely on our readers.",
		"Support us and go ad-free“We need you here,” she said.",
		"AdvertisementThe prime minister accepted.",
		"It is losing.Featured image via Jane Roe/Flickr.",
		"© 2024 Example", "«", "“", "Posted in Gear", "Reporting by A; Editing by B",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		Classify(s)
		if head, rest, _, _, ok := SplitGlued(s); ok {
			if strings.ReplaceAll(head+rest, " ", "") != strings.ReplaceAll(s, " ", "") {
				t.Errorf("SplitGlued(%q) = %q + %q", s, head, rest)
			}
		}
		if body, tail, _, _, ok := SplitGluedTail(s); ok {
			if strings.ReplaceAll(body+tail, " ", "") != strings.ReplaceAll(s, " ", "") {
				t.Errorf("SplitGluedTail(%q) = %q + %q", s, body, tail)
			}
		}
	})
}
