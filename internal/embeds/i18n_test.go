package embeds

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestMatchLocalised: rule embed-remnants-i18n reads the lines Instagram's
// and YouTube's embed code leave in Spanish, French, German, Portuguese and
// Italian, and leaves a prose sentence with the same words but no @handle
// alone. Fails with the localised entries removed.
func TestMatchLocalised(t *testing.T) {
	tests := []matchCase{
		{"instagram spanish", "Ver esta publicación en Instagram\nCamino a Montelargo #verano\nUna publicación compartida por Lina Ortúzar (@linaortuzar) el 3 Mar 2026 a las 10:15 PST", 3,
			model.Embed{Kind: "post", Platform: "instagram", Author: "Lina Ortúzar", Handle: "linaortuzar", Date: "2026-03-03", Text: "Camino a Montelargo #verano", Hashtags: []string{"verano"}}},
		{"instagram french", "Voir cette publication sur Instagram\nUne publication partagée par Café du Quai (@cafeduquai)", 2,
			model.Embed{Kind: "post", Platform: "instagram", Author: "Café du Quai", Handle: "cafeduquai"}},
		{"instagram german", "Diesen Beitrag auf Instagram ansehen\nEin Beitrag geteilt von @baeckerei.lindholm", 2,
			model.Embed{Kind: "post", Platform: "instagram", Handle: "baeckerei.lindholm"}},
		{"instagram portuguese caption line", "Uma publicação compartilhada por Rui Valadares (@ruivaladares)", 1,
			model.Embed{Kind: "post", Platform: "instagram", Author: "Rui Valadares", Handle: "ruivaladares"}},
		{"instagram italian header alone", "Visualizza questo post su Instagram", 1, model.Embed{Kind: "post", Platform: "instagram"}},
		{"facebook spanish", "Abrimos todo el fin de semana.\nPublicado por Mercado del Sur en martes, 3 de marzo de 2026", 2,
			model.Embed{Kind: "post", Platform: "facebook", Author: "Mercado del Sur", Date: "2026-03-03", Text: "Abrimos todo el fin de semana."}},
		{"facebook german one line", "Am Wochenende geöffnet. Gepostet von Markthalle Lindholm am Dienstag, 3. März 2026", 1,
			model.Embed{Kind: "post", Platform: "facebook", Author: "Markthalle Lindholm", Date: "2026-03-03", Text: "Am Wochenende geöffnet."}},
		{"facebook portuguese feira", "Abrimos no sábado às dez horas.\nPublicado por Feira do Livro de Vila Serena em terça-feira, 3 de março de 2026", 2,
			model.Embed{Kind: "post", Platform: "facebook", Author: "Feira do Livro de Vila Serena", Date: "2026-03-03", Text: "Abrimos no sábado às dez horas."}},
		{"blog byline, no weekday", "Gepostet von Jan Berg am 3. März 2026", 0, model.Embed{}},
		{"facebook prose", "El libro fue publicado por Editorial Sur en marzo de 2020 y se agotó en una semana.", 0, model.Embed{}},
		{"threads french", "Post by @boulangeriequai\nVoir sur Threads", 2, model.Embed{Kind: "post", Platform: "threads", Handle: "boulangeriequai"}},
		{"threads spanish remnant", "Ver en Threads", 1, model.Embed{Kind: "post", Platform: "threads"}},
		{"youtube spanish", "Mira este video en YouTube", 1, model.Embed{Kind: "video", Platform: "youtube"}},
		{"youtube german", "Auf YouTube ansehen", 1, model.Embed{Kind: "video", Platform: "youtube"}},
		{"prose without handle", "La receta fue una publicación compartida por Julia", 0, model.Embed{}},
	}
	checkMatch(t, tests)
}

// TestMatchRenderedCardLocalised: rule card-labels-i18n reads a post card
// X shows in Spanish or French, its follow, reply and copy-link buttons
// and Spanish's "p. m." included, instead of keeping the buttons as the
// post's text or missing the card. Fails without the localised labels.
func TestMatchRenderedCardLocalised(t *testing.T) {
	tests := []matchCase{
		{"spanish card", "Valle Tren\n@valletren\n·\nSeguir\nLos trenes a Castell quedan suspendidos. #incendio\n8:14 p. m. · 12 oct. 2026\nResponder\nCopiar enlace", 8,
			model.Embed{Kind: "post", Platform: "twitter", Author: "Valle Tren", Handle: "valletren", Date: "2026-10-12", Text: "Los trenes a Castell quedan suspendidos. #incendio", Hashtags: []string{"incendio"}}},
		{"french card", "Valle Tren\n@valletren\n·\nS'abonner\nLes trains vers Castell sont suspendus. #incendie\n20:14 · 12 oct. 2026\nRépondre\nCopier le lien", 8,
			model.Embed{Kind: "post", Platform: "twitter", Author: "Valle Tren", Handle: "valletren", Date: "2026-10-12", Text: "Les trains vers Castell sont suspendus. #incendie", Hashtags: []string{"incendie"}}},
	}
	checkMatch(t, tests)
}

// TestMatchInstagramMoreLanguages: rule embed-remnants-more-languages
// reads Instagram's header line in Dutch, Polish, Russian, Swedish,
// Danish, Norwegian, Finnish, Czech and Turkish, alone or over the
// caption's English signature. Fails without the entries.
func TestMatchInstagramMoreLanguages(t *testing.T) {
	ig := model.Embed{Kind: "post", Platform: "instagram"}
	checkMatch(t, []matchCase{
		{"dutch", "Bekijk dit bericht op Instagram", 1, ig},
		{"polish", "Wyświetl ten post na Instagramie", 1, ig},
		{"russian", "Посмотреть эту публикацию в Instagram", 1, ig},
		{"swedish", "Visa det här inlägget på Instagram", 1, ig},
		{"danish", "Se dette opslag på Instagram", 1, ig},
		{"norwegian", "Se dette innlegget på Instagram", 1, ig},
		{"finnish", "Katso tämä julkaisu Instagramissa", 1, ig},
		{"czech", "Zobrazit tento příspěvek na Instagramu", 1, ig},
		{"turkish", "Bu gönderiyi Instagram'da gör", 1, ig},
		{"dutch caption", "Bekijk dit bericht op Instagram\nEen bericht gedeeld door Bakkerij De Kade (@bakkerijdekade)", 2,
			model.Embed{Kind: "post", Platform: "instagram", Author: "Bakkerij De Kade", Handle: "bakkerijdekade"}},
		{"swedish caption", "Ett inlägg delat av @kafe.hamnen", 1, model.Embed{Kind: "post", Platform: "instagram", Handle: "kafe.hamnen"}},
		{"polish caption", "Post udostępniony przez Piekarnia Nabrzeże (@piekarnia_nabrzeze)", 1,
			model.Embed{Kind: "post", Platform: "instagram", Author: "Piekarnia Nabrzeże", Handle: "piekarnia_nabrzeze"}},
		{"dutch prose", "Het nieuws werd een bericht gedeeld door Jan en Anna.", 0, model.Embed{}},
		{"russian over signature", "Посмотреть эту публикацию в Instagram\nA post shared by Pier Cafe (@piercafe)", 2,
			model.Embed{Kind: "post", Platform: "instagram", Author: "Pier Cafe", Handle: "piercafe"}},
	})
}
