package htmlmeta

import (
	"testing"
	"time"
)

// TestPubAfterUpdateInLine pins the reader of rule
// dateUpdateThenPublished: the date after the publication's label, when
// an update's label and its date come first behind a lead-in with no
// digits; nothing when the line opens with a date or names no
// publication.
func TestPubAfterUpdateInLine(t *testing.T) {
	now := time.Date(2032, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ in, want string }{
		{"By Ivo Marchetti. Updated: June 9, 2031. Published: June 8, 2031", "2031-06-08"},
		{"Von Ivo Marchetti | Aktualisiert am 09.06.2031, veröffentlicht am 08.06.2031", "2031-06-08"},
		{"Por Ivo Marchetti. Actualizado: 09/06/2031 08:00h. Publicado: 08/06/2031 10:12h", "2031-06-08"},
		{"June 8, 2031 by Ivo Marchetti. Updated: June 9, 2031", ""},
		{"By Ivo Marchetti. Updated: June 9, 2031", ""},
		{"Published: June 8, 2031. Updated: June 9, 2031", ""},
		// Rule dateCreatedAfterUpdate.
		{"Aktualisiert: 09.06.2031 | Erstellt: 08.06.2031", "2031-06-08"},
		{"Updated: June 9, 2031 | Created: June 8, 2031", "2031-06-08"},
		{"Updated June 9, 2031 · Posted June 8, 2031", "2031-06-08"},
		{"Created: June 8, 2031 | Updated: June 9, 2031", ""},
	} {
		got, ok := pubAfterUpdateInLine(tc.in, now, true)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("pubAfterUpdateInLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestUpdateThenPublishedPage: invented pages whose byline names the
// author, then the update, then the publication. Dated by the text alone,
// the publication is the labelled day, not the update's; with a JSON-LD
// datePublished on that day, the page does show it, so the update does
// not replace it (rule dateShownUpdate).
func TestUpdateThenPublishedPage(t *testing.T) {
	const byline = `<p class="byline">By Ivo Marchetti. Updated: March 15, 2026. Published: March 14, 2026</p>`
	body := `<p>The ferry between Aldmouth and the outer islands will run twice a day from next week, the operator said on Friday after months of complaints.</p>
<p>Islanders had asked for an evening crossing since the winter timetable began.</p></article></body></html>`
	for _, tc := range []struct{ name, head, want string }{
		{"text only", "", "2026-03-14"},
		{"json-ld", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry adds a second crossing","datePublished":"2026-03-14T09:00:00Z","dateModified":"2026-03-15T09:00:00Z"}</script>`, "2026-03-14"},
	} {
		page := `<html lang="en"><head><title>Ferry adds a second crossing | Aldmouth Herald</title>` + tc.head +
			`</head><body><article><h1>Ferry adds a second crossing</h1>` + byline + body
		m := Extract(parse(t, page), "https://aldmouth-herald.example/ferry-crossing", testNow)
		if m.Published == nil || dayOf(m.Published.Value) != tc.want {
			t.Errorf("%s: Published = %+v, want %s", tc.name, m.Published, tc.want)
		}
	}
}

// TestUpdateThenPublishedOtherLabels pins the other publication labels
// of rule dateUpdateThenPublished: Russian, Ukrainian, Czech and
// Hungarian bylines that give the update first date the page by the
// publication, not as an estimated update.
func TestUpdateThenPublishedOtherLabels(t *testing.T) {
	body := `<p>Паром між Алдмондом і островами ходитиме двічі на день з наступного тижня, повідомив у пʼятницю перевізник після місяців скарг.</p>
<p>Острівʼяни давно просили вечірній рейс.</p></article></body></html>`
	for _, tc := range []struct{ lang, byline string }{
		{"ru", `<p class="byline">Иво Маркетти. Обновлено 15.03.2026, опубликовано 14.03.2026</p>`},
		{"uk", `<p class="byline">Іво Маркетті. Оновлено 15.03.2026, опубліковано 14.03.2026</p>`},
		{"cs", `<p class="byline">Ivo Marchetti. Aktualizováno 15. 3. 2026, publikováno 14. 3. 2026</p>`},
		{"hu", `<p class="byline">Ivo Marchetti. Frissítve: 2026. március 15. Közzétéve: 2026. március 14.</p>`},
	} {
		page := `<html lang="` + tc.lang + `"><head><title>Паром | Алдмондський вісник</title></head><body><article><h1>Паром ходитиме двічі на день</h1>` +
			tc.byline + body
		m := Extract(parse(t, page), "https://aldmond-visnyk.example/parom", testNow)
		if m.Published == nil || dayOf(m.Published.Value) != "2026-03-14" || m.Published.Estimated {
			t.Errorf("%s: Published = %+v, want 2026-03-14, not estimated", tc.lang, m.Published)
		}
	}
}

// TestCJKUpdateFirst pins rule dateCJKUpdateFirst: Japanese, Chinese and
// Korean date lines that give the update before the publication date the
// page by the publication; the usual order keeps its first date.
func TestCJKUpdateFirst(t *testing.T) {
	body := `<p>アルドモンドと島々を結ぶフェリーは来週から一日二便になると、運航会社が金曜日に発表した。住民は長い間、夕方の便を求めていた。</p>
<p>冬のダイヤが始まって以来、島の住民は夕方の便の追加を求めてきた。</p></article></body></html>`
	for _, tc := range []struct{ lang, byline string }{
		{"ja", `<p class="byline">更新日：2026年3月15日 公開日：2026年3月14日</p>`},
		{"zh", `<p class="byline">更新时间：2026-03-15 08:00 发布时间：2026-03-14 10:12</p>`},
		{"ko", `<p class="byline">수정 2026.03.15 08:00 입력 2026.03.14 10:12</p>`},
		{"ko", `<p class="byline">입력 2026.03.14 10:12 수정 2026.03.15 08:00</p>`},
	} {
		page := `<html lang="` + tc.lang + `"><head><title>フェリー | アルドモンド新報</title></head><body><article><h1>フェリーが一日二便に</h1>` +
			tc.byline + body
		m := Extract(parse(t, page), "https://aldmond-shimpo.example/ferry", testNow)
		if m.Published == nil || dayOf(m.Published.Value) != "2026-03-14" || m.Published.Estimated {
			t.Errorf("%s %s: Published = %+v, want 2026-03-14, not estimated", tc.lang, tc.byline, m.Published)
		}
	}
}
