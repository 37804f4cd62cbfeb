package htmlmeta

import "testing"

// TestUpdateLabelsStop pins rule dateUpdateLabelsStop: bylines in
// Brazilian Portuguese, Dutch, French and Polish that give the update
// before the publication date the page by the publication.
func TestUpdateLabelsStop(t *testing.T) {
	body := `<p>De veerdienst tussen Aldmond en de eilanden vaart vanaf volgende week twee keer per dag, meldde de rederij vrijdag na maanden van klachten.</p>
<p>Eilanders vroegen al sinds de winterdienst om een avondboot.</p></article></body></html>`
	for _, tc := range []struct{ lang, byline string }{
		{"pt-BR", `<p class="data">Atualizado em 15/03/2026 08h00. Publicado em 14/03/2026 10h12</p>`},
		{"nl", `<p class="byline">Door Ivo Marchetti · Bijgewerkt 15 maart 2026 · Gepubliceerd 14 maart 2026</p>`},
		{"fr", `<p class="byline">Par Ivo Marchetti, modifié le 15/03/2026, publié le 14/03/2026</p>`},
		{"pl", `<p class="byline">Ivo Marchetti, zaktualizowano 15.03.2026, opublikowano 14.03.2026</p>`},
	} {
		page := `<html lang="` + tc.lang + `"><head><title>Veerdienst | Aldmonder Bode</title></head><body><article><h1>Veerdienst vaart twee keer per dag</h1>` +
			tc.byline + body
		m := Extract(parse(t, page), "https://aldmonder-bode.example/veerdienst", testNow)
		if m.Published == nil || dayOf(m.Published.Value) != "2026-03-14" {
			t.Errorf("%s: Published = %+v, want 2026-03-14", tc.lang, m.Published)
		}
	}
}
