package embeds

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/dates"
	"github.com/lede-news/lede/internal/lexicon"
	"github.com/lede-news/lede/internal/model"
)

// Match recognises a social post or video flattened into text that starts at
// lines[i], and returns it with the number of lines it spans. lines are the
// article's non-empty lines in reading order, trimmed. The shapes:
//
//   - X/Twitter, Bluesky, Mastodon (their embed code ends the same way):
//     "text https://t.co/x pic.twitter.com/y" then "— Name (@handle) April 26, 2016",
//     or both on one line. The handle tells the platform: "a.bsky.social" is
//     Bluesky, "user@instance" Mastodon, a plain name X/Twitter.
//   - Instagram: optional "View this post on Instagram", an optional caption,
//     then "A post shared by Name (@handle) on Apr 26, 2016 at 1:00pm PDT".
//   - Facebook: "text" then "Posted by Name on Tuesday, April 26, 2016".
//   - TikTok: "@handle caption #tag ♬ original sound - Name" on one line, or
//     "@handle" / caption / "♬ ..." on three.
//   - a post card as a browser shows it, a line per part (rule
//     rendered-card, card.go): "Name" / "@handle" / "·" / "Follow" / text /
//     "8:14 PM · Oct 12, 2026" / "Reply" / "Copy link", Bluesky's "Name
//     @handle.bsky.social · 2h" over its text, Mastodon, Threads and
//     Instagram cards, or a lead-in "Name (@handle) posted:" / text / time.
//   - a bare post or video URL of any platform ParseURL knows.
//
// The embed's Position is left for the caller (it counts body blocks).
func Match(lines []string, i int) (e model.Embed, n int, ok bool) {
	if i < 0 || i >= len(lines) {
		return model.Embed{}, 0, false
	}
	line := lines[i]
	// The signature on the next line closes a post whose text is this line.
	if i+1 < len(lines) && !isSignatureStart(line) {
		if e, ok := signature(lines[i+1]); ok && !looksLikeSignature(line) {
			fill(&e, line)
			return e, 2, true
		}
	}
	// Facebook: "text" then "Posted by Name on Tuesday, April 26, 2016", or one line.
	if i+1 < len(lines) {
		if e, ok := facebookSig(lines[i+1]); ok && e.Text == "" && !looksLikeSignature(line) {
			fill(&e, line)
			return e, 2, true
		}
	}
	if e, ok := facebookSig(line); ok {
		return e, 1, true
	}
	// Threads: "Post by @handle" then "View on Threads", or the remnant alone.
	if h, ok := threadsPostBy(line); ok && i+1 < len(lines) && isThreadsRemnant(lines[i+1]) {
		return model.Embed{Kind: model.EmbedPost, Platform: "threads", Handle: h}, 2, true
	}
	if isThreadsRemnant(line) {
		return model.Embed{Kind: model.EmbedPost, Platform: "threads"}, 1, true
	}
	// Mastodon and Bluesky (rule view-on-remnant): "Post by @user@instance"
	// then "View on Mastodon", or the link alone.
	if p := viewOnRemnant(line); p != "" {
		return model.Embed{Kind: remnantKind(p), Platform: p}, 1, true
	}
	if h, ok := fediPostBy(line); ok && i+1 < len(lines) && viewOnRemnant(lines[i+1]) == "mastodon" {
		return model.Embed{Kind: model.EmbedPost, Platform: "mastodon", Handle: h}, 2, true
	}
	// YouTube's player leaves a "Watch this video on YouTube" line behind.
	if isYouTubeRemnant(line) {
		return model.Embed{Kind: model.EmbedVideo, Platform: "youtube"}, 1, true
	}
	// A one-line post ("text pic.twitter.com/x — Name (@h) April 26, 2016")
	// or a signature standing alone.
	if e, ok := inlinePost(line); ok {
		return e, 1, true
	}
	// Instagram: "View this post on Instagram" [caption] "A post shared by ...".
	if isInstagramHeader(line) {
		for j := i + 1; j < len(lines) && j <= i+2; j++ {
			if e, ok := instagramSig(lines[j]); ok {
				if j == i+2 {
					fill(&e, lines[i+1])
				}
				return e, j - i + 1, true
			}
		}
		return model.Embed{Kind: model.EmbedPost, Platform: "instagram"}, 1, true
	}
	if e, ok := instagramSig(line); ok {
		return e, 1, true
	}
	if i+1 < len(lines) {
		if e, ok := instagramSig(lines[i+1]); ok && (strings.ContainsAny(line, "#@") || strings.HasPrefix(lines[i+1], line)) {
			fill(&e, line)
			return e, 2, true
		}
	}
	// TikTok.
	if e, n, ok := tiktok(lines, i); ok {
		return e, n, true
	}
	// A post card as a browser shows it (rule rendered-card).
	if e, n, ok := card(lines, i); ok {
		return e, n, true
	}
	// A post whose signature was lost: its text still ends with the
	// picture link only X/Twitter writes ("... #tag pic.twitter.com/AbC").
	if k := strings.LastIndexAny(line, " \t"); k > 0 && isTwitterMedia(line[k+1:]) {
		e := model.Embed{Kind: model.EmbedPost, Platform: "twitter"}
		fill(&e, line)
		if e.Text != "" {
			return e, 1, true
		}
	}
	// A bare URL of a post or video.
	if u := bareURL(line); u != "" {
		if e, ok := ParseURL(u); ok {
			return e, 1, true
		}
	}
	return model.Embed{}, 0, false
}

// dashes that open a post signature: em dash, en dash, hyphen, and the
// entity text extractors sometimes leave.
var sigDashes = []string{"—", "–", "-", "&mdash;", "―"}

func isSignatureStart(line string) bool {
	for _, d := range sigDashes {
		if strings.HasPrefix(line, d) {
			return true
		}
	}
	return false
}

// signature parses a whole line as a post signature: "— Name (@handle) April 26, 2016".
func signature(line string) (model.Embed, bool) {
	for _, d := range sigDashes {
		if rest, ok := strings.CutPrefix(line, d); ok {
			return sigBody(rest)
		}
	}
	return model.Embed{}, false
}

// maxAuthorLen bounds a post author's display name (X allows 50
// characters; with emoji and spacing 80 bytes is ample).
const maxAuthorLen = 80

// sigBody reads "Name (@handle) date" and decides the platform from the
// handle. The name may hold parentheses ("Ron F. (retired)"): the handle is
// the last "(@...)" of the signature.
func sigBody(s string) (model.Embed, bool) {
	open := strings.LastIndex(s, "(@")
	if open < 0 {
		return model.Embed{}, false
	}
	end := strings.IndexByte(s[open:], ')')
	if end < 0 {
		return model.Embed{}, false
	}
	handle := s[open+2 : open+end]
	name := strings.TrimSpace(s[:open])
	if !validSigHandle(handle) || len(name) > maxAuthorLen || strings.ContainsAny(name, "\n@") {
		return model.Embed{}, false
	}
	rest := strings.TrimSpace(s[open+end+1:])
	var date string
	if rest != "" {
		t, start, _, ok := dates.Find(rest)
		// Only a date (perhaps with a time or a link label) may follow.
		if ok && start <= 4 {
			date = t.Format("2006-01-02")
		} else if m, d, ok := sigMonthDay(rest); ok {
			// rule sig-date-no-year: the post is read; its date waits
			// for a year (rule sig-date-year-from-article,
			// ResolveYearless).
			date = yearlessDate(m, d)
		} else {
			return model.Embed{}, false
		}
	}
	e := model.Embed{Kind: model.EmbedPost, Platform: platformOfHandle(handle), Author: name, Handle: handle, Date: date}
	return e, true
}

// sigMonthDay is rule sig-date-no-year: a site that restyles X's embed
// code, or a writer who retypes it, may drop the year from the signature's
// date ("— Ana Reyes (@areyes) 12 March", "March 12", "12. März", Spanish
// and Portuguese "12 de marzo"). The dash, the name and the "(@handle)"
// already make the line a signature; the day and month only confirm that
// nothing but a date follows. Read with the card's monthDayRe and month
// names (rule rendered-card), so a word that is no month still rejects.
// It returns the month and day of the yearless date.
func sigMonthDay(s string) (time.Month, int, bool) {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	// the time after it, as Bluesky's signature writes it ("March 12 at
	// 3:04 PM"), is the date's
	if date, clock, ok := strings.Cut(s, " at "); ok && clockRe.MatchString(clock) {
		s = date
	}
	if day, month, ok := strings.Cut(s, " de "); ok && isDayNumber(day) {
		s = day + " " + month
	}
	m := monthDayRe.FindStringSubmatch(s)
	if m == nil {
		return 0, 0, false
	}
	name, day := m[1], m[2]
	if name == "" {
		name, day = m[4], m[3]
	}
	month, ok := monthOf(name)
	if !ok {
		return 0, 0, false
	}
	d, _ := strconv.Atoi(day)
	if d < 1 || d > 31 {
		return 0, 0, false
	}
	return month, d, true
}

// yearlessPrefix opens the date of a post whose signature gave no year:
// "--03-12", ISO 8601's month and day without a year. Only Match's caller
// sees it, and ResolveYearless turns it into a full date or clears it.
const yearlessPrefix = "--"

func yearlessDate(m time.Month, d int) string {
	return fmt.Sprintf("%s%02d-%02d", yearlessPrefix, int(m), d)
}

// ResolveYearless is rule sig-date-year-from-article: a post whose
// signature lost its year ("— Ana Reyes (@areyes) 12 March") was posted on
// or before the day of the article that embeds it, so the article's
// published date gives the year: the published year, or the one before
// when the month and day come after the published day (28 December in an
// article of 3 January). Without a published date (zero) the post's date
// stays empty; a day the year cannot hold (29 February) too.
func ResolveYearless(es []model.Embed, published time.Time) {
	for k := range es {
		rest, ok := strings.CutPrefix(es[k].Date, yearlessPrefix)
		if !ok {
			continue
		}
		es[k].Date = ""
		if published.IsZero() {
			continue
		}
		t, err := time.Parse("01-02", rest)
		if err != nil {
			continue
		}
		on := dates.OnDate{Month: t.Month(), Day: t.Day()}
		if r, ok := on.Resolve(published); ok {
			es[k].Date = r.Format("2006-01-02")
		}
	}
}

// isDayNumber: one or two digits, a day of the month as a date writes it.
func isDayNumber(s string) bool {
	if len(s) < 1 || len(s) > 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// validSigHandle accepts X handles ("jay_virdee"), Bluesky domains
// ("name.bsky.social") and fediverse accounts ("user@example.social").
func validSigHandle(h string) bool {
	user, host, fedi := strings.Cut(h, "@")
	if user == "" || len(user) > 64 || fedi && (len(host) < 3 || len(host) > 100 || !strings.Contains(host, ".")) {
		return false
	}
	for _, part := range []string{user, host} {
		for i := 0; i < len(part); i++ {
			c := part[i]
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-') {
				return false
			}
		}
	}
	return true
}

// platformOfHandle: a fediverse handle carries its instance ("user@host"),
// a Bluesky handle is a domain ("name.bsky.social"), else it is X/Twitter.
func platformOfHandle(h string) string {
	switch {
	case strings.Contains(h, "@"):
		return "mastodon"
	case strings.Contains(h, "."):
		return "bluesky"
	}
	return "twitter"
}

// looksLikeSignature avoids reading a signature line as the text of the post
// after it.
func looksLikeSignature(line string) bool {
	_, ok := signature(line)
	return ok
}

// inlinePost reads a post whose text and signature share one line:
// "text pic.twitter.com/x — Name (@handle) April 26, 2016". The dash must be
// surrounded by spaces (or start the line) so hyphenated words never split.
func inlinePost(line string) (model.Embed, bool) {
	if !strings.Contains(line, "(@") {
		return model.Embed{}, false
	}
	if e, ok := signature(line); ok {
		return e, true
	}
	for _, d := range []string{" — ", " – ", " - ", " &mdash; ", " ― "} {
		idx := strings.LastIndex(line, d)
		if idx < 0 {
			continue
		}
		if e, ok := sigBody(line[idx+len(d):]); ok {
			fill(&e, line[:idx])
			return e, true
		}
	}
	return model.Embed{}, false
}

// threadsPostBy reads the author line of Threads' embed code: "Post by
// @handle".
func threadsPostBy(line string) (string, bool) {
	rest, ok := strings.CutPrefix(line, "Post by @")
	if !ok || !validHandle(rest) {
		return "", false
	}
	return rest, true
}

// isThreadsRemnant: the link line Threads' embed code leaves ("View on
// Threads").
func isThreadsRemnant(line string) bool { return isLabel(line, threadsRemnants) }

// threadsRemnants: "View on Threads", and (rule embed-remnants-i18n) the
// same link in Spanish, Portuguese, French, German and Italian.
var threadsRemnants = []string{"view on threads", "ver en threads", "ver no threads", "voir sur threads",
	"auf threads ansehen", "visualizza su threads"}

// viewOnRemnant is rule view-on-remnant: Mastodon's embed code, as
// Threads' does, ends the post with its link "View on Mastodon" under
// "Post by @user@instance", and the rendered Bluesky card links "View on
// Bluesky"; an extractor that drops the frame keeps the line alone in the
// story. Written as Threads' remnant is in the languages of rule
// embed-remnants-i18n. It gives the platform, or "".
func viewOnRemnant(line string) string { return labelsPlatform(line, viewOnRemnants) }

// viewOnRemnants: the link lines rule view-on-remnant reads, in English,
// Spanish, Portuguese, French, German and Italian.
var viewOnRemnants = []platformLink{
	{"view on mastodon", "mastodon"}, {"ver en mastodon", "mastodon"}, {"ver no mastodon", "mastodon"},
	{"voir sur mastodon", "mastodon"}, {"auf mastodon ansehen", "mastodon"}, {"visualizza su mastodon", "mastodon"},
	{"view on bluesky", "bluesky"}, {"ver en bluesky", "bluesky"}, {"ver no bluesky", "bluesky"},
	{"voir sur bluesky", "bluesky"}, {"auf bluesky ansehen", "bluesky"}, {"visualizza su bluesky", "bluesky"},
	// rule view-on-x-tiktok: the link X's and TikTok's embeds show under
	// the post or the video's frame, left alone when the frame is
	// dropped, in the same languages
	{"view on x", "twitter"}, {"ver en x", "twitter"}, {"ver no x", "twitter"},
	{"voir sur x", "twitter"}, {"auf x ansehen", "twitter"}, {"visualizza su x", "twitter"},
	{"view on twitter", "twitter"}, {"ver en twitter", "twitter"}, {"ver no twitter", "twitter"},
	{"voir sur twitter", "twitter"}, {"auf twitter ansehen", "twitter"}, {"visualizza su twitter", "twitter"},
	{"view on tiktok", "tiktok"}, {"ver en tiktok", "tiktok"}, {"ver no tiktok", "tiktok"},
	{"voir sur tiktok", "tiktok"}, {"auf tiktok ansehen", "tiktok"}, {"visualizza su tiktok", "tiktok"},
}

// remnantKind is the kind of the embed a platform's link line stands for:
// a TikTok embed is a video (as rule tiktok reads it), the others posts.
func remnantKind(platform string) string {
	if platform == "tiktok" {
		return model.EmbedVideo
	}
	return model.EmbedPost
}

// fediPostBy reads the author line of Mastodon's embed code: "Post by
// @user@instance" (rule view-on-remnant); the instance makes it no
// Threads handle.
func fediPostBy(line string) (string, bool) {
	rest, ok := strings.CutPrefix(line, "Post by @")
	if !ok || !strings.Contains(rest, "@") || !validSigHandle(rest) {
		return "", false
	}
	return rest, true
}

// instagramHeaders are the lines Instagram's embed code leaves before a post,
// in English and (rule embed-remnants-i18n) in the languages Instagram
// localises its embed code into for sites that write in them: Spanish,
// French, German, Portuguese, Italian. A Spanish or German page's extractor
// flattens the localised line, which no English list catches.
var instagramHeaders = []string{"view this post on instagram", "a post shared on instagram",
	"ver esta publicación en instagram", "voir cette publication sur instagram",
	"diesen beitrag auf instagram ansehen", "ver esta publicação no instagram",
	"ver essa publicação no instagram", "visualizza questo post su instagram",
	// rule embed-remnants-more-languages: the same line in Dutch, Polish,
	// Russian, Swedish, Danish, Norwegian, Finnish, Czech and Turkish
	"bekijk dit bericht op instagram", "wyświetl ten post na instagramie", "посмотреть эту публикацию в instagram",
	"visa det här inlägget på instagram", "se dette opslag på instagram", "se dette innlegget på instagram",
	"katso tämä julkaisu instagramissa", "zobrazit tento příspěvek na instagramu", "bu gönderiyi instagram'da gör"}

// maxInstagramHeader bounds an Instagram header line (bytes): Russian's
// is 64 bytes in UTF-8, more than maxRemnantLen allows other remnants
// (rule embed-remnants-more-languages).
const maxInstagramHeader = 72

// maxRemnantLen bounds the fixed lines embed code leaves ("View this post on
// Instagram" is 27 bytes); longer lines are not such remnants.
const maxRemnantLen = 40

// maxSignatureLine bounds the lines searched for a caption signature: a
// post's caption is at most a few thousand characters (Instagram allows
// 2,200), and the bound keeps hostile input cheap.
const maxSignatureLine = 4096

func isInstagramHeader(line string) bool {
	return labelWithin(line, instagramHeaders, maxInstagramHeader)
}

// igRe reads Instagram's caption line: "A post shared by Name (@handle) on Apr 26, 2016 at 10:00am PDT".
var igRe = regexp.MustCompile(`(?i)^(.*?)\s*a (?:post|photo|video) shared by\s+(?:([^()@\n]{1,80}?)\s*\(@([A-Za-z0-9_.]{1,64})\)|@?([A-Za-z0-9_.]{1,64}))\s*(?:on\s+(.*))?$`)

// igLocalRe reads the caption line of Instagram's localised embed code
// (rule embed-remnants-i18n): "Una publicación compartida por Name
// (@handle) el 3 Mar 2026", "Une publication partagée par", "Ein Beitrag
// geteilt von", "Uma publicação compartilhada por", "Un post condiviso da".
// Unlike igRe's English, the poster must carry an @handle: "compartida por
// Juan" ends many a sentence of Spanish prose, no embed's.
//
// Rule embed-remnants-more-languages adds Dutch's "Een bericht gedeeld
// door", Swedish's "Ett inlägg delat av", Danish's "Et opslag delt af",
// Norwegian's "Et innlegg delt av" and Polish's "Post udostępniony
// przez", with their dates' "op", "den" and "dnia".
var igLocalRe = regexp.MustCompile(`(?i)^(.*?)\s*(?:una publicación compartida (?:por|de)|une publication partagée par|ein beitrag geteilt von|uma publicação compartilhada por|un post condiviso da|een bericht gedeeld door|ett inlägg delat av|et opslag delt af|et innlegg delt av|post udostępniony przez)\s+(?:([^()@\n]{1,80}?)\s*\(@([A-Za-z0-9_.]{1,64})\)|@([A-Za-z0-9_.]{1,64}))\s*(?:(?:el|le|am|em|in data|on|op|den|dnia)\s+(.*))?$`)

// igLocalMarkers: words every igLocalRe line holds, checked before the
// regular expression runs on a line (most lines hold none).
var igLocalMarkers = []string{"compartida", "partagée par", "geteilt von", "compartilhada", "condiviso da", "gedeeld door",
	"delat av", "delt af", "delt av", "udostępniony przez"}

func instagramSig(line string) (model.Embed, bool) {
	if len(line) > maxSignatureLine {
		return model.Embed{}, false
	}
	var m []string
	if strings.Contains(line, "hared by") || strings.Contains(line, "HARED BY") {
		m = igRe.FindStringSubmatch(line)
	} else if strings.Contains(line, "@") {
		for _, w := range igLocalMarkers {
			if strings.Contains(line, w) {
				m = igLocalRe.FindStringSubmatch(line)
				break
			}
		}
	}
	if m == nil {
		return model.Embed{}, false
	}
	e := model.Embed{Kind: model.EmbedPost, Platform: "instagram", Author: strings.TrimSpace(m[2]), Handle: m[3]}
	if e.Handle == "" {
		e.Handle = m[4]
	}
	if m[5] != "" {
		if t, _, _, ok := dates.Find(m[5]); ok {
			e.Date = t.Format("2006-01-02")
		}
	}
	if pre := strings.TrimSpace(m[1]); pre != "" {
		fill(&e, pre)
	}
	return e, true
}

// tiktokNote is the music note TikTok's embed code puts before the sound's name.
const tiktokNote = "♬"

func tiktok(lines []string, i int) (model.Embed, int, bool) {
	line := lines[i]
	if !strings.HasPrefix(line, "@") {
		return model.Embed{}, 0, false
	}
	handle, rest, _ := strings.Cut(line[1:], " ")
	if !validHandle(handle) {
		return model.Embed{}, 0, false
	}
	e := model.Embed{Kind: model.EmbedVideo, Platform: "tiktok", Handle: handle}
	if idx := strings.Index(rest, tiktokNote); idx >= 0 {
		fill(&e, rest[:idx])
		return e, 1, true
	}
	if rest == "" && i+2 < len(lines) && strings.HasPrefix(lines[i+2], tiktokNote) {
		fill(&e, lines[i+1])
		return e, 3, true
	}
	if rest == "" && i+1 < len(lines) && strings.HasPrefix(lines[i+1], tiktokNote) {
		return e, 2, true
	}
	return model.Embed{}, 0, false
}

func validHandle(h string) bool {
	if h == "" || len(h) > 64 {
		return false
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

// bareURL returns the URL when the line is one URL and nothing else (angle
// brackets allowed).
func bareURL(line string) string {
	s := strings.TrimSpace(line)
	s = strings.TrimSuffix(strings.TrimPrefix(s, "<"), ">")
	if s == "" || strings.ContainsAny(s, " \t") {
		return ""
	}
	if model.LowerHasPrefix(s, "http://") || model.LowerHasPrefix(s, "https://") || model.LowerHasPrefix(s, "www.") {
		return s
	}
	return ""
}

// fill sets the post's text, links, media, hashtags and mentions from its
// flattened text: the URLs trailing the text go to Links (t.co and any other
// link) or Media (pic.twitter.com and other picture hosts) as written and
// leave the text; URLs inside the text stay there but are listed too.
func fill(e *model.Embed, text string) {
	text = strings.TrimSpace(text)
	fields := strings.Fields(text)
	end := len(fields)
	for end > 0 && isURLToken(fields[end-1]) {
		end--
	}
	for _, f := range fields {
		if !isURLToken(f) {
			continue
		}
		if isMediaURL(f) {
			e.Media = append(e.Media, f)
		} else {
			e.Links = append(e.Links, f)
		}
	}
	if end < len(fields) {
		// cut the text just before the first trailing URL, keeping its own spacing
		cut := len(text)
		for k := len(fields) - 1; k >= end; k-- {
			cut = strings.LastIndex(text[:cut], fields[k])
		}
		text = strings.TrimSpace(text[:cut])
	}
	e.Text = text
	e.Hashtags = tags(text, '#')
	e.Mentions = tags(text, '@')
}

func isURLToken(f string) bool {
	l := strings.ToLower(f)
	for _, p := range []string{"http://", "https://", "pic.twitter.com/", "pic.x.com/", "t.co/", "www.", "bit.ly/", "instagram.com/", "youtu.be/"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// mediaHosts are hosts of the pictures and videos attached to posts.
var mediaHosts = []string{"pic.twitter.com/", "pbs.twimg.com/", "video.twimg.com/", "pic.x.com/", "i.imgur.com/", "scontent", "cdninstagram.com/"}

func isMediaURL(f string) bool {
	l := strings.ToLower(f)
	l = strings.TrimPrefix(strings.TrimPrefix(l, "https://"), "http://")
	for _, h := range mediaHosts {
		if strings.HasPrefix(l, h) {
			return true
		}
	}
	return false
}

// tags returns the #hashtags or @mentions of text without their sign, in
// order, skipping signs inside words and URLs (e-mail addresses, "a#b").
func tags(text string, sign byte) []string {
	var out []string
	for i := 0; i < len(text); i++ {
		if text[i] != sign {
			continue
		}
		if i > 0 {
			r, _ := utf8.DecodeLastRuneInString(text[:i])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '/' || r == '&' {
				continue
			}
		}
		j := i + 1
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || unicode.Is(unicode.Mn, r)) {
				break
			}
			j += size
		}
		if j > i+1 {
			w := text[i+1 : j]
			if sign == '#' && model.IsDigits(w) {
				continue // "#1" is a rank, not a hashtag
			}
			out = append(out, w)
		}
		i = j - 1
	}
	return out
}

// fbRe reads the line Facebook's embed code ends a post with: "Posted by
// Name on Tuesday, April 26, 2016", possibly after the post's text.
var fbRe = regexp.MustCompile(`^(.*?)\s*Posted by\s+(.{1,80}?)\s+on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(.{6,40})$`)

// fbLocalRe reads the same line of Facebook's localised embed code (rule
// embed-remnants-i18n): "Publicado por Name en martes, 3 de marzo de 2026",
// "Publié par Name sur mardi 3 mars 2026", "Gepostet von Name am
// Dienstag, 3. März 2026", Portuguese's "em", Italian's "Pubblicato da
// Name su". Capitalised, as the embed writes it: prose's "publicado por"
// is lower case.
var fbLocalRe = regexp.MustCompile(`^(.*?)\s*(?:Publicado por|Publié par|Gepostet von|Pubblicato da)\s+(.{1,80}?)\s+(?:en|sur|am|em|su)\s+(.{6,60})$`)

// fbLocalMarkers: words every fbLocalRe line holds, checked first.
var fbLocalMarkers = []string{"Publicado por", "Publié par", "Gepostet von", "Pubblicato da"}

func facebookSig(line string) (model.Embed, bool) {
	if len(line) > maxSignatureLine {
		return model.Embed{}, false
	}
	var m []string
	parse := dates.Parse
	if strings.Contains(line, "Posted by") {
		m = fbRe.FindStringSubmatch(line)
	} else {
		for _, w := range fbLocalMarkers {
			if strings.Contains(line, w) {
				m, parse = fbLocalRe.FindStringSubmatch(line), localFBDate
				break
			}
		}
	}
	if m == nil {
		return model.Embed{}, false
	}
	t, ok := parse(m[3])
	if !ok {
		return model.Embed{}, false
	}
	e := model.Embed{Kind: model.EmbedPost, Platform: "facebook", Author: strings.TrimSpace(m[2]), Date: t.Format("2006-01-02")}
	if pre := strings.TrimSpace(m[1]); pre != "" {
		fill(&e, pre)
	}
	return e, true
}

// localFBDate reads the date that closes a localised Facebook signature:
// a date to the line's end after its weekday, one word ("martes, 3 de
// marzo de 2026", "terça-feira, 3 de março de 2026"). The weekday is
// required: Facebook always writes it, and a blog's byline in the same
// words ("Gepostet von Jan Berg am 3. März 2026") has none. Rule
// fb-weekday-feira: Portuguese Monday to Friday with "-feira"
// ("Publicado por Name em terça-feira, 3 de março de 2026") are the
// lexicon's calendar words (its rule weekdayFeira); without them only
// Saturday's and Sunday's posts were read.
func localFBDate(s string) (time.Time, bool) {
	t, start, end, ok := dates.Find(s)
	if !ok || end != len(s) {
		return time.Time{}, false
	}
	weekday := strings.ToLower(strings.TrimRight(s[:start], ", "))
	if weekday == "" || strings.ContainsAny(weekday, " \t") || !lexicon.IsCalendarWord(weekday) {
		return time.Time{}, false
	}
	return t, true
}

// youTubeRemnants are the lines a flattened YouTube player leaves.
// The English lines, and (rule embed-remnants-i18n) the player's own
// localised link lines in Spanish, French, German, Portuguese and Italian.
var youTubeRemnants = []string{"watch this video on youtube", "watch on youtube", "youtube video player",
	"mira este video en youtube", "ver este vídeo en youtube", "ver en youtube",
	"regarder cette vidéo sur youtube", "regarder sur youtube",
	"dieses video auf youtube ansehen", "auf youtube ansehen",
	"assista a este vídeo no youtube", "assistir no youtube",
	"guarda questo video su youtube", "guarda su youtube"}

func isYouTubeRemnant(line string) bool {
	if len(line) > maxRemnantLen {
		return false
	}
	l := strings.TrimRight(strings.TrimSpace(line), ".:")
	for _, r := range youTubeRemnants {
		if model.LowerIs(l, r) {
			return true
		}
	}
	return false
}

// isTwitterMedia: f, lower-cased, is a picture link only X/Twitter writes
// ("pic.twitter.com/AbC", "https://pic.x.com/AbC"). It runs on the last word
// of every line, so it compares in place rather than lower-casing f.
func isTwitterMedia(f string) bool {
	if n, ok := model.LowerPrefixLen(f, "https://"); ok {
		f = f[n:]
	}
	if n, ok := model.LowerPrefixLen(f, "http://"); ok {
		f = f[n:]
	}
	return model.LowerHasPrefix(f, "pic.twitter.com/") || model.LowerHasPrefix(f, "pic.x.com/")
}
