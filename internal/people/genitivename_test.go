package people

import (
	"strings"
	"testing"
)

// TestGermanGenitiveName pins rule germanGenitiveName on invented German
// texts: a name with its genitive -s before the noun it owns is a
// mention of the person named in full, the noun no part of it, and a
// speaker phrase "Velms Kollege Jan Orth" is Jan Orth.
func TestGermanGenitiveName(t *testing.T) {
	text := "Die Autorin Jana Velm stellt ihr Buch vor. Jana Velms Roman erzählt von einer Stadt. Velms Werk wurde ausgezeichnet. „Wir sind zufrieden“, sagte Velms Kollege Jan Orth."
	d := AnalyzeLang(text, "de")
	var names []string
	for _, p := range d.People {
		names = append(names, p.Name)
	}
	if len(names) != 2 || !strings.HasSuffix(names[0], "Jana Velm") || names[1] != "Jan Orth" {
		t.Fatalf("people %q, want Jana Velm and Jan Orth", names)
	}
	s := strings.Index(text, "Velms Kollege")
	if r, ok := d.Resolve(s, len(text)-1); !ok || r.Name != "Jan Orth" {
		t.Errorf("Resolve(%q) = %+v, %v; want Jan Orth", text[s:len(text)-1], r, ok)
	}
	// A surname in -s that is itself a full name's last word ("Anna
	// Velms" beside "Jan Velm") is no genitive.
	names = nil
	for _, p := range AnalyzeLang("Die Ärztin Anna Velms und der Lehrer Jan Velm sprachen. Anna Velms sagte, die Lage sei ernst.", "de").People {
		names = append(names, p.Name)
	}
	if len(names) != 2 || names[0] != "Anna Velms" || names[1] != "Jan Velm" {
		t.Errorf("people %q, want Anna Velms and Jan Velm", names)
	}
}
