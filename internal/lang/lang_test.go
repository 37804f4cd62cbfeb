package lang

import "testing"

func TestDetect(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"english", "The council voted on Wednesday to build new cycle lanes along the river, the largest change to the streets in a generation.", "en"},
		{"german", "Der Stadtrat hat am Mittwoch beschlossen, neue Radwege entlang des Flusses zu bauen, die größte Veränderung seit einer Generation.", "de"},
		{"french", "Le conseil municipal a voté mercredi la construction de nouvelles pistes cyclables le long de la rivière, le plus grand changement depuis une génération.", "fr"},
		{"polish", "Rada miasta zagłosowała w środę za budową nowych ścieżek rowerowych wzdłuż rzeki, to największa zmiana od pokolenia.", "pl"},
		{"chinese", "市议会周三投票决定沿河修建新的自行车道，这是一代人以来城市街道最大的变化。", "zh"},
		{"too short", "Hello", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.text); got != tt.want {
				t.Errorf("Detect(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	tests := map[string]string{"en-GB": "en", "EN_us": "en", "deu": "de", "fr": "fr", "": "", "x-klingon": ""}
	for in, want := range tests {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}
