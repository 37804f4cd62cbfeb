package entities

import "testing"

// TestStatisticsOffices: the national statistics offices of names.txt are
// organisations, the French one after an elided article too. Texts
// invented.
func TestStatisticsOffices(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		{"fr", "Selon l'Insee, les prix ont augmenté à Velmont.", "Insee"},
		{"it", "I dati dell'Istat mostrano un calo a Velmonte.", "Istat"},
		{"en", "Figures from Statistics Canada show rents rose in Port Aldis.", "Statistics Canada"},
	}
	for _, tt := range tests {
		orgs, _ := Find(tt.text, Options{Lang: tt.lang})
		found := false
		for _, e := range orgs {
			if e.Name == tt.want && e.Type == "government" {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: organisations %v, want %s (government)", tt.text, orgs, tt.want)
		}
	}
}
