package input

import (
	"bytes"
	"strings"
	"testing"
)

// TestIndexFoldASCII: indexFoldASCII is bytes.Index on an ASCII
// lower-cased copy, for patterns that open with a letter and without.
func TestIndexFoldASCII(t *testing.T) {
	for _, tt := range []struct {
		b, s string
		want int
	}{
		{"", "<meta", -1},
		{"<meta", "<meta", 0},
		{"<ME", "<meta", -1},
		{"x<MeTa charset", "<meta", 1},
		{"<m<M<Meta", "<meta", 4},
		{"Größe <META>", "<meta", 8},
		{"content=\"text/html; CHARSET=koi8-r\"", "charset", 20},
		{"chars", "charset", -1},
		{"charcharset", "charset", 4},
	} {
		if got := indexFoldASCII([]byte(tt.b), tt.s); got != tt.want {
			t.Errorf("indexFoldASCII(%q, %q) = %d, want %d", tt.b, tt.s, got, tt.want)
		}
	}
}

// metaCharsetRef is metaCharset as first written, on a lower-cased copy
// of the head.
func metaCharsetRef(head []byte) string {
	lower := bytes.ToLower(head)
	for i := 0; ; {
		j := bytes.Index(lower[i:], []byte("<meta"))
		if j < 0 {
			return ""
		}
		i += j + 5
		end := bytes.IndexByte(lower[i:], '>')
		if end < 0 {
			return ""
		}
		tag := lower[i : i+end]
		k := bytes.Index(tag, []byte("charset"))
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

// TestMetaCharsetInPlace pins metaCharset, which matches names ignoring
// case in place, to the lower-cased copy it used to read: the same label
// (lookup folds its case) and the same encoding.
func TestMetaCharsetInPlace(t *testing.T) {
	for _, head := range []string{
		``,
		`<meta charset="utf-8">`,
		`<META CHARSET="UTF-8">`,
		`<Meta Http-Equiv="Content-Type" Content="text/html; Charset=Windows-1251">`,
		`<title>Orvanischer Hafenbrief – Übersicht</title><meta charset=ISO-8859-1>`,
		"<title>Caf\xe9 Quellmoor</title><META charset='windows-1252'/>",
		`<meta name="viewport" content="width=device-width"><meta charset = "Shift_JIS">`,
		`<meta charset=""><meta charset="euc-kr">`,
		`<meta property="og:title" content="Charset rules">`,
		`<meta charset="utf-8"`,
		`<!-- <meta charset="koi8-r"> --><meta charset="gbk">`,
	} {
		got, want := metaCharset([]byte(head)), metaCharsetRef([]byte(head))
		if strings.ToLower(got) != want {
			t.Errorf("metaCharset(%q) = %q, want %q", head, got, want)
		}
		genc, gname := lookup(got)
		wenc, wname := lookup(want)
		if genc != wenc || gname != wname {
			t.Errorf("lookup(metaCharset(%q)) = %v %q, want %v %q", head, genc, gname, wenc, wname)
		}
	}
}

// TestSniffFoldedMarkers: the HTML markers are found whatever their case,
// after a BOM and blank lines, and a text that mentions a tag inside a
// sentence stays text.
func TestSniffFoldedMarkers(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Format
	}{
		{"<!DOCTYPE HTML><HTML><BODY>Hafenfest</BODY></HTML>", FormatHTML},
		{"\xef\xbb\xbf\n\n<Html><Head><Title>Orvania</Title>", FormatHTML},
		{"<?XML version=\"1.0\"?><HTML xmlns=\"x\">", FormatHTML},
		{"<P>Ada Quell opened the ferry route.</P>", FormatHTML},
		{"Saved from the Harbour Gazette\n<HTML><BODY>one</BODY></HTML>", FormatHTML},
		{"Ada Quell wrote that a <DIV> tag is a box.", FormatText},
		{"<3 the Harbour Gazette", FormatText},
	} {
		if got := Sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("Sniff(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
