package embeds

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/dates"
	"github.com/lede-news/lede/internal/model"
)

// Rendered post cards. A text extractor that reads a page as a browser
// shows it (or a site that draws posts itself) leaves each line of the
// card a reader sees:
//
//	Valley Rail
//	@valleyrail
//	·
//	Follow
//	Trains to Castell are suspended until further notice. #wildfire
//	8:14 PM · Oct 12, 2026
//	Reply
//	Copy link
//
// or a quoting lead-in: "Valley Rail (@valleyrail) posted:" / text /
// "8:14 PM · Oct 12, 2026". Bluesky writes "Name @name.bsky.social · 2h"
// over the text, Mastodon "@user@instance" and "Oct 12, 2026, 20:14",
// Threads and Instagram a bare handle with a "View on Threads" or "View on
// Instagram" link. The article around a card is made of the same kinds of
// lines (a name alone, "Follow", a date), so rule rendered-card takes a card
// only with a handle line and a time line inside a short window. The peers'
// texts of the benchmark sets hold no such card: lede bench extract
// --text-from (both peers, extract and extract-wcxb, --halves) is the same
// before and after on every figure and every page, and so are the body,
// embeds and removed parts of lede extract on each of those 4,101 texts.

// Bounds of rule rendered-card.
const (
	// maxCardHeader: the handle line comes within the first lines of a
	// card (name, a verified mark, "·", "Follow").
	maxCardHeader = 4
	// maxCardText: a post's text is a few paragraphs (X allows 280
	// characters, Mastodon 500); more lines before a time line are prose.
	maxCardText = 6
	// maxCardChrome: the counts and buttons under a card ("12", "Reply",
	// "Repost", "Like", "Copy link", "Read 3 replies").
	maxCardChrome = 10
	// maxTimeLine: "12:01 AM · Jan 3, 2025 · 1.2M Views" is 35 bytes.
	maxTimeLine = 60
	// maxNameWords: a display name is a few words.
	maxNameWords = 8
	// maxHeaderTimedText bounds the text of a card timed only in its
	// header ("· 2h") that spans several lines: Mastodon allows 500
	// characters, Bluesky 300; more is the article going on.
	maxHeaderTimedText = 600
)

// headerLabels are the labels that stand between a card's name and its
// handle or right after the handle. "·" and "•" separate the parts of the
// header when each is a line.
var headerLabels = []string{"·", "•", "follow", "following", "verified", "verified account", "✓", "✔",
	// rule card-labels-i18n: the follow button of cards X shows in
	// Spanish, French, German, Italian and Portuguese
	"seguir", "suivre", "s'abonner", "folgen", "segui"}

// cardLabels are the buttons and marks a rendered card shows around the
// post (lower case, compared in place): its header's labels and these.
// The "View on X" links are platformLabels, which isCardChrome reads too.
var cardLabels = slices.Concat(headerLabels, []string{
	"reply", "repost", "retweet", "like", "quote", "share", "bookmark", "boost",
	"favourite", "favorite", "comment", "save", "more", "copy link",
	"copy link to post", "copy link to tweet", "copy link to post (copied)",
	"show this thread", "translate post", "translate tweet", "read more on x",
	"read more on twitter", "read more on bluesky", "view profile", "add a comment...",
	"add a comment…",
	// rule card-labels-i18n: the reply and copy-link buttons of the same
	// cards
	"responder", "répondre", "antworten", "rispondi", "copiar enlace", "copier le lien", "link kopieren",
	"copia link", "copiar link",
})

// platformLabels name the platform of a card whose handle does not (a
// Threads or Instagram handle is a bare word).
var platformLabels = []platformLink{
	{"view on threads", "threads"},
	{"view on instagram", "instagram"},
	{"view more on instagram", "instagram"},
	{"view this post on instagram", "instagram"},
	{"view on bluesky", "bluesky"},
	{"view on mastodon", "mastodon"},
	{"view on x", "twitter"},
	{"view on twitter", "twitter"},
}

// isLabel reports whether line, trimmed, is one of labels (lower case) in
// any case; a line longer than any remnant is none.
func isLabel(line string, labels []string) bool { return labelWithin(line, labels, maxRemnantLen) }

// labelWithin: line, trimmed, is one of labels (lower case), and line is
// at most maxLen bytes.
func labelWithin(line string, labels []string, maxLen int) bool {
	if len(line) > maxLen {
		return false
	}
	l := strings.TrimSpace(line)
	for _, s := range labels {
		if model.LowerIs(l, s) {
			return true
		}
	}
	return false
}

func platformLabel(line string) string { return labelsPlatform(line, platformLabels) }

// platformLink is a link line embed code leaves (lower case) and the
// platform it names.
type platformLink struct{ label, platform string }

// labelsPlatform: the platform of the link whose label line is, trimmed
// and in any case; "" when it is none, or longer than any remnant.
func labelsPlatform(line string, links []platformLink) string {
	if len(line) > maxRemnantLen {
		return ""
	}
	l := strings.TrimSpace(line)
	for _, p := range links {
		if model.LowerIs(l, p.label) {
			return p.platform
		}
	}
	return ""
}

// countRe reads a card's counts: "12", "1.2K", "3,401 likes", "Read 12
// replies", "12.3K Views".
var countRe = regexp.MustCompile(`(?i)^(?:(?:read|view|see)\s+(?:all\s+)?)?[0-9][0-9.,]*\s?[KMB]?(?:\s+(?:more\s+)?(?:replies|reply|reposts?|retweets?|likes?|quotes?|views|comments?|shares?|boosts?|favou?rites?|bookmarks?))?$`)

func isCardChrome(line string) bool {
	if len(line) > maxRemnantLen {
		return false
	}
	return isLabel(line, cardLabels) || platformLabel(line) != "" || countRe.MatchString(strings.TrimSpace(line))
}

// clockRe reads the time of day a card shows with its date: "8:14 PM",
// "20:14", "8.14 p.m.", "at 8:14 PM UTC", and (rule card-labels-i18n)
// Spanish's "8:14 p. m.".
var clockRe = regexp.MustCompile(`(?i)^(?:at\s+)?[0-2]?[0-9][:.][0-5][0-9](?:\s?[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?$`)

// viewsRe reads the views count X writes after the date.
var viewsRe = regexp.MustCompile(`(?i)^[0-9][0-9.,]*\s?[KMB]?\s+views$`)

// postTime reads a card's time line: a date with, around it, only a time
// of day, separators ("·", ",", "at") and a views count: "8:14 PM · Oct 12,
// 2026", "October 12, 2026 at 8:14 PM", "Oct 12, 2026, 20:14". clock is
// whether a time of day was written.
func postTime(line string) (date string, clock, ok bool) {
	if len(line) > maxTimeLine || !strings.ContainsAny(line, "0123456789") {
		return "", false, false
	}
	t, start, end, found := dates.Find(line)
	if !found {
		return "", false, false
	}
	for _, rest := range []string{line[:start], line[end:]} {
		for piece := range strings.FieldsFuncSeq(rest, isTimeSep) {
			piece = strings.TrimSpace(piece)
			switch {
			case piece == "" || model.LowerIs(piece, "at"):
			case clockRe.MatchString(piece):
				clock = true
			case viewsRe.MatchString(piece):
			default:
				return "", false, false
			}
		}
	}
	return t.Format("2006-01-02"), clock, true
}

func isTimeSep(r rune) bool { return isHeaderSep(r) || r == ',' || r == '|' }

// isHeaderSep: "·" and "•" separate the parts of a card's header
// ("@name.bsky.social · 2h").
func isHeaderSep(r rune) bool { return r == '·' || r == '•' }

// relTimeRe reads the short time a card's header shows for a recent post:
// "2h", "35m", "3d", "1w", "5 hours ago", "now".
var relTimeRe = regexp.MustCompile(`(?i)^(?:[0-9]{1,2}\s?(?:s|m|min|mins|h|hr|hrs|d|w|mo|y)|[0-9]{1,2}\s(?:second|minute|hour|day|week|month|year)s?\sago|just now|now)$`)

// monthDayRe reads a header's date without its year: "Oct 12", "12 Oct".
var monthDayRe = regexp.MustCompile(`^(?:(\pL+)\.?\s([0-9]{1,2})|([0-9]{1,2})\.?\s(\pL+)\.?)$`)

// headerTime reads the time a card's header shows after a "·": a short
// time ("2h", "Oct 12") or a date. rel is whether it is a short time; date
// is set when the line gives a year, and for a month and day (rule
// sig-date-year-from-article: "--10-12", which ResolveYearless dates by
// the article's published date).
func headerTime(s string) (date string, rel, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) > maxTimeLine || !strings.ContainsAny(s, "0123456789") && !model.LowerIs(s, "now") && !model.LowerIs(s, "just now") {
		return "", false, false
	}
	if relTimeRe.MatchString(s) {
		return "", true, true
	}
	if m := monthDayRe.FindStringSubmatch(s); m != nil {
		name := m[1]
		if name == "" {
			name = m[4]
		}
		if month, ok := monthOf(name); ok {
			day := m[2]
			if m[1] == "" {
				day = m[3]
			}
			if d, err := strconv.Atoi(day); err == nil && d >= 1 && d <= 31 {
				return yearlessDate(month, d), true, true
			}
			return "", true, true
		}
	}
	if d, _, ok := postTime(s); ok {
		return d, false, true
	}
	return "", false, false
}

// monthNames maps every month name dates reads to its month.
var monthNames = func() map[string]time.Month {
	m := map[string]time.Month{}
	for name, month := range dates.MonthNames() {
		m[name] = month
	}
	return m
}()

// monthOf returns the month a month name names.
func monthOf(s string) (time.Month, bool) {
	m, ok := monthNames[strings.ToLower(s)]
	return m, ok
}

// leadInRe reads a quoting lead-in: "Valley Rail (@valleyrail) posted:",
// "@valleyrail posted on X:".
var leadInRe = regexp.MustCompile(`^(?:(.{1,80}?)\s+)?\(?@([A-Za-z0-9_.@-]{1,100})\)?\s+(?:posted|tweeted|wrote|shared)(?:\s+on\s+(X|Twitter|Bluesky|Threads|Instagram|Mastodon))?\s*:$`)

// leadInPlatforms maps the platform a lead-in names to the embed's.
var leadInPlatforms = map[string]string{"X": "twitter", "Twitter": "twitter", "Bluesky": "bluesky", "Threads": "threads", "Instagram": "instagram", "Mastodon": "mastodon"}

// header is what a card's handle line tells: the name written before the
// handle, the handle, a header time after a "·" (date, set when it gives
// a year; rel, a short time such as "2h"; timed, either) and chrome, a
// label after it ("Follow").
type header struct {
	name, handle, date string
	rel, timed, chrome bool
}

// handleLine reads a card's handle line: "@valleyrail", "@name.bsky.social
// · 2h", "@valleyrail · Follow", "Sam Roe @samroe.bsky.social · 2h".
func handleLine(line string) (h header, ok bool) {
	if len(line) > maxAuthorLen+maxTimeLine || strings.IndexByte(line, '\n') >= 0 {
		return header{}, false
	}
	at := -1
	if strings.HasPrefix(line, "@") {
		at = 0
	} else if k := strings.Index(line, " @"); k >= 0 {
		at = k + 1
	}
	if at < 0 {
		return header{}, false
	}
	h.name = strings.TrimSpace(line[:at])
	if strings.ContainsAny(h.name, "@()") || !nameLike(h.name) && h.name != "" {
		return header{}, false
	}
	rest := line[at+1:]
	handle, tail, _ := strings.Cut(rest, " ")
	if !validSigHandle(handle) {
		return header{}, false
	}
	h.handle = handle
	// a name before the handle only with the header's "·" after it
	// ("Sam Roe @samroe.bsky.social · 2h"): "Thanks @valleyrail" is a
	// sentence
	if h.name != "" && strings.IndexFunc(tail, isHeaderSep) < 0 {
		return header{}, false
	}
	for piece := range strings.FieldsFuncSeq(tail, isHeaderSep) {
		piece = strings.TrimSpace(piece)
		switch {
		case piece == "":
		case isLabel(piece, headerLabels):
			h.chrome = true
		default:
			d, rel, ok := headerTime(piece)
			if !ok || h.timed {
				return header{}, false
			}
			h.date, h.rel, h.timed = d, rel, true
		}
	}
	return h, true
}

// isHeaderSepLine: a line that is a header separator alone ("·").
func isHeaderSepLine(l string) bool {
	l = strings.TrimSpace(l)
	r, n := utf8.DecodeRuneInString(l)
	return n == len(l) && isHeaderSep(r)
}

// nameLike: a display name is a short line that does not read as a
// sentence: no closing full stop, question or colon, a few words, no
// handle.
func nameLike(s string) bool {
	if s == "" || len(s) > maxAuthorLen || strings.ContainsAny(s, "@\n") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".!?:;,", r) {
		return false
	}
	n := 0
	for range strings.FieldsSeq(s) {
		if n++; n > maxNameWords {
			return false
		}
	}
	return true
}

// bareHandle: a Threads or Instagram handle line, a word of lower-case
// letters, digits, "_" and ".".
func bareHandle(s string) bool {
	if !validHandle(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return true
}

// card is rule rendered-card: a rendered post card starting at lines[i]
// (see the comment at the top of this file). It needs a handle line within
// the first lines, a post text, and a time: a time line under the text, or
// a short time in the header ("· 2h"). A time line with no time of day, or
// a header date, needs the card's own marks too ("·", "Follow", counts,
// "Reply"), and a handle alone (no name, no mark, no lead-in) is no card:
// forums and author boxes write "@name" over a paragraph.
func card(lines []string, i int) (model.Embed, int, bool) {
	line := lines[i]
	if len(line) > maxSignatureLine || strings.IndexByte(line, '\n') >= 0 {
		return model.Embed{}, 0, false
	}
	var (
		h        header
		platform string
		leadIn   bool
		bare     bool // a bare handle: the card must name its platform
		named    bool
		marked   bool // the card's own marks: "·", "Follow", counts, buttons
		j        int
	)
	var m []string
	if strings.HasSuffix(line, ":") && strings.Contains(line, "@") && len(line) <= maxAuthorLen+maxRemnantLen+100 {
		m = leadInRe.FindStringSubmatch(line)
	}
	if m != nil {
		if !validSigHandle(m[2]) || m[1] != "" && !nameLike(m[1]) {
			return model.Embed{}, 0, false
		}
		h = header{name: strings.TrimSpace(m[1]), handle: m[2]}
		platform = leadInPlatforms[m[3]]
		leadIn, named = true, true
		j = i + 1
	} else {
		var ok bool
		if h, j, bare, named, marked, ok = cardHeader(lines, i); !ok {
			return model.Embed{}, 0, false
		}
	}
	// the post's text, up to its time line or the card's buttons
	start := j
	date, timed := h.date, h.timed
	footer := false
	for j < len(lines) && j < start+maxCardText {
		l := lines[j]
		if strings.IndexByte(l, '\n') >= 0 || len(l) > maxSignatureLine {
			break
		}
		// another card's handle line ends the text: its time line is not
		// this post's
		if _, ok := handleLine(l); ok {
			break
		}
		if d, clock, ok := postTime(l); ok {
			if h.timed {
				break // a card dated in its header has no time line under it
			}
			if clock || leadIn || marked {
				date, timed, footer = d, true, true
			} else {
				footer = true // judged below, with the marks under it
				date = d
			}
			break
		}
		if isCardChrome(l) {
			break
		}
		j++
	}
	end := j
	if end == start || !timed && !footer {
		return model.Embed{}, 0, false
	}
	if footer {
		j++
	} else if !(timed && h.rel) {
		// a header date alone: the text is the lines before the card's
		// buttons, which must follow
		if j >= len(lines) || !cardFooter(lines[j]) {
			return model.Embed{}, 0, false
		}
	} else if j >= len(lines) || !cardFooter(lines[j]) || textLen(lines[start:end]) > maxHeaderTimedText {
		// a short header time and no buttons right under post-sized
		// text: the text is one line, the rest may be the article
		end = start + 1
		j = end
	}
	// the counts and buttons under the card
	chrome := 0
	for j < len(lines) && chrome < maxCardChrome && cardFooter(lines[j]) {
		if p := platformLabel(lines[j]); p != "" {
			platform = p
		}
		j++
		chrome++
	}
	if bare && platform == "" {
		return model.Embed{}, 0, false // the label was past the card
	}
	if footer && !timed {
		// a date with no time of day: only a card with buttons under it
		if chrome == 0 {
			return model.Embed{}, 0, false
		}
		timed = true
	}
	// a handle line alone over a reply and its date is a forum's (buttons
	// under it too: forums have "Reply"): a card shows a name, its marks
	// or a header time
	if !leadIn && !named && !marked && !h.timed {
		return model.Embed{}, 0, false
	}
	if platform == "" {
		platform = platformOfHandle(h.handle)
	}
	e := model.Embed{Kind: model.EmbedPost, Platform: platform, Author: h.name, Handle: h.handle, Date: date}
	fill(&e, strings.Join(lines[start:end], "\n"))
	if e.Text == "" {
		return model.Embed{}, 0, false
	}
	return e, j - i, true
}

// cardFooter: a line of the counts and buttons under a card. Rule
// card-opener-not-footer: an Instagram header ("View this post on
// Instagram", isInstagramHeader) is the first line Instagram's embed code
// leaves, above its own post, not a button under the card before it. Read
// as that card's footer it made the paragraphs between the two part of
// the first post's text (the article's sentence lost into an embed) and
// gave the card Instagram as its platform. lede bench extract --text-from
// --halves (the four runs), the HTML path (e/w) and lede extract of the
// 2,045 texts of /tmp/hD/w/mtexts2: byte-identical (the sets hold no
// rendered card).
func cardFooter(line string) bool {
	return isCardChrome(line) && !isInstagramHeader(line)
}

// cardHeader reads the header of a card that opens with no lead-in, from
// lines[i] (rule rendered-card): the handle line, on lines[i] or after a
// name line and header marks, then the marks and a short time after it.
// j is the line after the header; bare, named and marked are card's: a
// bare handle, a display name, the card's own marks. ok is false for no
// card header (the other results are then of no use).
func cardHeader(lines []string, i int) (h header, j int, bare, named, marked, ok bool) {
	// the handle line: this line or one after a name and header marks
	found := false
	for k := i; k < len(lines) && k < i+maxCardHeader; k++ {
		l := lines[k]
		if hh, ok := handleLine(l); ok {
			h, found, j = hh, true, k+1
			break
		}
		// a bare handle only in a card that names its platform
		if bareHandle(l) && cardPlatform(lines, k) != "" {
			h, found, bare, j = header{handle: l}, true, true, k+1
			break
		}
		if k == i {
			if !nameLike(l) || isLabel(l, headerLabels) {
				return
			}
			named = true
			continue
		}
		if !isLabel(l, headerLabels) {
			return
		}
		marked = true
	}
	if !found {
		return
	}
	if named && h.name != "" {
		return // two names
	}
	if named {
		h.name = strings.TrimSpace(lines[i])
	}
	named = named || h.name != ""
	marked = marked || h.chrome
	// header marks and time after the handle line: "·", "Follow", "2h"
	sep := false
	for j < len(lines) && j < i+2*maxCardHeader {
		l := lines[j]
		if isLabel(l, headerLabels) {
			marked = true
			sep = sep || isHeaderSepLine(l)
			j++
			continue
		}
		if !h.timed {
			// a short time alone ("2h"); a day or date only after a
			// "·" (a byline's "May 3" or date is no card's)
			if d, rel, ok := headerTime(l); ok && (sep || relTimeRe.MatchString(strings.TrimSpace(l))) {
				h.date, h.rel, h.timed = d, rel, true
				j++
				continue
			}
		}
		break
	}
	return h, j, bare, named, marked, true
}

func textLen(lines []string) int {
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	return n
}

// cardPlatform is the platform a label names in the lines after lines[k]
// that a card spans ("View on Threads" under a bare handle).
func cardPlatform(lines []string, k int) string {
	for j := k + 1; j < len(lines) && j <= k+maxCardText+maxCardChrome; j++ {
		if p := platformLabel(lines[j]); p != "" {
			return p
		}
	}
	return ""
}
