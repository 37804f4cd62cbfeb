package quotes

import "testing"

// TestCompanyTitle pins rule companyTitle: a company's name in quotation
// marks after its noun, inside an attribution, is no quotation, and the
// speaker phrase runs over it to the role and the name after; the name
// was a quote of its own and the quote before it went to the speaker of
// the one before. Texts and names invented.
func TestCompanyTitle(t *testing.T) {
	checkSpokenLang(t, "Jauns tilts\n\n„Tas ir labi,” sacīja ministre Ilze Velmkalne.\n\n„Mēs esam gatavi,” piebilda būvfirmas „Velmu būve” valdes priekšsēdētājs Jānis Velmkalns.", "lv", []spoken{
		{"Tas ir labi,", "Ilze Velmkalne", "ministre Ilze Velmkalne"},
		{"Mēs esam gatavi,", "Jānis Velmkalns", "būvfirmas „Velmu būve” valdes priekšsēdētājs Jānis Velmkalns"},
	})
	checkSpokenLang(t, "Naujas tiltas\n\n„Tai svarbu“, – sakė ministrė Rūta Velmienė.\n\n„Esame pasiruošę“, – pridūrė bendrovės „Velmų statyba“ generalinis direktorius Jonas Velmaitis.", "lt", []spoken{
		{"Tai svarbu", "Rūta Velmienė", "ministrė Rūta Velmienė"},
		{"Esame pasiruošę", "Jonas Velmaitis", "bendrovės „Velmų statyba“ generalinis direktorius Jonas Velmaitis"},
	})
}
