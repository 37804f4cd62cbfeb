package input

import (
	"bytes"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Decoded is an input turned into UTF-8.
type Decoded struct {
	// Text is the input in UTF-8 (empty when DecodeBytes returned the
	// input's own bytes instead).
	Text string
	// Encoding is the canonical name of the encoding decoded from.
	Encoding string
	// Evidence says how it was chosen: bom, http, meta, detected or default.
	Evidence string
	// Warnings tell of mis-declared encodings and replaced bytes.
	Warnings []string
	// raw, set by decode instead of Text, is the input itself (after a
	// UTF-8 byte-order mark) when its bytes are valid UTF-8 as they stand.
	raw []byte
}

// metaPrescanLen is how far into a page the meta charset is looked for; the
// HTML standard's prescan reads 1024 bytes, but many real pages put their
// meta tag after long comments or scripts, so we look further.
const metaPrescanLen = 8192

// Decode converts data to UTF-8. The encoding is chosen in the order browsers
// use: byte-order mark, the HTTP Content-Type header, a meta charset (HTML
// only), then detection. A declared single-byte encoding is overruled when the
// bytes are valid UTF-8 with non-ASCII text, the most common mis-declaration.
//
// Text that was double-encoded before it was stored (UTF-8 read as
// Windows-1252 and saved again) is repaired, with a warning.
func Decode(data []byte, contentType string, isHTML bool) Decoded {
	return repaired(decode(data, contentType, isHTML))
}

// DecodeBytes is Decode for a caller that reads bytes (the HTML parser):
// when the input is valid UTF-8 as it stands, as most pages are, and holds
// no double-encoded run to repair, it returns the input's own bytes as raw
// (after a UTF-8 byte-order mark) and leaves d.Text empty; otherwise raw
// is nil and d is what Decode returns. The copy of the whole page into a
// string that it spares was a sixth of the bytes lede bench extract
// allocates per page: its "alloc MB/page" with --cases
// extract/cases.jsonl went 0.92 -> 0.78, with extract-wcxb/cases.jsonl
// 1.62 -> 1.36 (measured by hand at 56b29883 against its parent).
// raw aliases data: the caller must not change data while it reads raw.
func DecodeBytes(data []byte, contentType string, isHTML bool) (d Decoded, raw []byte) {
	d = decode(data, contentType, isHTML)
	if d.raw != nil && !mojibakeIn(d.raw) {
		raw, d.raw = d.raw, nil
		return d, raw
	}
	return repaired(d), nil
}

// repaired turns decode's result into Decode's: the text as a string, with
// double encoding undone (rule double-encoded).
func repaired(d Decoded) Decoded {
	if d.raw != nil {
		d.Text, d.raw = string(d.raw), nil
	}
	if text, ok := repairMojibake(d.Text); ok {
		d.Text = text
		d.Warnings = append(d.Warnings, "double-encoded text (UTF-8 read as Windows-1252) repaired")
	}
	return d
}

// decode is Decode without the double-encoding repair.
func decode(data []byte, contentType string, isHTML bool) Decoded {
	if enc, name := bomEncoding(data); enc != nil {
		return decodeWith(data, enc, name, "bom")
	}
	if enc, name := bomlessUTF16(data); enc != nil {
		// Before any declaration: NUL-laden bytes read as an ASCII-based
		// charset are junk whatever the page or server says.
		d := decodeWith(data, enc, name, "detected")
		d.Warnings = append(d.Warnings, name+" without a byte-order mark")
		return d
	}
	if name := headerCharset(contentType); name != "" {
		if enc, canon := lookup(name); enc != nil {
			return checkDeclared(data, enc, canon, "http")
		}
	}
	if isHTML {
		head := data
		if len(head) > metaPrescanLen {
			head = head[:metaPrescanLen]
		}
		if name := metaCharset(head); name != "" {
			if enc, canon := lookup(name); enc != nil {
				return checkDeclared(data, enc, canon, "meta")
			}
		}
	}
	return detect(data)
}

func bomEncoding(data []byte) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		return unicode.UTF8BOM, "utf-8"
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	}
	return nil, ""
}

// utf16Sample is how many leading bytes bomlessUTF16 reads: enough pairs
// for the shares below to be stable, few enough to stay cheap on any input.
const utf16Sample = 4096

// Rule bomless-utf16: a page saved as UTF-16 without a byte-order mark
// (Windows tools, some exports) has a NUL high byte in most of its pairs,
// since markup and Latin text are ASCII, and almost never a NUL low byte.
// Sniff took it for binary ("binary input"), which lost a readable page.
// utf16MinNULPairs is the share of pairs with the NUL on the expected side
// (an English page has it in about every pair, a CJK page's markup still in
// over a third of them); utf16MaxOtherNUL is the share allowed on the other
// side (random binary has about 1/256 on each, int16 tables far more on both).
// utf16MinPairs is the fewest pairs the rule decides on: a few bytes with
// one NUL ("abc\x00def") are binary, not a word of UTF-16.
const (
	utf16MinNULPairs = 0.3
	utf16MaxOtherNUL = 0.02
	utf16MinPairs    = 8
)

// bomlessUTF16 returns the UTF-16 decoder for data that is UTF-16 without a
// byte-order mark (see rule bomless-utf16), or nil.
func bomlessUTF16(data []byte) (encoding.Encoding, string) {
	if len(data) > utf16Sample {
		data = data[:utf16Sample]
	}
	pairs := len(data) / 2
	if pairs < utf16MinPairs {
		return nil, ""
	}
	evenNUL, oddNUL := 0, 0
	for i := 0; i+1 < len(data); i += 2 {
		if data[i] == 0 && data[i+1] != 0 {
			evenNUL++
		} else if data[i+1] == 0 && data[i] != 0 {
			oddNUL++
		}
	}
	lo, hi := float64(pairs)*utf16MinNULPairs, float64(pairs)*utf16MaxOtherNUL
	switch {
	case float64(oddNUL) >= lo && float64(evenNUL) <= hi:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"
	case float64(evenNUL) >= lo && float64(oddNUL) <= hi:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"
	}
	return nil, ""
}

// notUTF16 reports data that cannot be BOM-less UTF-16 (decode has ruled
// out a byte-order mark and rule bomless-utf16's NUL pattern): valid UTF-8
// without NUL or other control bytes in its head. UTF-16 CJK text has no NUL
// either, but the low bytes of its characters are control bytes about one
// time in eight (looksBinary's 5% catches it).
func notUTF16(data []byte) bool {
	head := data
	if len(head) > utf16Sample {
		head = head[:utf16Sample]
	}
	return utf8.Valid(data) && !looksBinary(head)
}

// decodeUTF16 decodes UTF-16 data, with a byte-order mark or without one
// (rule bomless-utf16); other data is returned as it is.
func decodeUTF16(data []byte) (string, string, error) {
	enc, name := bomEncoding(data)
	if enc == nil || name == "utf-8" {
		enc, name = bomlessUTF16(data)
	}
	if enc == nil {
		return string(data), "", nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	return string(out), name, err
}

func headerCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return params["charset"]
}

// metaCharset finds <meta charset=X> or <meta http-equiv=Content-Type
// content="...charset=X">. Tag and attribute names are matched ignoring
// ASCII case in place (indexFoldASCII), as the HTML standard's prescan
// does: a lower-cased copy of the head cost every page a copy of
// metaPrescanLen bytes, rune by rune wherever the head holds a letter
// beyond ASCII, 3.6% of extracting the extract/ pages of 20 KB or less
// (a CPU profile of pipeline.Extract on those pages, read by hand with go
// tool pprof at commit 4fbc8007, before the change). The label is
// returned as written; lookup folds its case.
func metaCharset(head []byte) string {
	for i := 0; ; {
		j := indexFoldASCII(head[i:], "<meta")
		if j < 0 {
			return ""
		}
		i += j + 5
		end := bytes.IndexByte(head[i:], '>')
		if end < 0 {
			return ""
		}
		tag := head[i : i+end]
		k := indexFoldASCII(tag, "charset")
		if k < 0 {
			continue
		}
		rest := bytes.TrimLeft(tag[k+7:], " \t\r\n")
		if len(rest) == 0 || rest[0] != '=' {
			continue
		}
		rest = bytes.TrimLeft(rest[1:], " \t\r\n\"'")
		n := 0
		for n < len(rest) && rest[n] != '"' && rest[n] != '\'' && rest[n] != ';' && rest[n] != ' ' && rest[n] != '/' && rest[n] != '>' {
			n++
		}
		if n > 0 {
			return string(rest[:n])
		}
	}
}

func lookup(name string) (encoding.Encoding, string) {
	name = strings.TrimSpace(strings.ToLower(name))
	enc, err := htmlindex.Get(name)
	if err != nil || enc == nil {
		return nil, ""
	}
	canon, err := htmlindex.Name(enc)
	if err != nil {
		canon = name
	}
	if enc == simplifiedchinese.GBK {
		// Rule gbk-as-gb18030: the HTML standard decodes the labels
		// "gbk" and "gb2312" with the GB18030 decoder, a superset that
		// also reads the four-byte sequences such pages carry ("©",
		// "€" as GB18030 writes them); x/text's GBK decoder turns them
		// into junk.
		enc = simplifiedchinese.GB18030
	}
	return enc, canon
}

// checkDeclared decodes with a declared encoding unless the bytes say otherwise.
func checkDeclared(data []byte, enc encoding.Encoding, name, evidence string) Decoded {
	if (name == "utf-16le" || name == "utf-16be") && notUTF16(data) {
		// Rule declared-utf16-not: a page declared UTF-16 (by its server,
		// or a meta tag, which the HTML standard reads as UTF-8 for this
		// very reason) whose bytes are UTF-8 without a NUL: decoding it as
		// declared turned every pair of ASCII letters into one CJK
		// character ("<html>" became "格浴㹬"), without a word.
		d := decodeUTF8(data)
		d.Evidence = "detected"
		d.Warnings = append(d.Warnings, "declared charset "+name+" ("+evidence+") but the bytes are not UTF-16: read as UTF-8")
		return d
	}
	if name == "utf-8" {
		// Rule misdeclared-legacy: a page declaring UTF-8 whose non-ASCII
		// bytes are mostly not UTF-8 was written in a legacy charset under
		// a template or server that declares UTF-8 (a Windows-1252 "café",
		// a Shift_JIS article). Detection reads it; decoding it as declared
		// turned every accented letter or every kanji into U+FFFD.
		valid := utf8.Valid(data)
		if !valid && !mostlyUTF8(data) {
			d := detect(data)
			d.Warnings = append(d.Warnings, "declared charset utf-8 ("+evidence+") but the bytes are "+d.Encoding)
			return d
		}
		d := decodeUTF8Checked(data, valid)
		d.Evidence = evidence
		return d
	}
	// Rule misdeclared-utf8: a page declaring a legacy single- or double-byte
	// charset whose bytes are valid UTF-8 with multi-byte sequences was almost
	// certainly re-encoded by its CMS without updating the declaration.
	if hasMultibyte(data) && utf8.Valid(data) && name != "utf-16le" && name != "utf-16be" {
		d := decodeUTF8Checked(data, true)
		d.Evidence = "detected"
		d.Warnings = append(d.Warnings, "declared charset "+name+" ("+evidence+") but the bytes are UTF-8")
		return d
	}
	if d, ok := overruleDeclared(data, enc, name); ok {
		d.Warnings = append(d.Warnings, "declared charset "+name+" ("+evidence+") but the bytes read as "+d.Encoding)
		return d
	}
	return decodeWith(data, enc, name, evidence)
}

// Rule misdeclared-legacy-pair: a page declaring one legacy charset and
// written in another (a Russian windows-1251 page under a template that says
// windows-1252, EUC-JP declared as Shift_JIS, GBK as Big5) came out as
// mojibake without a word ("Ãîðîäñêîé ñîâåò"). Detection scores every
// candidate's reading of the sample (textScore per byte beyond ASCII); the
// declaration is overruled when another reading scores overruleMargin more.
//
// overruleMargin: on the synthetic pages of encodings_test.go (12
// languages, each in its encodings, declared as each of 22 charsets) every
// right declaration scores 0.00 below the best reading, every wrong one that
// garbles letters of another script 0.16 or more (Hebrew or Greek read as
// Latin 0.16, Russian as windows-1252 0.18, KOI8-R as windows-1251 0.90,
// CJK pairs 0.56 and more). On the benchmark pages (a probe run for review:
// each page's meta charset, its reading scored against bestCandidate's),
// the 12 extract/ pages declaring a legacy charset score 0.00 below the
// best; of WCXB's 8, the two that do not (1.10, 1.83) are UTF-8 and rule
// misdeclared-utf8 reads them first. Readings of one script that differ in a few
// letters (windows-1251 read as windows-1254: 0.01) stay as declared.
// overruleMinBytes: below 32 bytes beyond ASCII (a "©" and a few accented
// names) one letter more or less swings the per-byte score past the margin.
const (
	overruleMargin   = 0.15
	overruleMinBytes = 32
)

// overruleDeclared decodes data with the best detected reading when rule
// misdeclared-legacy-pair overrules the declared enc (canonical name).
func overruleDeclared(data []byte, enc encoding.Encoding, name string) (Decoded, bool) {
	if name == "utf-16le" || name == "utf-16be" || name == "iso-2022-jp" {
		return Decoded{}, false
	}
	sample := detectionSample(data)
	nonASCII := countNonASCII(sample)
	if nonASCII < overruleMinBytes {
		return Decoded{}, false
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), sample)
	if err != nil {
		return Decoded{}, false
	}
	declared := textScore(string(out)) / float64(nonASCII)
	best, bestScore := bestCandidate(sample, nonASCII)
	if best == "" || best == name || bestScore-declared < overruleMargin {
		return Decoded{}, false
	}
	benc, canon := lookup(best)
	if benc == nil || canon == name {
		return Decoded{}, false
	}
	return decodeWith(data, benc, canon, "detected"), true
}

// countNonASCII counts the bytes of b beyond ASCII, the bytes detection
// scores readings by.
func countNonASCII(b []byte) int {
	n := 0
	for _, c := range b {
		if c >= 0x80 {
			n++
		}
	}
	return n
}

// bestCandidate is the detectCandidates reading of sample that scores best
// per byte beyond ASCII (the earlier on a tie), and its score.
func bestCandidate(sample []byte, nonASCII int) (string, float64) {
	best, bestScore := "", -1e9
	for _, name := range detectCandidates {
		enc, _ := lookup(name)
		if enc == nil {
			continue
		}
		out, _, err := transform.Bytes(enc.NewDecoder(), sample)
		if err != nil {
			continue
		}
		if s := textScore(string(out)) / float64(max(nonASCII, 1)); s > bestScore {
			best, bestScore = name, s
		}
	}
	return best, bestScore
}

func decodeWith(data []byte, enc encoding.Encoding, name, evidence string) Decoded {
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	d := Decoded{Encoding: name, Evidence: evidence}
	if err != nil {
		// Fall back to UTF-8 with replacement rather than failing.
		d = decodeUTF8(data)
		d.Warnings = append(d.Warnings, "could not decode as "+name+": "+err.Error())
		return d
	}
	d.Text = string(out)
	return d
}

// decodeUTF8 decodes data as UTF-8 after its byte-order mark, invalid
// bytes replaced with U+FFFD (and a warning).
func decodeUTF8(data []byte) Decoded { return decodeUTF8Checked(data, utf8.Valid(data)) }

// decodeUTF8Checked is decodeUTF8 for data whose validity the caller has
// already read (valid is utf8.Valid(data)): a declared UTF-8 page, most
// pages, is validated once, not twice. The mark is a whole rune, so data
// and data without it are valid alike.
func decodeUTF8Checked(data []byte, valid bool) Decoded {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	d := Decoded{Encoding: "utf-8"}
	if valid {
		// Text is built from raw when asked for (Decode), not here:
		// DecodeBytes hands the bytes on as they are.
		d.raw = data
		return d
	}
	d.Text = strings.ToValidUTF8(string(data), "\uFFFD")
	d.Warnings = append(d.Warnings, "invalid UTF-8 bytes replaced with U+FFFD")
	return d
}

func hasMultibyte(data []byte) bool {
	for _, c := range data {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// detect chooses an encoding for undeclared bytes: UTF-8 when valid (allowing a
// rune cut off by truncation), an ISO-2022-JP page by its escapes, else the
// legacy encoding whose reading of the bytes scores best as text (see
// detectCandidates and textScore in detect.go).
func detect(data []byte) Decoded {
	if d, ok := detectISO2022JP(data); ok {
		return d
	}
	if !hasMultibyte(data) || validUTF8Prefix(data) {
		d := decodeUTF8(data)
		d.Evidence = "detected"
		if !hasMultibyte(data) {
			d.Evidence = "default"
		}
		return d
	}
	// A sample keeps detection bounded on huge inputs.
	sample := detectionSample(data)
	nonASCII := countNonASCII(sample)
	best, bestScore := "windows-1252", -1e9
	if mostlyUTF8(data) {
		// Rule damaged-utf8: UTF-8 with a few bad bytes (a truncated
		// copy, a stray Latin-1 byte) is UTF-8, but a short legacy text
		// can pass for it too (EUC-JP's byte pairs are often valid
		// UTF-8): the UTF-8 reading competes, first, each invalid byte
		// counting as an error.
		best, bestScore = "utf-8", utf8Score(sample)/float64(max(nonASCII, 1))
	}
	if name, s := bestCandidate(sample, nonASCII); s > bestScore {
		best = name
	}
	if best == "utf-8" {
		d := decodeUTF8(data)
		d.Evidence = "detected"
		return d
	}
	enc, canon := lookup(best)
	d := decodeWith(data, enc, canon, "detected")
	return d
}

// mostlyUTF8Share: when at least this share of the non-ASCII bytes form valid
// UTF-8 sequences, the text is UTF-8 with some damaged bytes (a truncated
// copy, a stray Latin-1 byte), not a legacy encoding: legacy text almost
// never forms valid multi-byte sequences by chance.
const mostlyUTF8Share = 0.5

// mostlyUTF8 reports UTF-8 text with a few invalid bytes.
func mostlyUTF8(data []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid += size
		}
		i += size
	}
	return valid > 0 && float64(valid) >= mostlyUTF8Share*float64(valid+invalid)
}
