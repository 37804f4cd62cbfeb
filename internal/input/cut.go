package input

import "bytes"

// cutHeadLen is how far into a page CutHTML looks for the start of an
// HTML document (<!doctype html> or <html>): a BOM, a comment or an XML
// declaration may come first, never a kilobyte of them (every page of both
// benchmark sets opens within it).
const cutHeadLen = 1024

// cutOpenDivs is how many <div>s left open make a page that ends with an
// end tag but without </body> nor </html> cut. The complete pages of both
// benchmark sets that lack those end tags leave 0 or 1 open; of all
// complete pages (with </body>), 3.3% leave 3 or more open (broken
// markup), so 3 asks for both rare things at once before a whole page is
// called cut.
const cutOpenDivs = 3

// CutHTML is rule cut-plain-html: it reports whether an HTML document
// (one whose first cutHeadLen bytes open <!doctype html> or <html>) ends
// before its end, as a download that stopped half-way leaves it, with
// the words why. Such a file carries no mark of its own (unlike a gzip
// stream, whose trailer is missing), so without this rule a cut copy of
// a page would replace a stored whole one.
//
// A document is cut when it holds neither </body> nor </html> and either
// does not end, past trailing white space, with an end tag (it stops
// mid-tag `<p class="le`, mid-text `the council vo`, or after a start
// tag `<p>`), or ends with one while cutOpenDivs or more <div>s are left
// open (a cut just after `</p>` deep in the page). HTML lets a page leave
// out </body> and </html>, and a few real ones do, but each of those ends
// with an end tag (</script>, </div>, </footer>) and its divisions closed:
// of the 2,065 complete pages of bench/extract and bench/extract-wcxb, 8
// lack both end tags, all 8 end with an end tag and leave 0 or 1 <div>
// open, so none is called cut. Cut at 10 random points each, 94.7% of
// the cut copies were caught by the ending alone and 98.7% with the open
// divisions (a probe; .ci/gates/38-cutpage.sh's seed gives 98.2% and
// 98.5%); most of the rest end just after an end tag with few divisions
// open, or after an early </body> (inside a script). Fragments (no <html> nor
// doctype) and plain text are never judged: nothing tells where they
// should end.
func CutHTML(data []byte) (cut bool, why string) {
	head := data[:min(len(data), cutHeadLen)]
	if !hasFold(head, "<!doctype html") && !hasFold(head, "<html") {
		return false, ""
	}
	if hasFold(data, "</body") || hasFold(data, "</html") {
		return false, ""
	}
	tail := bytes.TrimRight(data, " \t\r\n\f")
	lt := bytes.LastIndexByte(tail, '<')
	gt := bytes.LastIndexByte(tail, '>')
	switch {
	case lt > gt:
		return true, "the page ends inside a tag, with no </body> nor </html>"
	case gt < len(tail)-1:
		return true, "the page ends in mid-text, with no </body> nor </html>"
	case lt < 0 || lt+1 >= len(tail) || tail[lt+1] != '/':
		return true, "the page ends after a start tag, with no </body> nor </html>"
	case countFold(tail, "<div")-countFold(tail, "</div") >= cutOpenDivs:
		return true, "the page ends with <div> elements left open, with no </body> nor </html>"
	}
	return false, ""
}

// hasFold reports whether s (ASCII, lower case) occurs in b, ignoring
// ASCII case. It looks for s's first byte in either case with IndexByte
// (fast), then compares the rest.
func hasFold(b []byte, s string) bool {
	c0, c1 := s[0], s[0]
	if 'a' <= c0 && c0 <= 'z' {
		c1 = c0 - 'a' + 'A'
	}
	for i := 0; i+len(s) <= len(b); {
		j := bytes.IndexByte(b[i:], c0)
		if c1 != c0 {
			if k := bytes.IndexByte(b[i:], c1); k >= 0 && (j < 0 || k < j) {
				j = k
			}
		}
		if j < 0 {
			return false
		}
		i += j
		if i+len(s) > len(b) {
			return false
		}
		if equalFoldASCII(b[i:i+len(s)], s) {
			return true
		}
		i++
	}
	return false
}

// countFold counts the occurrences of s (ASCII, lower case, starting with
// '<') in b, ignoring ASCII case.
func countFold(b []byte, s string) int {
	n := 0
	for i := 0; ; {
		j := bytes.IndexByte(b[i:], '<')
		if j < 0 {
			return n
		}
		i += j
		if i+len(s) <= len(b) && equalFoldASCII(b[i:i+len(s)], s) {
			n++
		}
		i++
	}
}

// equalFoldASCII compares b with the lower-case ASCII s, ignoring case.
func equalFoldASCII(b []byte, s string) bool {
	for i := range len(s) {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}
