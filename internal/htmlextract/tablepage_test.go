package htmlextract

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// tableLaidPage is an old page laid out in table cells and <font> runs:
// headline, byline and date as the first lines of the text's cell, the
// paragraphs parted by <br><br>, a rights line at the foot.
const tableLaidPage = `<html><head><title>Valley Gazette - Mill to close after 80 years</title></head>
<body bgcolor="#ffffff"><table width="760" border="0">
<tr><td colspan="2"><img src="/img/logo.gif" alt="Valley Gazette"></td></tr>
<tr><td width="150" valign="top"><a href="/">Front page</a><br><a href="/local">Local</a><br><a href="/sport">Sport</a><br><a href="/letters">Letters</a></td>
<td width="610" valign="top">
<font face="Arial" size="4"><b>Mill to close after 80 years</b></font><br>
<font size="2"><b>By Ellen Marsh, Staff Writer</b><br>March 4, 2003</font><br><br>
<font face="Arial" size="2">The Harlow paper mill, which has employed families in the valley since 1923, will shut its gates in late June, its owners announced on Tuesday.<br><br>
About 340 workers will lose their jobs. The company blamed rising energy costs and falling demand for newsprint.<br><br>
"This is a sad day for everyone who has worked here," said plant manager Owen Tate, who joined the mill in 1979.<br><br>
Union leaders said they would ask the state for help retraining workers.</font>
<br><br><font size="1">Copyright 2003 Valley Gazette. All rights reserved.</font>
</td></tr></table></body></html>`

// TestLeadLines covers rule "lead-lines" (the headline, byline and date
// opening the first paragraph go, and the title is the headline part of
// "Site - Headline") and rule "paragraph-breaks" (blank lines part
// blocks; a rights line ending the body goes).
func TestLeadLines(t *testing.T) {
	a := mustExtract(t, tableLaidPage)
	if a.Title != "Mill to close after 80 years" {
		t.Errorf("title = %q", a.Title)
	}
	want := []string{
		"The Harlow paper mill, which has employed families in the valley since 1923, will shut its gates in late June, its owners announced on Tuesday.",
		"About 340 workers will lose their jobs. The company blamed rising energy costs and falling demand for newsprint.",
		`"This is a sad day for everyone who has worked here," said plant manager Owen Tate, who joined the mill in 1979.`,
		"Union leaders said they would ask the state for help retraining workers.",
	}
	if len(a.Body) != len(want) {
		t.Fatalf("%d blocks, want %d:\n%q", len(a.Body), len(want), a.Text)
	}
	for i, b := range a.Body {
		if b.Text != want[i] {
			t.Errorf("block %d = %q, want %q", i, b.Text, want[i])
		}
	}
	// A first line that is the site's name, the shorter part of the
	// title, is no headline.
	x := &extractor{a: &model.Article{Title: "Valley Gazette - Mill to close after 80 years"}}
	if x.headlinePart("Valley Gazette") || !x.headlinePart("Mill to close after 80 years") {
		t.Errorf("headlinePart wrong")
	}
}
