package htmlmeta

import (
	"testing"
	"time"
)

// TestCapitalMonths pins rule fold-caps-names on pages: a date line in
// capitals reads its month although lower-casing keeps Greek accents and
// dialytika ("ΜΑΪΟΣ" gives "μαϊος", the table writes "μαΐου" and "μάιος")
// and gives Turkish a dotted i where the table writes "ı" ("KASIM").
func TestCapitalMonths(t *testing.T) {
	now := time.Date(2032, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ in, want string }{
		{"12 KASIM 2031", "2031-11-12"},
		{"18 MAYIS 2031 PAZAR", "2031-05-18"},
		{"12 ΝΟΕΜΒΡΙΟΥ 2031", "2031-11-12"},
		{"12 ΜΑΪΟΣ 2031", "2031-05-12"},
		{"ΚΑΛΗΜΕΡΑ ΑΠΟ ΤΗΝ ΠΑΤΡΑ", ""},
	} {
		got, ok := DateLine(tc.in, now)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("DateLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
