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

// TestNordicPubLabels pins rule dateNordicPubLabels: Swedish, Norwegian,
// Danish and Finnish bylines that give the update before the
// publication date the page by the publication.
func TestNordicPubLabels(t *testing.T) {
	body := `<p>Färjan mellan Aldmunde och öarna går två gånger om dagen från nästa vecka, meddelade rederiet på fredagen efter månader av klagomål.</p>
<p>Öborna har länge bett om en kvällstur.</p></article></body></html>`
	for _, tc := range []struct{ lang, byline string }{
		{"sv", `<p class="byline">Av Ivo Marchetti. Uppdaterad 15 mars 2026. Publicerad 14 mars 2026</p>`},
		{"nb", `<p class="byline">Av Ivo Marchetti. Oppdatert 15. mars 2026. Publisert 14. mars 2026</p>`},
		{"da", `<p class="byline">Af Ivo Marchetti. Opdateret 15. marts 2026. Publiceret 14. marts 2026</p>`},
		{"fi", `<p class="byline">Ivo Marchetti. Päivitetty 15.3.2026. Julkaistu 14.3.2026</p>`},
	} {
		page := `<html lang="` + tc.lang + `"><head><title>Färjan | Aldmunde Tidning</title></head><body><article><h1>Färjan går två gånger om dagen</h1>` +
			tc.byline + body
		m := Extract(parse(t, page), "https://aldmunde-tidning.example/farjan", testNow)
		if m.Published == nil || dayOf(m.Published.Value) != "2026-03-14" {
			t.Errorf("%s: Published = %+v, want 2026-03-14", tc.lang, m.Published)
		}
	}
}

// TestChangedLabels pins rule dateChangedLabels: a French, German or
// Dutch byline that says when the page was changed gives the modified
// date, the publication staying the published one.
func TestChangedLabels(t *testing.T) {
	body := `<p>Le bac entre Aldmont et les îles passera deux fois par jour dès la semaine prochaine, a annoncé vendredi la compagnie après des mois de plaintes.</p>
<p>Les habitants réclamaient une traversée du soir.</p></article></body></html>`
	for _, tc := range []struct{ lang, byline string }{
		{"fr", `<p class="byline">Par Ivo Marchetti, publié le 14/03/2026 à 10h12, modifié le 15/03/2026 à 08h00</p>`},
		{"de", `<p class="byline">Von Ivo Marchetti, veröffentlicht am 14.03.2026, geändert am 15.03.2026</p>`},
		{"nl", `<p class="byline">Door Ivo Marchetti, gepubliceerd 14-03-2026, gewijzigd 15-03-2026</p>`},
	} {
		page := `<html lang="` + tc.lang + `"><head><title>Le bac | Courrier d'Aldmont</title></head><body><article><h1>Le bac passera deux fois par jour</h1>` +
			tc.byline + body
		m := Extract(parse(t, page), "https://courrier-aldmont.example/bac", testNow)
		if m.Published == nil || dayOf(m.Published.Value) != "2026-03-14" {
			t.Errorf("%s: Published = %+v, want 2026-03-14", tc.lang, m.Published)
		}
		if m.Modified == nil || dayOf(m.Modified.Value) != "2026-03-15" {
			t.Errorf("%s: Modified = %+v, want 2026-03-15", tc.lang, m.Modified)
		}
	}
}
