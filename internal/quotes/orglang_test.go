package quotes

import "testing"

// TestOrgLang pins rule orgLang on an invented text: an organisation
// whose acronym the text defines in parentheses is known by its full
// name, so "the association" after the acronym points back to it.
func TestOrgLang(t *testing.T) {
	text := "Council votes\n\nThe council voted 5-2 on Tuesday to close the branch library. The Velm Library Association (VLA) condemned the vote. The VLA said it would appeal. \"We will fight this,\" the association said."
	checkSpoken(t, text, []spoken{
		{"it would appeal", "Velm Library Association", "The VLA"},
		{"We will fight this,", "Velm Library Association", "the association"},
	})
}
