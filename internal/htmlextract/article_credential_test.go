package htmlextract

import "testing"

// TestCredentialBio: rule "author-bio" reads the bio of an author whom
// the bio calls "Dr." or follows with credentials, and the name line with
// credentials over it ("Mira Kowal, DVM" / "Veterinarian" / "Dr. Mira
// Kowal is ..."); a closing sentence on someone else stays.
func TestCredentialBio(t *testing.T) {
	page := func(text string) string {
		return `<html><head><meta name="author" content="Mira Kowal"></head><body><main><article><h1>How often a young ferret needs a vet visit</h1>` +
			points(10) + text + `</article></main></body></html>`
	}
	for _, tc := range []struct {
		name, page, needle string
		want               bool // the line stays
	}{
		{"honorific", page(`<p>Mira Kowal, DVM</p><p>Veterinarian</p><p>Dr. Mira Kowal is a 2015 graduate of the valley college of veterinary medicine.</p>`), "2015 graduate", false},
		{"name line", page(`<p>Mira Kowal, DVM</p><p>Veterinarian</p><p>Dr. Mira Kowal is a 2015 graduate of the valley college of veterinary medicine.</p>`), "Mira Kowal, DVM", false},
		{"credentials", page(`<p>Mira Kowal, MD*</p><p>Mira Kowal, MD, PhD, is a paediatrician at the harbour clinic and writes on sleep.</p>`), "harbour clinic", false},
		{"credentials' name line", page(`<p>Mira Kowal, MD*</p><p>Mira Kowal, MD, PhD, is a paediatrician at the harbour clinic and writes on sleep.</p>`), "Mira Kowal, MD", false},
		{"someone else", page(`<p>Dr. Anton Weiss is a paediatrician at the harbour clinic who saw the first cases.</p>`), "saw the first cases", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtract(t, tc.page)
			checkKept(t, a, tc.needle, tc.name, tc.want)
			checkKept(t, a, "Point 9", "text", true)
		})
	}
}

// TestCredentialName is a table test of credentialName.
func TestCredentialName(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Mira Kowal", true},
		{"Mira Kowal, DVM", true},
		{"Mira Kowal, MD*", true},
		{"Mira Kowal, M.D., PhD", true},
		{"Mira Kowal, Veterinarian", false}, // a job title, a line of its own
		{"Mira Kowal, who treats puppies", false},
		{"Mira Kowalska", false},
	} {
		if got := credentialName(tc.in, "Mira Kowal"); got != tc.want {
			t.Errorf("credentialName(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
