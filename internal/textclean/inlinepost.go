package textclean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/dates"
	"github.com/lede-news/lede/internal/embeds"
)

// Bounds of rule post-in-paragraph.
const (
	// maxPostText bounds the text of a post cut out of a paragraph: X
	// allows 280 characters, and a flattened post adds its media link
	// ("pic.twitter.com/..." about 30) and its links; 360 leaves room.
	maxPostText = 360
	// minPostText: a sentence shorter than this ("Wow." "Day one!") is
	// taken with the one before it as the post's text.
	minPostText = 40
	// maxSigName bounds the author's name between the dash and "(@":
	// X allows 50 characters; as embeds' maxAuthorLen, 80 bytes.
	maxSigName = 80
	// maxSigDate bounds the date after the handle: "September 30, 2019"
	// with a time is under 40 bytes.
	maxSigDate = 40
	// maxRefusedPosts bounds the signatures of one line whose post the
	// post reader refuses, after which the line is left whole: each try
	// reads the line once more (postStart, embeds.Match), so a hostile line
	// of many signatures was quadratic. On the peers' texts of the extract
	// and extract-wcxb sets (bench/peers) no line has a signature refused;
	// a flattened article holds a few posts, so 8 leaves room.
	maxRefusedPosts = 8
)

// inlineSigDashes open a post's signature inside a line: the dash is
// surrounded by spaces, so hyphenated words never start one.
var inlineSigDashes = []string{" — ", " – ", " - ", " ― "}

// splitInlinePost is rule post-in-paragraph. Some extractors flatten a
// whole article onto one line, an embedded post with it: "... the tunnel
// opened on Monday. Queues already! pic.twitter.com/x — Ada Marr (@adamarr)
// May 3, 2021 The operator said ...". The post reader takes a line whose
// signature it finds as one post, so the article around it was lost. The
// rule cuts such a line in up to three: the text before the post, the post
// (its last sentences before the signature, at most maxPostText, and the
// signature up to its date) and the text after it. It fires only when
// there is text after the signature's date or more text before it than a
// post holds, and when the post reader reads the middle part as a post.
func splitInlinePost(line string) ([]string, bool) {
	// nextClose is the first ')' at or after the last "(@" read: the next
	// "(@" before it has the same one, so that a line of many "(@" and no
	// ')' near them is read once, not once per "(@" (that was quadratic).
	nextClose := -1
	refused := 0
	for off := 0; off < len(line) && refused < maxRefusedPosts; {
		k := strings.Index(line[off:], "(@")
		if k < 0 {
			return nil, false
		}
		k += off
		off = k + 2
		if nextClose < k {
			if nextClose = strings.IndexByte(line[k:], ')'); nextClose < 0 {
				return nil, false
			}
			nextClose += k
		}
		closeAt := nextClose + 1
		// the signature's dash, before the author's name
		dash := -1
		from := max(0, k-maxSigName-4)
		for _, d := range inlineSigDashes {
			if j := strings.LastIndex(line[from:k], d); j >= 0 && from+j > dash {
				dash = from + j
			}
		}
		if dash <= 0 {
			continue
		}
		// the date right after the handle ends the signature
		rest := line[closeAt:]
		if len(rest) > maxSigDate {
			rest = rest[:maxSigDate]
		}
		_, ds, de, ok := dates.Find(rest)
		if !ok || strings.TrimSpace(rest[:ds]) != "" {
			continue
		}
		sigEnd := closeAt + de
		head, after := line[:dash], strings.TrimSpace(line[sigEnd:])
		if after == "" && utf8.RuneCountInString(head) <= maxPostText {
			return nil, false // a line that is one post: the post reader's
		}
		start := postStart(head)
		post := strings.TrimSpace(line[start:sigEnd])
		if _, n, ok := matchPost([]string{post}, 0); !ok || n != 1 {
			refused++
			continue
		}
		var parts []string
		if b := strings.TrimSpace(line[:start]); b != "" {
			parts = append(parts, b)
		}
		parts = append(parts, post)
		if after != "" {
			parts = append(parts, after)
		}
		return parts, true
	}
	return nil, false
}

// matchPost is embeds.Match, a variable so that tests count the posts
// rule post-in-paragraph reads.
var matchPost = embeds.Match

// postStart is where a post's text begins in head, the text before its
// signature: nothing in the flattened line marks it, so the rule takes the
// last sentence that holds at least minPostText characters (a post is most
// often one sentence or two short ones; "So proud of the crew. Day one!"
// keeps both). A post of several long sentences leaves its first ones in
// the body: a few words too many there, against the whole article lost.
func postStart(head string) int {
	start := 0
	// left is the rune count of head[i:], kept as the loop goes (counting
	// it anew at each sentence start was quadratic on a long line)
	left := utf8.RuneCountInString(head) + 1
	for i, r := range head {
		left--
		if i == 0 || !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '"' && r != '“' && r != '@' && r != '#' {
			continue
		}
		// (before is empty when head opens with spaces: no sentence ends there)
		before := strings.TrimRight(head[:i], " ")
		if len(before) == len(head[:i]) || before == "" || !strings.ContainsAny(before[len(before)-1:], ".!?") {
			continue
		}
		if left < minPostText {
			break
		}
		start = i
	}
	return start
}
