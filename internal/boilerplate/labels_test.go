package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestCreditLabelsBalticSloveneMalay: the writer's label of Latvian,
// Lithuanian, Slovene, Malay and Indonesian sites before a name is a
// byline (rule written-by-baltic-slovene-malay); a sentence that opens
// with the same word goes on. Fails without the entries.
func TestCreditLabelsBalticSloveneMalay(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Autors: Jānis Bērziņš", model.RemovedByline},
		{"Autorius: Tomas Kazlauskas", model.RemovedByline},
		{"Avtor: Matej Novak", model.RemovedByline},
		{"Penulis: Rina Wulandari", model.RemovedByline},
		{"Penulis: buku itu tinggal di Medan sejak tahun lalu.", ""},
		{"Avtor: romana je prejel nagrado za najboljši prvenec.", ""},
	})
}

// TestCreditLabelReporter: "Reporter:" before a name alone on its line is
// a byline (rule written-by-reporter); an interview's question after the
// same label, and prose that opens with "Author" or "Reporter" as a word,
// go on. Fails without the entry.
func TestCreditLabelReporter(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Reporter: Martha Quillan", model.RemovedByline},
		{"Reporter: What did you see on the quay that night?", ""},
		{"Reporter Martha Quillan spent a week on the trawler before it sank.", ""},
		{"Author Martha Quillan signed copies of her new novel at the harbour fair.", ""},
	})
}

// homeCrumbCases: normalised lines and whether rule home-crumb takes them.
var homeCrumbCases = []struct {
	in   string
	want bool
}{
	{"sākums | ziņas", true},
	{"pradžia | naujienos", true},
	{"domov » novice", true},
	{"početna / vijesti", true},
	{"inici › notícies", true},
	{"начало | новини", true},
	{"home | local news", true},
	// a headline of two words with a bar opens with no home link
	{"harbour | storm", false},
	// a home word inside a sentence, a step with punctuation or too
	// many words, a trail of three steps (a menu run: the text path's),
	// a home word alone (navigation's exact phrase)
	{"inicio de la temporada | liga", false},
	{"home | the council voted on tuesday to rebuild the wall", false},
	{"home | news, sport", false},
	{"home | news | sport", false},
	{"početna / vijesti / zagreb", false},
	{"sākums", false},
	{"home |", false},
}

// TestHomeCrumb checks homeCrumb on homeCrumbCases.
func TestHomeCrumb(t *testing.T) {
	for _, tc := range homeCrumbCases {
		if got := homeCrumb(tc.in); got != tc.want {
			t.Errorf("homeCrumb(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestHomeCrumbClassify: a short crumb trail opening with a home link in
// Latvian, Catalan, Croatian or Bulgarian is navigation (rule home-crumb),
// so that the text path does not take it for the title; the new home
// words alone are navigation too (rule home-words-more-languages). A
// headline of two words with a bar stays. Fails without the rule.
func TestHomeCrumbClassify(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Sākums | Ziņas", model.RemovedNavigation},
		{"Inici | Notícies", model.RemovedNavigation},
		{"Početna » Vijesti", model.RemovedNavigation},
		{"Начало | Новини", model.RemovedNavigation},
		{"Home | News", model.RemovedNavigation},
		{"Avaleht", model.RemovedNavigation},
		{"Harbour | Storm", ""},
		{"Početna plata u školama raste od jeseni", ""},
	})
}

// TestTextLabelsMore: the text's credit label of Latvian, Lithuanian and
// Slovene and Indonesian's contributor label before a name are a byline
// (rule written-by-text-labels-more); a sentence after the same word goes
// on. Fails without the entries.
func TestTextLabelsMore(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Teksts: Jānis Bērziņš", model.RemovedByline},
		{"Tekstas: Tomas Kazlauskas", model.RemovedByline},
		{"Besedilo: Matej Novak", model.RemovedByline},
		{"Kontributor: Rina Wulandari", model.RemovedByline},
		{"Besedilo: zakona je vlada poslala v parlament v petek.", ""},
	})
}

// TestHomePageWords: the home-page link of Croatian, Slovene, Malay,
// Indonesian, Hungarian, Czech and Slovak is navigation alone and opens a
// crumb trail (rule home-words-page); a sentence naming a front page
// goes on. Fails without the entries.
func TestHomePageWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Naslovnica", model.RemovedNavigation},
		{"Laman utama | Berita", model.RemovedNavigation},
		{"Halaman utama › Nasional", model.RemovedNavigation},
		{"Kezdőlap / Belföld", model.RemovedNavigation},
		{"Úvodní stránka | Zprávy", model.RemovedNavigation},
		{"Naslovnica tjednika izazvala je burne reakcije u Splitu.", ""},
	})
}

// TestFeminineCreditLabels: the label for a woman writer in Lithuanian,
// Slovene, Croatian and Polish before a name is a byline (rule
// written-by-feminine-labels); prose after the same word goes on. Fails
// without the entries.
func TestFeminineCreditLabels(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Autorė: Rūta Kazlauskienė", model.RemovedByline},
		{"Avtorica: Maja Novak", model.RemovedByline},
		{"Autorica: Ana Horvat", model.RemovedByline},
		{"Autorka: Anna Nowak", model.RemovedByline},
		{"Autorka: książki mieszka w Gdańsku od dziesięciu lat.", ""},
	})
}

// TestTwoWriters: a writer's label before two names joined by "and" is a
// byline (rule written-by-two-writers); a sentence with "and" after the
// label, or two "and"s, goes on. Fails without the rule.
func TestTwoWriters(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Written by Martha Quillan and Owen Price", model.RemovedByline},
		{"Autors: Jānis Bērziņš un Līga Ozola", model.RemovedByline},
		{"Penulis: Rina Wulandari dan Budi Santoso", model.RemovedByline},
		{"Autorius: Tomas Kazlauskas ir Rūta Jankutė", model.RemovedByline},
		{"Written by Martha Quillan and then lost in the flood", ""},
		{"Written by Ann Roe and Bo Lee and Cy Tan", ""},
		{"Written by and for the Brackenmouth Harbour Trust", ""},
	})
}

// TestPluralCreditLabels: the label over two writers in Latvian,
// Lithuanian, Slovene, Polish and German is a byline (rule
// written-by-plural-labels); prose after it goes on. Fails without the
// entries.
func TestPluralCreditLabels(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Autori: Jānis Bērziņš un Līga Ozola", model.RemovedByline},
		{"Autoriai: Tomas Kazlauskas ir Rūta Jankutė", model.RemovedByline},
		{"Avtorji: Matej Novak in Maja Kos", model.RemovedByline},
		{"Autorzy: Anna Nowak i Piotr Wiśniewski", model.RemovedByline},
		{"Autoren: Jana Roe und Tom Hale", model.RemovedByline},
		{"Autoren: des Berichts sind zwei Reporter aus Kiel.", ""},
	})
}
