package entities

import "testing"

// TestDatelineDotDash covers rule datelineDotDash: a capitalised place, a
// full stop and a dash opening a line is a dateline; a full stop alone is
// not. Names invented.
func TestDatelineDotDash(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"MORVELA.- El pleno aprobó ayer las cuentas del año.", true},
		{"MORVELA. El pleno aprobó ayer las cuentas del año.", false},
	}
	for _, tt := range tests {
		_, places := Find(tt.text, Options{Lang: "es"})
		got := false
		for _, e := range places {
			got = got || e.Name == "Morvela"
		}
		if got != tt.want {
			t.Errorf("%q: Morvela found %v, want %v (%v)", tt.text, got, tt.want, places)
		}
	}
}
