package people

import "testing"

// TestClientsOfRole pins rule clientsOfRole of Resolve: a role's holder
// "for" two coordinated names is neither of them, whether the first name
// is a known person or not; two names coordinated alone are still the pair.
// Invented text.
func TestClientsOfRole(t *testing.T) {
	const text = "Fraud case\n\nTom Reddan was charged. A lawyer for Ada Quell and Tom Reddan said they would appeal. " +
		"Ann Lowry and Tom Reddan said nothing."
	d := Analyze(text)
	if r, ok := resolveAt(t, d, text, "A lawyer for Ada Quell and Tom Reddan"); ok {
		t.Errorf("a lawyer for two clients: resolved %+v, want unresolved", r)
	}
	if r, ok := resolveAt(t, d, text, "Tom Reddan was"); !ok || r.Name != "Tom Reddan" {
		t.Errorf("Tom Reddan: resolved %+v (ok %v)", r, ok)
	}
	for _, c := range []struct{ before string }{{"a lawyer for Ada Quell and "}, {"the office of Ann Lowry and "}} {
		if !coordinatedAboutOther(c.before) {
			t.Errorf("coordinatedAboutOther(%q) = false, want true", c.before)
		}
	}
	for _, before := range []string{"Ada Quell and ", "a lawyer and ", "a friend of mine and ", "Ada Quell and Tom "} {
		if coordinatedAboutOther(before) {
			t.Errorf("coordinatedAboutOther(%q) = true, want false", before)
		}
	}
}
