package people

import "testing"

// TestUnionistRoles pins rule unionistRoles on invented texts: a trade
// unionist or an activist before a name is the person's role.
func TestUnionistRoles(t *testing.T) {
	tests := []struct{ lang, text, name, role string }{
		{"es", "La sindicalista Marta Velasco anunció el lunes una huelga de tres días en el puerto.", "Marta Velasco", "sindicalista"},
		{"fr", "La syndicaliste Claire Dorval a annoncé lundi une grève de trois jours au port.", "Claire Dorval", "syndicaliste"},
		{"it", "Il sindacalista Paolo Venturi ha annunciato uno sciopero di tre giorni al porto.", "Paolo Venturi", "sindacalista"},
		{"pt", "A sindicalista Rita Fontoura anunciou uma greve de três dias no porto.", "Rita Fontoura", "sindicalista"},
	}
	for _, tt := range tests {
		wantRole(t, tt.lang, tt.text, tt.name, tt.role)
	}
}
