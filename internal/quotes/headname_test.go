package quotes

import "testing"

// TestHeadName: a phrase naming a person by another's name ("Quell
// supporter Tom Reddan") speaks for its head, the name it ends with;
// after a preposition the last name is no head (rule headName).
// Invented text.
func TestHeadName(t *testing.T) {
	text := "Harbour vote\n\nAda Quell, the mayor of Orvania, spoke at the pier on Monday.\n\nQuell supporter Tom Reddan told the Harbour Gazette he believes the vote will be close.\n\nLongtime Quell backer Mira Stov said that the ferry plan won the day."
	checkSpoken(t, text, []spoken{
		{"he believes the vote will be close", "Tom Reddan", "Quell supporter Tom Reddan"},
		{"that the ferry plan won the day", "Mira Stov", "Longtime Quell backer Mira Stov"},
	})
}
