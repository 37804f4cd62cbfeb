package htmlmeta

import (
	"time"

	"github.com/lede-news/lede/internal/model"
)

// shownOverUpload is rule dateShownOverUpload: a publication date read
// from a JSON-LD uploadDate, on a page whose JSON-LD declares nothing but
// a clip (a VideoObject, embedded or the page's own), dates the clip: when the byline or date line shows
// another day (more than one apart: a day is a time zone) that no update
// label qualifies, and never the upload's day, the shown day is the
// page's. Rule dateNotTheVideo does the same when a publication meta is
// there to prefer; with none, an article "By Ros Pennick | March 14,
// 2031" that embedded a clip uploaded months before took the clip's day.
func (c *collector) shownOverUpload(pub *model.Date, now time.Time) *model.Date {
	if pub == nil || pub.Evidence != "json-ld uploadDate" {
		return nil
	}
	shown := c.shownTexts(now, 1)
	if len(shown) == 0 || containsAny(shown[0].text, pubLabelStop) {
		return nil
	}
	if days, ok := daysApart(pub.Value, shown[0].day); !ok || days <= 1 || c.shownDay(dayOf(pub.Value), now, false) {
		return nil
	}
	return &model.Date{Value: shown[0].day, Evidence: "visible text (over the json-ld uploadDate of a video)"}
}
