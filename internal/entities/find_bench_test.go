package entities

import (
	"fmt"
	"strings"
	"testing"
)

// benchText is a synthetic article of about 1,500 words in invented
// names: organisations by kind word, head word and acronym, places after
// prepositions, people, a Title Case subhead and quotations.
func benchText() string {
	var b strings.Builder
	b.WriteString("Quarry Board Warns Of Brimm Valley Shortfall\n\n")
	for i := range 22 {
		fmt.Fprintf(&b, "The Velmar Quarry Council (VQC) said on Tuesday that output in Orvel Tarn fell %d%% as the Department of Brimm Works met in Dunsk. ", i+3)
		b.WriteString("\u201cWe cannot wait for the Board,\u201d said Ansel Krovetz, who chairs the Tarnish Miners Union, adding that the VQC had been warned. ")
		fmt.Fprintf(&b, "Officials in Kelwick and at Dravo Street Hospital were told of %d new claims, while Brell & Co declined to comment.\n\n", i*7)
	}
	return b.String()
}

// BenchmarkFind measures Find on benchText, as analysis calls it for an
// English article.
func BenchmarkFind(b *testing.B) {
	text := benchText()
	opts := Options{People: []string{"Ansel Krovetz", "Krovetz"}, Title: "Quarry Board Warns Of Brimm Valley Shortfall", Lang: "en", Outlet: "The Velm Ledger"}
	b.ReportAllocs()
	for b.Loop() {
		Find(text, opts)
	}
}
