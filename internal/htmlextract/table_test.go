package htmlextract

import (
	"fmt"
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

// TestLayoutTable: a table that lays out the page (a cell holding more
// than layoutCellMax of prose, or a table inside it) is no data table:
// its prose comes out as paragraphs, in no table block (rule
// isDataTable; fails with every table taken for data, checked).
func TestLayoutTable(t *testing.T) {
	var paras []string
	for i := range 14 {
		paras = append(paras, fmt.Sprintf("<p>The lantern makers of valley %d gather each spring to trade wicks, glass and stories of the winter roads they crossed.</p>", i))
	}
	for _, tc := range []struct{ name, page string }{
		{"long cell", strings.Join(paras[:7], "") + `<table><tr><td>Notes</td><td>` + strings.Join(paras[7:], "") + `</td></tr></table>`},
		{"nested table", strings.Join(paras[:7], "") + `<table><tr><td><table><tr><td>Notes</td></tr></table></td><td>` +
			strings.Join(paras[7:10], "") + `</td></tr><tr><td></td><td>` + strings.Join(paras[10:], "") + `</td></tr></table>`},
	} {
		a, err := Extract(`<html><body><article>`+tc.page+`</article></body></html>`, Options{Now: testNow})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, b := range a.Body {
			if b.Kind == model.KindTable && strings.Contains(b.Text, "lantern") {
				t.Errorf("%s: the prose is in a table block: %.80q", tc.name, b.Text)
			}
			if b.Kind == model.KindParagraph {
				n++
			}
		}
		if n < len(paras) {
			t.Errorf("%s: %d paragraphs, want %d: %+v", tc.name, n, len(paras), a.Body)
		}
	}
}
