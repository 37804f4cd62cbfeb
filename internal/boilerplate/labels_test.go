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
