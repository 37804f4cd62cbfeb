package people

import "testing"

// TestGenerationLabel pins rule generationLabel: "Gen" with no full stop
// before a generation's name is no general's title; "Gen." before a
// surname still is. Invented text.
func TestGenerationLabel(t *testing.T) {
	for _, p := range Find("Survey of Velmar voters. Gen Zers rent longer than their parents did, and Gen Alpha grows up online.") {
		t.Errorf("person %q, want none", p.Name)
	}
	var found bool
	for _, p := range Find("The parade was led by Gen. Orlov of the harbour guard.") {
		found = found || p.Name == "Orlov"
	}
	if !found {
		t.Error("Gen. Orlov not found")
	}
}
