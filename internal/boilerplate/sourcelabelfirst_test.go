package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestSourceLabelFirst: rule source-label-first reads a German or Polish
// source line naming only wire agencies as the copy's source, as the
// Italian one is; the same label before anything else (a statistics
// office, an outlet beside the agency, a picture agency) stays a credit.
func TestSourceLabelFirst(t *testing.T) {
	tests := []struct {
		in, kind, rule string
	}{
		{"Quelle: ATS", model.RemovedByline, "wire-credits"},
		{"Quelle: SDA und Reuters", model.RemovedByline, "wire-credits"},
		{"Źródło: PAP", model.RemovedByline, "wire-credits"},
		{"Fonte: ATS", model.RemovedByline, "wire-credits"},
		{"Quelle: Landesamt für Statistik Marrach", model.RemovedImageCredit, "image-credit"},
		{"Quelle: Seeblatt Lindau, dpa", model.RemovedImageCredit, "image-credit"},
		{"Źródło: Urząd Miasta Wolbrzyn", model.RemovedImageCredit, "image-credit"},
	}
	checkRules(t, tests)
}
