package people

import "testing"

// TestBalticGivenNames pins rule balticGivenNames: IsFirstName knows the
// common Estonian, Latvian and Lithuanian given names, the words left out
// of the list stay unknown, and a name opening with one is a person in a
// text of those languages with no other cue. Texts and names invented.
func TestBalticGivenNames(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"Tiit", true}, {"Kadri", true}, {"Jānis", true}, {"Andris", true}, {"Ilze", true},
		{"Tomas", true}, {"Rūta", true}, {"Mindaugas", true}, {"Eglė", true},
		{"Mart", false}, {"Santa", false}, {"Neringa", false}, {"Vida", false}, {"Velmets", false},
	} {
		if got := IsFirstName(tt.w); got != tt.want {
			t.Errorf("IsFirstName(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
	for _, tt := range []struct{ lang, text, name string }{
		{"et", "Eile avas Kadri Velmets uue raamatukogu.", "Kadri Velmets"},
		{"lv", "Vakar jauno bibliotēku atklāja Jānis Velmkalns.", "Jānis Velmkalns"},
		{"lt", "Vakar naują biblioteką atidarė Rūta Velmaitė.", "Rūta Velmaitė"},
	} {
		var names []string
		for _, p := range AnalyzeLang(tt.text, tt.lang).People {
			names = append(names, p.Name)
		}
		if len(names) != 1 || names[0] != tt.name {
			t.Errorf("%s %q: people %q, want [%s]", tt.lang, tt.text, names, tt.name)
		}
	}
}
