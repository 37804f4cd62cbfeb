package people

import "testing"

// TestBareRoleOfRun covers rule bareRoleOfRun: a bare German role noun,
// "von" and a firm of two words is no nobleman; a title before a one-word
// or "von der" surname still is. Names invented.
func TestBareRoleOfRun(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Laut Sprecher von Velmar Logistik ist der Schaden gering.", "von Velmar Logistik", false},
		{"Bundespräsident von Velmsee sagte, die Stadt werde vermitteln.", "von Velmsee", true},
		{"Ministerin von der Velmen sagte am Montag, man bleibe dabei.", "von der Velmen", true},
	}
	for _, tt := range tests {
		if found := personFound(tt.text, "de", tt.name); found != tt.want {
			t.Errorf("%q: %q found %v, want %v", tt.text, tt.name, found, tt.want)
		}
	}
}
