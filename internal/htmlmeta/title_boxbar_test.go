package htmlmeta

import "testing"

// TestBoxBar pins rule titleBoxBar on invented pages: a <title> that
// closes with the site behind the box-drawing bar, with or without
// spaces, loses the site as it would behind "|".
func TestBoxBar(t *testing.T) {
	const url = "https://quillontours.example/walks/harbour"
	for _, title := range []string{"Harbour walks at dawn│Quillon Tours", "Harbour walks at dawn │ Quillon Tours"} {
		page := `<html lang="en"><head><title>` + title + `</title><meta property="og:site_name" content="Quillon Tours"></head><body><div><p>` + tramText + `</p></div></body></html>`
		if got, want := Extract(parse(t, page), url, testNow).Title, "Harbour walks at dawn"; got != want {
			t.Errorf("%q: title = %q, want %q", title, got, want)
		}
	}
}

// TestSiteAccents pins rule titleSiteAccents on an invented page: the
// site's name written with its accent in the <title> is the host that
// spells it without, and goes.
func TestSiteAccents(t *testing.T) {
	const url = "https://cafequillon.example/menu/winter"
	for _, title := range []string{"Winter menu for the harbour - Café Quillon", "Winter menu for the harbour│Café Quillon"} {
		page := `<html lang="en"><head><title>` + title + `</title></head><body><div><p>` + tramText + `</p></div></body></html>`
		if got, want := Extract(parse(t, page), url, testNow).Title, "Winter menu for the harbour"; got != want {
			t.Errorf("%q: title = %q, want %q", title, got, want)
		}
	}
}
