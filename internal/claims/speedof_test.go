package claims

import "testing"

// TestSpeedOf checks rule speedOf on invented sentences: a speed after "of"
// and a noun of speed is a claim in its unit; a size after "of" and
// another noun ("a lens of 35mm") is left.
func TestSpeedOf(t *testing.T) {
	tests := []struct {
		text, unit string
		value      float64
	}{
		{"Storm Velda brought gusts of 95mph to the Orrin coast.", "mph", 95},
		{"Winds of up to 110km/h hit Tarvin overnight.", "km/h", 110},
		{"The Brisk Line trains reach a top speed of 125mph.", "mph", 125},
	}
	for _, tt := range tests {
		cs := Extract(tt.text, Options{})
		if len(cs) != 1 || cs[0].Unit != tt.unit || cs[0].Value == nil || *cs[0].Value != tt.value {
			t.Errorf("%q: got %+v, want one claim of %v %s", tt.text, cs, tt.value, tt.unit)
		}
	}
	if cs := Extract("The Velmar camera takes a lens of 35mm.", Options{}); len(cs) != 0 {
		t.Errorf("a lens's size: got %+v, want no claim", cs)
	}
}
