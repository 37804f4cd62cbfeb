package boilerplate

import (
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestAppealNonprofit: a nonprofit newsroom's appeal in the outlet's
// voice and its giving buttons are appeals (rules appeal-nonprofit and
// appeal-nonprofit-buttons); a sentence that opens like a button, and a
// sign-off thanking "readers like you", are not. Fails without the
// entries.
func TestAppealNonprofit(t *testing.T) {
	checkKinds(t, []kindCase{
		{"The Valley Ledger is an independent newsroom. We don't have a paywall because we believe everyone deserves local news.", model.RemovedAppeal},
		{"That's why we're asking readers like you to chip in. Every dollar goes to reporting.", model.RemovedAppeal},
		{"Support our nonprofit newsroom", model.RemovedAppeal},
		{"Yes, I'll give $5 a month", model.RemovedAppeal},
		{"Give once-a-week lessons to the children, the Tallow school board asked its volunteers on Monday night.", ""},
		{"—Mo Kendrick with Ana Ruiz, Tom Hale and readers like you!", ""},
	})
}
