package htmlmeta

import (
	"slices"
	"testing"
)

// TestLoginName pins rule authorLoginName: a CMS login in the author meta
// gives way to the byline's name when the login holds its surname or
// given name; a login holding neither stays. Invented pages.
func TestLoginName(t *testing.T) {
	for _, tt := range []struct {
		login string
		want  []string
	}{
		{"lmarsh", []string{"Lena Marsh"}},
		{"lenam2", []string{"Lena Marsh"}},
		{"webdesk", []string{"webdesk"}},
	} {
		page := `<html lang="en"><head><title>Ferry fares rise again</title><meta name="author" content="` + tt.login +
			`"></head><body><article><h1>Ferry fares rise again</h1><p class="byline">By Lena Marsh</p><p>` + tramText + `</p></article></body></html>`
		if got := Extract(parse(t, page), "", testNow).Authors; !slices.Equal(got, tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.login, got, tt.want)
		}
	}
}
