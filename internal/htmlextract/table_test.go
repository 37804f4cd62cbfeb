package htmlextract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/lede-news/lede/internal/model"
)

// TestEmitTable: a data table is one block whose Rows hold each cell's
// folded text (the caption a first row, all-empty rows left out) and whose Text is the rows a line each, the cells parted by
// tabs; the cells are substrings of the Text.
func TestEmitTable(t *testing.T) {
	prose := strings.Repeat("<p>The orchard survey counted every tree along the southern wall before the frost came in.</p>", 3)
	table := `<table><caption> Trees  by row </caption>
<thead><tr><th>Row</th><th>Kind</th><th>Count</th></tr></thead>
<tbody>
<tr><td>North</td><td>pear <b>and</b>
  quince</td><td>12</td></tr>
<tr><td></td><td> </td><td></td></tr>
<tr><td>South</td><td>late</td><td><p>7</p><p>old</p></td></tr>
<tr></tr>
<tr><td>West</td><td></td><td>3</td></tr>
</tbody></table>`
	a, err := Extract(`<html><body><article>`+prose+table+`</article></body></html>`, Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	var got *model.Block
	for i := range a.Body {
		if a.Body[i].Kind == model.KindTable {
			got = &a.Body[i]
		}
	}
	if got == nil {
		t.Fatalf("no table block in %+v", a.Body)
	}
	wantRows := [][]string{{"Trees by row"}, {"Row", "Kind", "Count"}, {"North", "pear and quince", "12"}, {"South", "late", "7 old"}, {"West", "", "3"}}
	wantText := "Trees by row\nRow\tKind\tCount\nNorth\tpear and quince\t12\nSouth\tlate\t7 old\nWest\t\t3"
	if diff := cmp.Diff(wantRows, got.Rows); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	if got.Text != wantText {
		t.Errorf("text = %q, want %q", got.Text, wantText)
	}
	for _, r := range got.Rows {
		for _, c := range r {
			if c != "" && !strings.Contains(got.Text, c) {
				t.Errorf("cell %q not in the text", c)
			}
		}
		if cap(r) != len(r) {
			t.Errorf("row %q has capacity %d: an append would write into the next row", r, cap(r))
		}
	}
}
