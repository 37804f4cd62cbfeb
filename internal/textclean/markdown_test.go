package textclean

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/lede-news/lede/internal/model"
)

func TestMdInline(t *testing.T) {
	tests := map[string]string{
		"**By Ana Ruiz**":                                                  "By Ana Ruiz",
		"*Pickets at the gate. Photo: Ana Ruiz*":                           "Pickets at the gate. Photo: Ana Ruiz",
		"**Read more:** [Port posts record profits](https://ex.com/a)":     "Read more: Port posts record profits",
		"[https://twitter.com/a/status/1](https://twitter.com/a/status/1)": "https://twitter.com/a/status/1",
		"See ![chart](https://ex.com/c.png) below.":                        "See  below.",
		"Required fields are marked *":                                     "Required fields are marked *",
		"[unclosed link](https://ex.com":                                   "[unclosed link](https://ex.com",
		"a [[nested]](x) b":                                                "a [nested] b",
	}
	for in, want := range tests {
		if got := mdInline(in); got != want {
			t.Errorf("mdInline(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestUnmarkdownEmptyLines: a line or a list item that unmarkdowning
// leaves empty ("[]()", "****", "- []()") is no block; "- []()" made a
// paragraph "-".
func TestUnmarkdownEmptyLines(t *testing.T) {
	text := "Harbour reopens\n\nThe harbour reopened, said [the council](https://ex.com/c).\n\n- Ferries run\n- []()\n- Buses run\n\n****\n\nThe quay stays shut."
	a, err := Extract(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range a.Body {
		got = append(got, string(b.Kind)+": "+b.Text)
	}
	want := []string{"paragraph: The harbour reopened, said the council.", "list_item: Ferries run", "list_item: Buses run", "paragraph: The quay stays shut."}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("blocks (-want +got):\n%s", d)
	}
}

// TestDropEmptyLines: a block of several lines (an embedded post kept
// whole) loses the lines unmarkdowning emptied, wherever they are.
func TestDropEmptyLines(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The quay stays shut.", "The quay stays shut."},
		{"Ferries run\nBuses run", "Ferries run\nBuses run"},
		{"Ferries run\n\nBuses run", "Ferries run\nBuses run"},
		{"\nFerries run\n\n\nBuses run\n", "Ferries run\nBuses run"},
	} {
		if got := dropEmptyLines(tc.in); got != tc.want {
			t.Errorf("dropEmptyLines(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestMdImage(t *testing.T) {
	tests := []struct {
		in   string
		want model.Image
		ok   bool
	}{
		{"![Pickets at the gate](https://ex.com/p.jpg)", model.Image{URL: "https://ex.com/p.jpg", Caption: "Pickets at the gate"}, true},
		{`![](https://ex.com/p.jpg "A title")`, model.Image{URL: "https://ex.com/p.jpg"}, true},
		{"[![Map](https://ex.com/m.png)](https://ex.com/map)", model.Image{URL: "https://ex.com/m.png", Caption: "Map"}, true},
		{"Text with ![x](y) inside", model.Image{}, false},
	}
	for _, tt := range tests {
		got, ok := mdImage(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("mdImage(%q) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// FuzzMarkdown: the markdown rules never panic and never grow a line.
func FuzzMarkdown(f *testing.F) {
	for _, s := range []string{"**By Ana Ruiz**", "[a](b) [c](d", "![x](y)", "[![x](y)](z)", "[[", "](", "*", "__a__"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if out := mdInline(s); len(out) > len(s) {
			t.Errorf("mdInline(%q) = %q: longer", s, out)
		}
		mdImage(s)
		a := &model.Article{}
		unmarkdownLines(a, []string{s, s})
	})
}
