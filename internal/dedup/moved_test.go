package dedup

import (
	"slices"
	"testing"
)

// TestDiffMovedSentences: rule moved-sentences. A copy that broke its
// source's paragraphs elsewhere (one split in two, two joined) changed
// nothing; a sentence it really added and one it really cut in the same
// paragraphs are still listed.
func TestDiffMovedSentences(t *testing.T) {
	const title = "Ferry Marta runs aground off Kelby"
	src := "KELBY (Strait News) — The ferry Marta ran aground off Kelby on Sunday. All 212 passengers were taken off by lifeboats, the coastguard said. The ship was towed to port on Monday.\n\n" +
		"\"Nobody was hurt, and that is what matters,\" said coastguard officer Lise Dahl.\n\n" +
		"The operator said the route would reopen on Friday."
	moved := "KELBY (Strait News) — The ferry Marta ran aground off Kelby on Sunday. All 212 passengers were taken off by lifeboats, the coastguard said.\n\n" +
		"The ship was towed to port on Monday.\n\n" +
		"\"Nobody was hurt, and that is what matters,\" said coastguard officer Lise Dahl. The operator said the route would reopen on Friday."
	if ch := Diff(title, src, title, moved); !ch.Empty() {
		t.Errorf("paragraphs broken elsewhere: Diff = %+v, want verbatim", ch)
	}
	edited := "KELBY (Strait News) — The ferry Marta ran aground off Kelby on Sunday. All 212 passengers were taken off by lifeboats, the coastguard said.\n\n" +
		"The ship was towed to port on Monday. Divers found a gash in the hull.\n\n" +
		"\"Nobody was hurt, and that is what matters,\" said coastguard officer Lise Dahl."
	ch := Diff(title, src, title, edited)
	var added, cut []string
	for _, s := range ch.Sentences {
		if s.From == "" {
			added = append(added, s.To)
		}
		if s.To == "" {
			cut = append(cut, s.From)
		}
	}
	added = append(added, ch.Added...)
	cut = append(cut, ch.Removed...)
	if !slices.Equal(added, []string{"Divers found a gash in the hull."}) || !slices.Equal(cut, []string{"The operator said the route would reopen on Friday."}) {
		t.Errorf("added %q, cut %q; want the divers' sentence added and the operator's cut (%+v)", added, cut, ch)
	}
}

// TestMovedSentencesTitles: rule moved-sentences reads a title's point
// ("Mrs.") as no sentence end. A copy that kept the words before "Mrs."
// and reworded the rest cut the source's whole sentence, not its words
// after the title.
func TestMovedSentencesTitles(t *testing.T) {
	src := "KELBY (Strait News) — The ferry Marta ran aground off Kelby on Sunday, the coastguard said.\n\n" +
		"On her first visit to the port since the accident, Mrs. Holt toured the damaged quay with engineers.\n\n" +
		"The operator said the route would reopen on Friday."
	cp := "KELBY (Strait News) — The ferry Marta ran aground off Kelby on Sunday, the coastguard said. On her first visit to the port since the accident, Mrs. Holt met the crew.\n\n" +
		"The operator said the route would reopen on Friday."
	ch := Diff("Ferry runs aground", src, "Ferry runs aground", cp)
	want := []string{"On her first visit to the port since the accident, Mrs. Holt toured the damaged quay with engineers."}
	if !slices.Equal(ch.Removed, want) {
		t.Errorf("Removed = %q, want %q", ch.Removed, want)
	}
	for _, c := range []struct {
		p    string
		want []string
	}{
		{"Mr. Dahl spoke. Dr. Holt left.", []string{"Mr. Dahl spoke.", "Dr. Holt left."}},
		{"The pier is shut. It opens on Friday.", []string{"The pier is shut.", "It opens on Friday."}},
	} {
		if got := titledSentences(c.p); !slices.Equal(got, c.want) {
			t.Errorf("titledSentences(%q) = %q, want %q", c.p, got, c.want)
		}
	}
}
