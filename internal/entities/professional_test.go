package entities

import "testing"

// TestProfessionalBody checks rule professionalBody: a College or an
// Academy of practitioners, of sciences, or a Royal or national College
// of a field of care is an organisation; a college of law or of music
// stays a place of education. Text invented.
func TestProfessionalBody(t *testing.T) {
	text := "The Royal College of Nursing and the College of Dental Hygienists backed the strike, " +
		"as did the Royal Norwegian Academy of Sciences. Students at Lakeview College of Law " +
		"and the Royal College of Music were not affected, nor were those of Lakeview College of Nursing."
	orgs, _ := Find(text, Options{Lang: "en"})
	want := map[string]string{
		"Royal College of Nursing":            "organisation",
		"College of Dental Hygienists":        "organisation",
		"Royal Norwegian Academy of Sciences": "organisation",
		"Lakeview College of Law":             "education",
		"Royal College of Music":              "education",
		"Lakeview College of Nursing":         "education",
	}
	got := map[string]string{}
	for _, e := range orgs {
		got[e.Name] = e.Type
	}
	for name, typ := range want {
		if got[name] != typ {
			t.Errorf("%s: type %q, want %q (all: %v)", name, got[name], typ, got)
		}
	}
}
