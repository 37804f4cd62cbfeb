package people

import "testing"

// TestShoutedPartial pins rule shoutedPartial: a capitalised phrase of a
// page whose last word comes back only in a heading in capitals is no
// person; a name shouted as a speaker's label, or written in full again
// and again, stays one. Invented text.
func TestShoutedPartial(t *testing.T) {
	checkFoundByFind(t, []findCase{
		{"MARMALADE CORNER\n\nSeville Marmalade returns to the shelves of the Harbour Gazette shop this week, in jars of two sizes.\n\nReaders can order online until Friday.",
			"Seville Marmalade", false},
		{"The Harbour Gazette talked to the new ferry crews.\n\nTAVI ORMSKELD, REPORTER: The first boat left at dawn.\n\nCrews in Velmar Bay work long shifts, Tavi Ormskeld found.",
			"Tavi Ormskeld", true},
		{"Police named the suspect as Dovan Reshk at noon. Radio crews repeated Dovan Reshk twice.\n\nUPDATE RESHK\n\nBy evening every outlet named Dovan Reshk.",
			"Dovan Reshk", true},
	})
}
