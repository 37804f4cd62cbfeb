package input

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/model"
)

// Format is what a raw input holds.
type Format int

// Formats told apart by Sniff.
const (
	FormatEmpty Format = iota
	FormatText
	FormatHTML
	FormatBinary
)

func (f Format) String() string {
	switch f {
	case FormatEmpty:
		return "empty"
	case FormatText:
		return "text"
	case FormatHTML:
		return "html"
	default:
		return "binary"
	}
}

// sniffLen is how much of the input Sniff looks at: enough to get past a long
// doctype, comments or a BOM, as browsers do with their 512-byte rule, but
// generous because some pages open with kilobytes of whitespace or scripts.
const sniffLen = 4096

// htmlMarkers are tags whose presence near the start marks HTML. Plain text
// from an extractor never holds them; HTML pages almost always open with one.
var htmlMarkers = []string{
	"<!doctype html", "<html", "<head", "<body",
	"<meta", "<title", "<div", "<p>", "<p ",
	"<article", "<script", "<link", "<table",
	"<h1", "<h2", "<span", "<!--", "<br",
	"<section", "<main", "<header", "<style",
}

// binaryMagic are file signatures of common binary formats fed by mistake,
// with what to call them in an error.
var binaryMagic = []struct {
	magic []byte
	kind  string
}{
	{[]byte("%PDF-"), "a PDF document"}, {[]byte("\x89PNG"), "a PNG image"}, {[]byte("GIF8"), "a GIF image"},
	{[]byte("\xff\xd8\xff"), "a JPEG image"}, {[]byte("PK\x03\x04"), "a ZIP archive or office document"},
	{[]byte("\x1f\x8b"), "gzip-compressed, a stream that does not decompress"},
	{[]byte("BZh"), "bzip2-compressed"}, {[]byte("\x7fELF"), "an executable"},
	{[]byte("RIFF"), "a RIFF media file"}, {[]byte("OggS"), "Ogg media"}, {[]byte("\x00\x00\x01\x00"), "an icon"},
	{[]byte("ID3"), "MP3 audio"}, {[]byte("\xfd7zXZ"), "xz-compressed"}, {[]byte("7z\xbc\xaf"), "a 7-Zip archive"},
	{[]byte("Rar!"), "a RAR archive"},
}

// BinaryKind names the format of binary data by its file signature, for
// an error message ("a PDF document"), or returns "" when no signature is
// known: "binary input" alone left a user with a gzipped page or a WARC.gz
// guessing.
func BinaryKind(data []byte) string {
	for _, m := range binaryMagic {
		if bytes.HasPrefix(data, m.magic) {
			return m.kind
		}
	}
	// A tar archive has no signature at its start: its first header
	// opens with a file name and says "ustar" at offset 257. Its NUL
	// padding makes it binary to Sniff, and a user who fed a tar of
	// texts was told only "binary".
	if len(data) >= tarMagicAt+len(tarMagic) && string(data[tarMagicAt:tarMagicAt+len(tarMagic)]) == tarMagic {
		return "a tar archive: unpack it and give its files or folder"
	}
	return ""
}

// tarMagic is the POSIX tar header's magic, at tarMagicAt.
const (
	tarMagic   = "ustar"
	tarMagicAt = 257
)

// BinaryError is model.ErrBinary for binary data, naming its format when
// BinaryKind knows it ("binary input, not text or HTML (a PDF document)").
func BinaryError(data []byte) error {
	if kind := BinaryKind(data); kind != "" {
		return fmt.Errorf("%w (%s)", model.ErrBinary, kind)
	}
	return model.ErrBinary
}

// Sniff tells whether data is empty, binary, HTML or plain text.
func Sniff(data []byte) Format {
	head := data
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	if len(bytes.TrimSpace(stripBOM(head))) == 0 && len(bytes.TrimSpace(stripBOM(data))) == 0 {
		return FormatEmpty
	}
	if BinaryKind(head) != "" {
		return FormatBinary
	}
	if isUTF16(head) {
		// UTF-16 text has NUL bytes: decide on the decoded form.
		dec, _, _ := decodeUTF16(head)
		return sniffText([]byte(dec))
	}
	return sniffText(head)
}

func sniffText(head []byte) Format {
	if looksBinary(head) {
		return FormatBinary
	}
	// The markers are looked for ignoring ASCII case in place, not in a
	// lower-cased copy of the head (see metaCharset).
	head = bytes.TrimLeft(stripBOM(head), " \t\r\n\f")
	if tagAt(head, 0, "<?xml") && indexFoldASCII(head, "<html") >= 0 {
		return FormatHTML
	}
	// A page starts with markup; a text that merely mentions a tag does not.
	if bytes.HasPrefix(head, []byte("<")) {
		for _, m := range htmlMarkers {
			if indexFoldASCII(head, m) >= 0 {
				return FormatHTML
			}
		}
	}
	// Markup after a short preamble (a saved page with a banner comment, a stray line).
	n := 0
	for _, m := range htmlMarkers[:6] {
		if indexFoldASCII(head, m) >= 0 {
			n++
		}
	}
	if n >= 2 {
		return FormatHTML
	}
	return FormatText
}

// binaryControlShare is the share of control bytes above which data is taken
// for binary: text has tabs and newlines but almost no other C0 controls.
const binaryControlShare = 0.05

func looksBinary(head []byte) bool {
	if len(head) == 0 {
		return false
	}
	ctrl := 0
	for _, c := range head {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
			ctrl++
		}
	}
	return float64(ctrl)/float64(len(head)) > binaryControlShare
}

func stripBOM(b []byte) []byte {
	return bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
}

// isUTF16 reports UTF-16 data: by its byte-order mark, or by the NUL bytes
// of rule bomless-utf16.
func isUTF16(b []byte) bool {
	if len(b) < 2 {
		return false
	}
	if (b[0] == 0xff && b[1] == 0xfe) || (b[0] == 0xfe && b[1] == 0xff) {
		return true
	}
	enc, _ := bomlessUTF16(b)
	return enc != nil
}

// validUTF8Prefix reports whether b is valid UTF-8, allowing a rune cut off at the end.
func validUTF8Prefix(b []byte) bool {
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			return len(b) < utf8.UTFMax && !utf8.FullRune(b)
		}
		b = b[size:]
	}
	return true
}
