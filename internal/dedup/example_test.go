package dedup_test

import (
	"fmt"

	"github.com/lede-news/lede/internal/dedup"
)

func ExampleWordDiff() {
	fmt.Println(dedup.WordDiff("not every ferry is late", "Don't worry, not every ferry is late"))
	// Output: {+Don't worry,+} not every ferry is late
}

func ExampleIndex() {
	wire := "The city council voted on Tuesday to close the old harbour bridge for eighteen months of repairs, ending weeks of debate among residents and shop owners on both banks of the river."
	ix := dedup.NewIndex()
	ix.Add(dedup.Doc{ID: "wire", Text: wire, Seq: 1})
	ix.Add(dedup.Doc{ID: "copy", Text: "By Press Association\n\n" + wire, Seq: 2})
	ix.Add(dedup.Doc{ID: "other", Text: "Residents reacted with dismay after councillors voted to shut the harbour bridge used by thousands of commuters.", Seq: 3})
	for _, g := range ix.Groups(2) {
		fmt.Println(g.Source, g.Members)
	}
	// Output: wire [wire copy]
}
