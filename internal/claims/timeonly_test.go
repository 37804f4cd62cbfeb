package claims

import "testing"

// TestTimeOnlySubject is the table of rule timeOnlySubject: a subject
// that is a time adverbial alone goes; one with a noun stays.
func TestTimeOnlySubject(t *testing.T) {
	tests := []struct{ in, want string }{
		{"by 2031", ""},
		{"in March", ""},
		{"on March 4", ""},
		{"over the coming decade", ""},
		{"since last month", ""},
		{"turnout in March", "turnout in March"},
		{"in Corran", "in Corran"},
		{"in total", "in total"},
		{"year", "year"},
	}
	for _, tt := range tests {
		if got := timeOnlySubject(tt.in); got != tt.want {
			t.Errorf("timeOnlySubject(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTimeOnlySubjectExtract: a sum whose clause is only the sum and a
// date has no subject. Text invented.
func TestTimeOnlySubjectExtract(t *testing.T) {
	cs := Extract("Velmar Rail expects its freight revenue to grow.\n\n$41 million by 2031", Options{})
	if len(cs) != 1 || cs[0].Subject != "" {
		t.Errorf("claims %+v, want one claim with no subject", cs)
	}
}
