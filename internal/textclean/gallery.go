package textclean

import (
	"strings"
)

// isGalleryCounter is rule gallery-counter: the counter and label a photo
// gallery leaves in flattened text ("Image 1 of 23", "Photo 3 of / 12",
// "Caption"), with no picture to count.
func isGalleryCounter(s string) bool {
	if len(s) > maxGalleryCounter {
		return false
	}
	l := strings.ToLower(s)
	if l == "caption" {
		return true
	}
	f := strings.Fields(l)
	if len(f) == 5 && f[3] == "/" { // "image 1 of / 23"
		f = append(f[:3], f[4])
	}
	if len(f) != 4 || f[2] != "of" || !allDigitsWord(f[1]) || !allDigitsWord(f[3]) {
		return false
	}
	switch f[0] {
	case "image", "photo", "picture", "slide", "foto", "bild", "imagen":
		return true
	}
	return false
}

// maxGalleryCounter: "Picture 120 of / 150" is about twenty bytes.
const maxGalleryCounter = 30

func allDigitsWord(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
