package claims

import "testing"

// TestLangPartOfWhole checks rule langPartOfWhole: German "12 von 150
// Sitzen" counts the part, in the whole's scale; a part of a bare ten is
// a ratio; a rating ("3 von 3 Punkten") is left. Texts invented.
func TestLangPartOfWhole(t *testing.T) {
	tests := []langCase[float64]{
		{"de", "Die Velmar-Partei hält 12 von 150 Sitzen im Landtag.", []float64{12}},
		{"de", "In Orvanien leben 20 von 28 Millionen Menschen auf dem Land.", []float64{20e6}},
		{"de", "Laut Umfrage fahren 8 von 10 Pendlern mit dem Rad.", []float64{0.8}},
	}
	checkLang(t, tests, claimValue)
}

// TestGalleryCounter checks rule galleryCounter: a gallery's "Bild 4 von
// 12" is no claim; the figure after it in the caption is. Texts invented.
func TestGalleryCounter(t *testing.T) {
	tests := []langCase[float64]{
		{"de", "Bild schließen 4 von 12 Rühre 200 g Quark unter.", []float64{200}},
		{"de", "Foto 2 von 9 Der Hafen von Tarrow am Morgen.", nil},
	}
	checkLang(t, tests, claimValue)
}
