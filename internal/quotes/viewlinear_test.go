package quotes

import "testing"

// TestLangViewLinear: rules viewLead and coordSubject read a bounded run
// of tokens from the sentence start, not every token up to each
// quotation: on one long French sentence of unattributed quotations
// allocation per byte grew 4x per 4x of text (854 to 3,317 B/B) before;
// 36 and 38 now (go test ./internal/quotes -run TestLangViewLinear -v
// logs them).
func TestLangViewLinear(t *testing.T) {
	checkLangLinear(t, "« Nous votons » et Velmar « Plan » y ", "fr", false)
}
