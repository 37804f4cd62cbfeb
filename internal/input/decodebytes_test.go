package input

import (
	"reflect"
	"testing"
)

// TestDecodeBytes: DecodeBytes hands on the input's own bytes exactly
// when they are the text Decode returns, and returns Decode's result
// otherwise (a legacy charset, invalid bytes, a double-encoded text).
func TestDecodeBytes(t *testing.T) {
	tests := []struct {
		name, page, contentType string
		raw                     bool
	}{
		{"ASCII page", `<html><head><title>Ferry fares</title></head><body><p>The council met.</p></body></html>`, "", true},
		{"UTF-8 declared", `<meta charset="utf-8"><p>Le conseil s'est réuni à Brest.</p>`, "", true},
		{"UTF-8 from the header", `<p>Der Rat tagte in Kiel.</p>`, "text/html; charset=utf-8", true},
		{"legacy bytes declared UTF-8", "<meta charset=\"utf-8\"><p>Le caf\xe9 du port, l'\xe9t\xe9 dernier, \xe0 l'aube.</p>", "", false},
		{"windows-1252 declared", "<meta charset=\"windows-1252\"><p>Caf\xe9 cr\xe8me</p>", "", false},
		{"double-encoded", `<meta charset="utf-8"><p>The mayorâ€™s plan â€” a â€œtestâ€</p>`, "", false},
		{"French with â and Â", `<meta charset="utf-8"><p>Âge d'or: un dîner à deux, le pâté.</p>`, "", true},
		{"one double-encoded run is left as written", `<meta charset="utf-8"><p>It shows as cafÃ© on old sites.</p>`, "", true},
		{"byte-order mark", "\xef\xbb\xbf<p>Port news</p>", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte(tt.page)
			want := Decode(data, tt.contentType, true)
			got, raw := DecodeBytes(data, tt.contentType, true)
			if (raw != nil) != tt.raw {
				t.Fatalf("raw = %q, want raw %v", raw, tt.raw)
			}
			if raw != nil {
				if string(raw) != want.Text || got.Text != "" {
					t.Errorf("raw %q, Text %q; Decode's text %q", raw, got.Text, want.Text)
				}
				got.Text = want.Text
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("DecodeBytes = %+v, want Decode's %+v", got, want)
			}
		})
	}
}

// TestMojibakeIn: mojibakeIn on bytes answers as repairMojibake does on
// the same text, on the repair cases and on texts cut anywhere in a run.
func TestMojibakeIn(t *testing.T) {
	texts := []string{
		"plain", "caf\u00e9 cr\u00e8me", "\u00c2ge d'or", "d\u00e2ner \u00e0 deux",
		"Investor\u00e2\u20ac\u2122s guide \u00e2\u20ac\u201d a plan",
		"caf\u00c3\u00a9 \u00c3\u00a0 la cr\u00c3\u00a8me",
		"it\u00e2\u0080\u0099s \u00e2\u0080\u0094 tools",
		"one \u00c3\u00a9 only", "ends in \xc3",
	}
	for _, text := range texts {
		for cut := 0; cut <= len(text); cut++ {
			s := text[:cut]
			_, want := repairMojibake(s)
			if got := mojibakeIn([]byte(s)); got != want {
				t.Errorf("mojibakeIn(%q) = %v, repairMojibake repairs: %v", s, got, want)
			}
		}
	}
}
