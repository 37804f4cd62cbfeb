package quotes

import (
	"testing"

	"github.com/lede-news/lede/internal/people"
)

// TestPluralDescription: a plural definite description after a plural
// speech verb ("ont déclaré les 12 maires") is a group speaker, the
// phrase as written, as English "the 12 mayors said" is (rule
// pluralDescription and the plural forms of the speech lists); German
// "die" and Dutch "de" count as plural only before a number, and names
// after the noun are no group. Invented text.
func TestPluralDescription(t *testing.T) {
	cases := []struct {
		name, lang, text, speaker string
		group                     bool
	}{
		{"fr counted", "fr", "Les maires réclament des moyens\n\nRéunis samedi à Vernonville, les élus ont adopté une motion.\n\n« Nous ne pouvons plus entretenir les routes », ont déclaré les 12 maires dans un communiqué.", "les 12 maires", true},
		{"fr bare", "fr", "Les maires réclament des moyens\n\nRéunis samedi à Vernonville, les élus ont adopté une motion.\n\n« Nous ne pouvons plus entretenir les routes », ont affirmé les maires dans un communiqué.", "les maires", true},
		{"es", "es", "Los alcaldes piden fondos\n\nReunidos el sábado en Valdemora, los representantes aprobaron una moción.\n\n«Ya no podemos mantener las carreteras», dijeron los doce alcaldes en un comunicado.", "los doce alcaldes", true},
		{"it", "it", "I sindaci chiedono fondi\n\nRiuniti sabato a Valdorsa, gli amministratori hanno approvato una mozione.\n\n«Non possiamo più tenere aperte le strade», hanno detto i 12 sindaci in un comunicato.", "i 12 sindaci", true},
		{"pt", "pt", "Os prefeitos pedem verbas\n\nReunidos no sábado em Vale Serrano, os autarcas aprovaram uma moção.\n\n«Já não conseguimos manter as estradas», disseram os 12 prefeitos num comunicado.", "os 12 prefeitos", true},
		{"de counted", "de", "Bürgermeister fordern Geld\n\nBei einem Treffen am Samstag in Hollerbach beschlossen die Kommunalpolitiker einen Antrag.\n\n„Wir können die Straßen nicht mehr offen halten“, sagten die 12 Bürgermeister in einer Erklärung.", "die 12 Bürgermeister", true},
		{"nl counted", "nl", "Burgemeesters willen geld\n\nBij een bijeenkomst zaterdag in Oosterveld namen de bestuurders een motie aan.\n\n\"We kunnen de wegen niet langer openhouden\", zeiden de twee burgemeesters maandag in een verklaring.", "de twee burgemeesters", true},
		{"fr names after", "fr", "Les maires réclament des moyens\n\nAnne Roy et Paul Vidal ont adopté une motion samedi.\n\n« Nous ne pouvons plus entretenir les routes », ont déclaré les maires Anne Roy et Paul Vidal.", "", false},
	}
	for _, c := range cases {
		got := ExtractDoc(people.AnalyzeLang(c.text, c.lang), Options{})
		if len(got) != 1 || got[0].Speaker != c.speaker || got[0].SpeakerIsGroup != c.group {
			t.Errorf("%s: got %+v, want speaker %q (group %v)", c.name, got, c.speaker, c.group)
		}
	}
}
