package people

import "testing"

// TestMoreSpecialists pins rule moreSpecialists on invented texts.
func TestMoreSpecialists(t *testing.T) {
	tests := []struct{ text, name, role string }{
		{"Ana Bellow, a herpetologist at the museum, disagreed.", "Ana Bellow", "herpetologist at the museum"},
		{"Owen Tarrant, a pulmonologist at the clinic, said the cases were rising.", "Owen Tarrant", "pulmonologist at the clinic"},
	}
	for _, tt := range tests {
		wantRole(t, "en", tt.text, tt.name, tt.role)
	}
}
