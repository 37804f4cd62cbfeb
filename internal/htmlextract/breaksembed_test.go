package htmlextract

import "testing"

// TestParagraphBreaksEmbed covers rule "paragraph-breaks" with an embed:
// a video placed after a paragraph split into pieces stays after its
// last piece.
func TestParagraphBreaksEmbed(t *testing.T) {
	page := `<html><head><title>Valley Gazette - Mill to close after 80 years</title></head><body><table><tr><td>
<p>The Harlow paper mill, which has employed families in the valley since 1923, will shut its gates in late June, its owners announced on Tuesday.<br><br>
About 340 workers will lose their jobs. The company blamed rising energy costs and falling demand for newsprint.<br><br>
Union leaders said they would ask the state for help retraining workers, and that a meeting was planned for Friday.</p>
<iframe src="https://www.youtube.com/embed/abcDEF12345"></iframe>
<p>The mill's owners said they would keep a small office open in the town to handle pensions and the sale of the site.</p>
</td></tr></table></body></html>`
	a := mustExtract(t, page)
	if len(a.Body) != 4 || len(a.Embeds) != 1 || a.Embeds[0].Position != 3 {
		t.Errorf("%d blocks, embeds %+v:\n%q", len(a.Body), a.Embeds, a.Text)
	}
}
