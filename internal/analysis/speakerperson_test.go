package analysis

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestSpeakerPerson covers rule speakerPerson: a quote's speaker that the
// people rules read as a full name is a person, though nothing else
// attested the name. Names invented.
func TestSpeakerPerson(t *testing.T) {
	a := &model.Article{Language: "en", Text: "Readers wrote to us about the harbour this week.\n\n" +
		"“The ferry is late again and nobody tells us why.” ― Carla Velling\n\n" +
		"“We pay more every year for less.” ― Tomasz Quell\n"}
	Analyze(a)
	got := map[string]bool{}
	for _, p := range a.People {
		got[p.Name] = true
	}
	for _, q := range a.Quotes {
		if q.Speaker != "" && !got[q.Speaker] {
			t.Errorf("speaker %q not among people %v", q.Speaker, a.People)
		}
	}
	if !got["Carla Velling"] || !got["Tomasz Quell"] {
		t.Errorf("people %v, want Carla Velling and Tomasz Quell", a.People)
	}
}

// TestSpeakerFullName: the speaker's words as rule speakerPerson takes them.
func TestSpeakerFullName(t *testing.T) {
	for s, want := range map[string]bool{
		"Carla Velling": true, "Ada McVeigh": true, "Eva-Lotta Quell": true,
		"Carla": false, "Carla Maria Velling": false, "CARLA VELLING": false,
		"Carla VellingShare": false, "L'Ora Velling": false, "Carla Velling2": false,
	} {
		if got := speakerFullName(s); got != want {
			t.Errorf("speakerFullName(%q) = %v, want %v", s, got, want)
		}
	}
}
