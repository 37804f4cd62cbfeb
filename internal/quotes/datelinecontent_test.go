package quotes

import "testing"

// TestDatelineContent: reported speech read from the start of a paragraph
// opening with a wire dateline starts after the dateline (rule
// datelineContent).
// Invented sentences.
func TestDatelineContent(t *testing.T) {
	const body = "Ferry fares on the northern routes will rise by 5% from May, the operator said on Tuesday.\n\nThe last rise was in 2024."
	cases := []struct{ name, dateline string }{
		{"a place in capitals and an agency", "KIRKWALL (Wirepress) - "},
		{"a place, a date and an agency", "KIRKWALL, Scotland, Feb. 3 (Wirepress) — "},
		{"a place alone", "KIRKWALL — "},
		{"a place in small letters and an agency", "Kirkwall (Wirepress) – "},
		{"two hyphens", "ST. MARGARET'S HOPE (Wirepress) -- "},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkSpoken(t, "Fares up\n\n"+c.dateline+body, []spoken{{"Ferry fares on the northern routes will rise by 5% from May", "the operator", "the operator"}})
		})
	}
}
