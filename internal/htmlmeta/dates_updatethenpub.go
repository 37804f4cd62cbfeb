package htmlmeta

import (
	"strings"
	"time"
)

// pubAfterUpdateInLine is rule dateUpdateThenPublished: a byline that
// gives the update first and the publication after it, behind the
// author's name or any other lead-in ("By Ros Pennick. Updated: March
// 15, 2031. Published: March 14, 2031", "Von Ros Pennick | Aktualisiert
// am 15.03.2031, veröffentlicht am 14.03.2031"), dated the publication
// with its first date, the update's, and rule dateShownUpdate then took
// the JSON-LD datePublished for one the page does not show: rule
// dateLabelAfterUpdate reads such a line only when the update's label
// opens it. The shown texts (shownTextsWithin) date such a line by the
// date this returns: the update's label (pubLabelStop) must come before
// any digit of t, a date between it and the publication's label
// (pubLabels); the date after that label is the line's.
func pubAfterUpdateInLine(t string, now time.Time, dayFirst bool) (string, bool) {
	stop := indexAny(t, pubLabelStop)
	if i := indexAny(t, cjkUpdateBefore); i >= 0 && (stop < 0 || i < stop) {
		stop = i
	}
	if stop < 0 || hasDigit(t[:stop]) {
		return "", false
	}
	i := pubLabels.index(t[stop:])
	if i < 0 {
		i = indexAny(t[stop:], otherPubLabels)
	}
	if i < 0 || !hasDigit(t[stop:stop+i]) {
		return "", false
	}
	return findTextDate(t[stop+i:], now, dayFirst)
}

// otherPubLabels are publication labels in scripts and languages the
// needles of pubLabels (an ASCII pair filter) do not reach, without their
// first letter, so that both cases match: Russian "Опубликовано", Ukrainian
// "Опубліковано", Czech "Publikováno", Slovak "Publikované", Hungarian
// "Közzétéve", Turkish "Yayınlanma", Greek "Δημοσιεύθηκε". Rule
// dateUpdateThenPublished reads them after an update's label ("Обновлено
// 15.03.2031, опубликовано 14.03.2031").
//
// Rule dateNordicPubLabels adds Swedish "Publicerad", Norwegian
// "Publisert", Danish "Publiceret" and Finnish "Julkaistu" ("Uppdaterad
// 15 mars 2031. Publicerad 14 mars 2031" was dated by the update). Only
// here, after an update's label: as publication labels everywhere
// (pubLabelNeedles) they changed the evidence of a Swedish page's date
// in htmlextract's i18n golden, with the same day.
//
// Rule dateCJKUpdateFirst adds the publication labels of Chinese,
// Japanese and Korean ("发布", "公開", "입력"), read after their update
// labels (cjkUpdateBefore): "更新日：2031年3月15日 公開日：2031年3月14日",
// "수정 2031.03.15 08:00 입력 2031.03.14 10:12" were dated by the update.
//
// Rule dateCreatedAfterUpdate adds the words that date a page's creation
// or posting rather than its publication, German "Erstellt:" (the needle
// "rstellt am" wants the "am"), English "Created:" and a bare "Posted"
// ("Aktualisiert: 15.03.2031 | Erstellt: 14.03.2031", "Updated March 15,
// 2031 · Posted March 14, 2031" were dated by the update). Only here,
// after an update's label and its date: alone they open many lines that
// date other things.
var otherPubLabels = []string{"публиковано", "публіковано", "ublikováno", "ublikované", "özzétéve", "ayınlanma", "ημοσιεύθηκε",
	"ublicerad", "ublisert", "ubliceret", "ulkaistu",
	"发布", "發布", "發佈", "发表", "發表", "公開", "公开", "입력", "등록",
	"rstellt", "reated", "osted"}

// cjkUpdateBefore are the update labels of Chinese, Japanese ("更新") and
// Korean ("수정", "업데이트") written before their date, which rule
// dateCJKUpdateFirst reads as pubLabelStop's (left out of pubLabelStop,
// which the other date rules read too).
var cjkUpdateBefore = []string{"更新", "수정", "업데이트"}

// indexAny returns where the first of words starts in s, or -1.
func indexAny(s string, words []string) int {
	at := -1
	for _, w := range words {
		if i := strings.Index(s, w); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}
