package textclean

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestAgencyLastLine: rule agency-last-line. A news agency alone in
// brackets after the last block credits the copy, not a picture; a
// photographer's credit there is still the lead picture's. Texts
// invented.
func TestAgencyLastLine(t *testing.T) {
	const story = "Hafen von Kervalen wird erweitert\n\nDer Hafen von Kervalen soll bis 2028 um zwei Liegeplätze wachsen, teilte die Stadt am Dienstag mit. Die Kosten liegen bei 40 Millionen Euro.\n\nDie Arbeiten beginnen im Frühjahr, sagte Bürgermeisterin Ilse Marrow.\n\n"
	for _, tail := range []string{"(dpa)", "(AFP)", "(Lusa)"} {
		a, err := Extract(story+tail+"\n", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Media.FeaturedImage != nil || len(a.Media.Images) > 0 {
			t.Errorf("%s: media %+v, want no picture", tail, a.Media)
		}
		found := false
		for _, r := range a.Removed {
			if r.Text == tail {
				found = r.Kind == model.RemovedByline
			}
		}
		if !found {
			t.Errorf("%s: removed %+v, want it as the copy's credit", tail, a.Removed)
		}
	}
	a, err := Extract(story+"Foto: Jana Velm/dpa\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Media.FeaturedImage == nil || a.Media.FeaturedImage.Credit != "Jana Velm/dpa" {
		t.Errorf("photographer's credit: featured image %+v", a.Media.FeaturedImage)
	}
}
