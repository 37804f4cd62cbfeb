package htmlmeta

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/lede-news/lede/internal/model"
)

// localCredit is rule authorLocalCredit: the byline forms of the languages
// news is published in beyond the English, German, French, Spanish and
// Dutch ones creditStart knows, on a line right after the headline:
//   - a labelled credit: "Автор: Иван Петров", "作者：王小明", "記者：山田太郎",
//     "Yazar: Mehmet Yılmaz", "Penulis: Budi Santoso", "מאת: דנה לוי",
//     "लेखक: राहुल शर्मा", "Tác giả: ...", Persian "نویسنده: ...", Urdu
//     "تحریر: ...", Thai "ผู้เขียน: ...", Hungarian "Szerző: ...";
//   - Taiwanese and Hong Kong papers' "文／記者陳志明" (Big5's slash 0xA241
//     decodes as U+2215, "文∕記者", as the HTML standard maps it);
//   - a credit word before the name, a colon or not after it: "بقلم أحمد
//     الخطيب", "Oleh: Budi Santoso", "di Giulia Rossi", Thai "โดย สมชาย",
//     "Av Erik Lindqvist", Danish "Af Mette Kjær" (rule
//     authorLocalCreditDa), Greek "Του Γιώργου Παπαδόπουλου" (the name
//     in the genitive, as the page writes it) and "Γράφει ο Γιώργος
//     Παπαδόπουλος" ("writes").
//
// The name must follow at once, capitalised in the scripts that have
// capitals: "di" or "av" before a small letter opens a sentence.
var localCredit = regexp.MustCompile(`^(?:` +
	`(?i:автор|авторы|автори|автора|текст|tekst|yazan|作者|撰文|撰稿|記者|记者|yazar|haber|muhabir|penulis|wartawan|reporter|लेखक|रिपोर्ट|tác giả|phóng viên|συντάκτης|autor|autorka|מאת|כתב|כתבה|الكاتب|كتب|نویسنده|گزارش|تحریر|ผู้เขียน|เรื่อง|szerző|kirjoittaja|teksti)\s*[:：]\s*(?:記者|记者)?\s*` +
	`|(?i:γράφει|γράφουν)\s+(?:ο|η|οι)\s+` +
	`|(?:文|圖文|图文|撰文|写真・文|写真と文)\s*[／/∕・＝=]\s*(?:記者|记者)?\s*` +
	`|(?:بقلم|كتب|كتبت|מאת|โดย|(?i:oleh|av|af|di|του|της|των|от))(?:\s+|\s*[:：]\s*)(?:الكاتب\s+|الصحفي\s+|الصحفية\s+)?` +
	`)((?:\p{Lu}|\p{Han}|\p{Arabic}|\p{Hebrew}|\p{Devanagari}|\p{Hangul}|\p{Thai}).*)$`)

// cjkReporter is rule authorCJKReporter: "记者 王小明", "記者陳志明／台北報導":
// the reporter's label and a name of two to four Han characters, ended by
// a space, a slash (before the place the report is from) or the line's end;
// "記者会見で..." (a press conference) is no byline.
var cjkReporter = regexp.MustCompile(`^(?:(?:文|圖文|图文)\s*[／/∕]\s*)?(?:記者|记者)\s*(\p{Han}{2,4})(?:\s|[／/∕]|$)`)

// ownReporter is rule authorOwnReporter: a Chinese paper's "本报记者 王小明
// 李华" ("this paper's reporters"; a broadcaster's "本台记者", a site's
// "本网记者") credits the names after the label, one or more; read as a
// name before "记者" (rule authorReporterSuffix) it gave "本报". (lede
// bench extract, both sets: byte-identical; TestLocalCreditMore.)
var ownReporter = regexp.MustCompile(`^(?:本报|本報|本台|本网|本網|本刊)(?:特约|特約|驻\p{Han}{1,3})?(?:记者|記者)\s*(\p{Han}{2,4}(?:[ 　、]+\p{Han}{2,4}){0,3})(?:\s|$)`)

// ownReporterMatch is ownReporter's submatches in t, or nil; its labels
// all open with "本", so a line that does not skips the regexp.
func ownReporterMatch(t string) []string {
	if !strings.HasPrefix(t, "本") {
		return nil
	}
	return ownReporter.FindStringSubmatch(t)
}

// ownReporterStop end the names of rule authorOwnReporter: "报道"
// (reports), a photographer's or a correspondent's label.
var ownReporterStop = map[string]bool{"报道": true, "報導": true, "报导": true, "摄影": true, "攝影": true,
	"通讯员": true, "通訊員": true, "实习生": true, "實習生": true}

// localReporterSuffix is rule authorReporterSuffix: Korean and Japanese
// bylines put the job after the name: "김민수 기자", "김민수 특파원",
// "山田太郎記者".
var localReporterSuffix = regexp.MustCompile(`^(\p{Hangul}{2,4}|\p{Han}{2,4})\s*(?:기자|특파원|선임기자|논설위원|記者|特派員|记者)(?:\s|$|[=,·|])`)

// localWeekdayCut ends the name where a weekday or a date label opens the
// date of the same line: "بقلم أحمد الخطيب الخميس 14 نوفمبر", "Oleh Budi
// Santoso Kamis, 14 November" (authorCut ends it only at the first digit).
var localWeekdayCut = regexp.MustCompile(`\s+(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar|Thứ\s+\S+|Chủ\s+nhật|Δευτέρα|Τρίτη|Τετάρτη|Πέμπτη|Παρασκευή|Σάββατο|Κυριακή` +
	// and where the date's label opens it: "Av Erik Lindqvist Publicerad 14 nov"
	`|(?i:publicerad|uppdaterad|publiceret|opdateret|publisert|oppdatert|julkaistu|opublikowano|aktualizacja|gepubliceerd|bijgewerkt|опубликовано|обновлено|опубліковано|оновлено|yayınlanma|güncelleme|diterbitkan|diperbarui|cập nhật|δημοσίευση|ενημέρωση|פורסם|عدل|نشر)` +
	// Rule authorLocalOtherCredit: and where the picture's or the
	// video's credit opens it, labelled with a colon ("Teksti: Mikko
	// Virtanen Kuvat: Laura Korhonen", "Text: Eva Nová Foto: Jan Malý"):
	// the photographer is no author. The colon is required: "Foto" may be
	// a surname's word. (lede bench extract, both sets: byte-identical.)
	`|(?i:kuvat?|valokuvat?|video|foto|fotos|fotó|fotók|bild|bilder|фото|видео|fotoğraf|görüntü)\s*[:：]` +
	`)(?:[\s,:]|$).*$`)

// localByline returns the credit of a local byline line, its credit word
// dropped, or "".
func localByline(t string) string {
	t = clean(dropBidi(t))
	// Rule creditLinePrefilter (authors.go): the Korean, Japanese and
	// Chinese forms open with a Hangul or Han letter, localCredit with
	// one of its words.
	if !opensWith(t, localCreditFirst) {
		return ""
	}
	if t[0] >= utf8.RuneSelf {
		if m := ownReporterMatch(t); m != nil {
			names := strings.FieldsFunc(m[1], func(r rune) bool { return r == ' ' || r == '　' || r == '、' })
			for i, n := range names {
				if ownReporterStop[n] {
					names = names[:i]
					break
				}
			}
			return strings.Join(names, ", ")
		}
		if m := localReporterSuffix.FindStringSubmatch(t); m != nil {
			return m[1]
		}
		if m := cjkReporter.FindStringSubmatch(t); m != nil {
			return m[1]
		}
	}
	m := localCredit.FindStringSubmatch(t)
	if m == nil {
		return ""
	}
	return strings.TrimSpace(localWeekdayCut.ReplaceAllString(m[1], ""))
}

// wireCredit is rule authorWireDateline: the credit news agencies and the
// papers that follow them write into the opening of the first paragraph,
// the place and the agency first:
//   - Korean: "[서울=연합뉴스] 김민수 기자 = 시의회는 ...";
//   - Chinese: "新华社北京11月14日电（记者王小明、李华）...", "本报讯（记者 王小明）";
//   - Japanese: "【ワシントン=山田太郎】...".
//
// The forms are the agencies' own and read nowhere else, so they count in
// the body's first lines too, not only right under the headline.
var (
	koreanWire   = regexp.MustCompile(`^\[[^\]]{1,30}\]\s*(\p{Hangul}{2,4})\s*(?:기자|특파원)\s*=`)
	chineseWire  = regexp.MustCompile(`^[^（(]{0,40}[（(](?:记者|記者)\s*([\p{Han}][\p{Han}\s、，,]{1,30}?)\s*[）)]`)
	japaneseWire = regexp.MustCompile(`^【[^=＝】]{1,15}[=＝]\s*(\p{Han}{2,5})\s*】`)
)

// wireCredit returns the names of a wire dateline's credit, joined by ", ",
// or "".
func wireCredit(t string) string {
	// Rule creditLinePrefilter (authors.go): each form is told by its
	// opening bracket or, the Chinese one, by the 者 of its 记者.
	if strings.HasPrefix(t, "[") {
		if m := koreanWire.FindStringSubmatch(t); m != nil {
			return m[1]
		}
	}
	if strings.HasPrefix(t, "【") {
		if m := japaneseWire.FindStringSubmatch(t); m != nil {
			return m[1]
		}
	}
	if !strings.Contains(t, "者") {
		return ""
	}
	if m := chineseWire.FindStringSubmatch(t); m != nil {
		names := strings.FieldsFunc(m[1], func(r rune) bool { return r == ' ' || r == '、' || r == '，' || r == ',' })
		for _, n := range names {
			if c := utf8.RuneCountInString(n); c < 2 || c > 4 {
				return "" // a name of Chinese is two to four characters
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// maxSignOffRunes bounds a sign-off: a name of up to five words.
const maxSignOffRunes = 60

// signOff is rule authorSignOff: Vietnamese papers (and some others) sign
// the text at its end, the writer's name alone in bold and set to the
// right: <p style="text-align:right"><strong>Nguyễn Văn An</strong></p>.
// It returns the name of such a paragraph, or "": the paragraph must be
// right-aligned, hold nothing but one bold element, and read as a name of
// two to five capitalised words.
func signOff(p *html.Node) string {
	// The children first: it runs on every paragraph, and most fail
	// here at their first text, before the style is copied and folded.
	var bold *html.Node
	for ch := p.FirstChild; ch != nil; ch = ch.NextSibling {
		switch {
		case ch.Type == html.TextNode && strings.TrimSpace(ch.Data) == "":
		case ch.Type == html.ElementNode && (ch.Data == "strong" || ch.Data == "b") && bold == nil:
			bold = ch
		default:
			return ""
		}
	}
	if bold == nil {
		return ""
	}
	style := foldedStyle(p)
	if !strings.Contains(style, "text-align:right") && !strings.EqualFold(attr(p, "align"), "right") {
		return ""
	}
	t := clean(textOf(bold, maxSignOffRunes*4))
	if t == "" || utf8.RuneCountInString(t) > maxSignOffRunes || hasDigit(t) {
		return ""
	}
	w := strings.Fields(t)
	if len(w) < 2 || len(w) > 5 {
		return ""
	}
	for _, x := range w {
		if !model.StartsUpper(x) {
			return ""
		}
	}
	return t
}
