package entities

import "testing"

// TestGermanStrongName: rule germanStrongAdjective gives a German name's
// opening adjectives the strong form of the head's gender. Names invented.
func TestGermanStrongName(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Orvanische Landesamt", "Orvanisches Landesamt"},
		{"Velmarische Rundfunk", "Velmarischer Rundfunk"},
		{"Orvanische Instituts für Moorkunde", "Orvanisches Institut für Moorkunde"},
		{"Velmarische Rote Kreuz", "Velmarisches Rotes Kreuz"},
		{"Orvanische Kommission", "Orvanische Kommission"},       // feminine
		{"Velmarische Windkraft AG", "Velmarische Windkraft AG"}, // no head of known gender
		{"Landesamt für Moorkunde", "Landesamt für Moorkunde"},   // no adjective
		{"Orvanisches Landesamt", "Orvanisches Landesamt"},       // strong already
	}
	for _, c := range cases {
		if got := germanStrongName(c.in); got != c.want {
			t.Errorf("germanStrongName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// Through Find: a German text names the body after "des".
	orgs, _ := Find("Ein Sprecher des Orvanischen Landesamts bestätigte den Bericht.", Options{Lang: "de"})
	if len(orgs) != 1 || orgs[0].Name != "Orvanisches Landesamt" {
		t.Errorf("organisations %v, want [Orvanisches Landesamt]", orgs)
	}
}
