package input

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/lede-news/lede/internal/model"
)

func TestSniff(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want Format
	}{
		{"nil", nil, FormatEmpty},
		{"spaces", []byte(" \n\t\r\n"), FormatEmpty},
		{"bom only", []byte("\xef\xbb\xbf  "), FormatEmpty},
		{"plain text", []byte("Headline\n\nA paragraph about <b>tags</b> in text."), FormatText},
		{"doctype", []byte("<!DOCTYPE html><html><body><p>x</p></body></html>"), FormatHTML},
		{"fragment", []byte("  <div class=a><p>Some text</p></div>"), FormatHTML},
		{"xhtml", []byte(`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"></html>`), FormatHTML},
		{"text mentioning html", []byte("How to write <html> and <body> tags: a guide"), FormatHTML},
		{"text with one tag word", []byte("Use the <p> element for paragraphs."), FormatText},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00"), FormatBinary},
		{"pdf", []byte("%PDF-1.7\n..."), FormatBinary},
		{"gzip", []byte("\x1f\x8b\x08\x00"), FormatBinary},
		{"nul bytes", []byte("abc\x00def"), FormatBinary},
		{"utf-16le html", utf16le("<html><body>hi</body></html>"), FormatHTML},
		{"utf-16le text", utf16le("Just a headline\n\nAnd text."), FormatText},
		{"utf-16le html, no bom", utf16le("<html><body>hi</body></html>")[2:], FormatHTML},
		{"utf-16be html, no bom", utf16be("<html><body>hi</body></html>"), FormatHTML},
		{"utf-16le japanese page, no bom", utf16le("<html><body><p>市議会は火曜日、新しい路面電車の建設計画を承認した。</p></body></html>")[2:], FormatHTML},
		{"int16 table", bytes.Repeat([]byte{0x07, 0x00, 0x00, 0x01}, 64), FormatBinary},
		{"latin1 text", []byte("Caf\xe9 au lait \xe0 Paris"), FormatText},
	}
	for _, tt := range tests {
		if got := Sniff(tt.in); got != tt.want {
			t.Errorf("%s: Sniff = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func utf16le(s string) []byte {
	out := []byte{0xff, 0xfe}
	for _, r := range s {
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

// utf16be encodes s as UTF-16BE without a byte-order mark.
func utf16be(s string) []byte {
	var out []byte
	for _, r := range s {
		out = append(out, byte(r>>8), byte(r))
	}
	return out
}

func TestDecode(t *testing.T) {
	gbk, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte("北京市政府今天宣布了新的交通计划，市民表示欢迎。"))
	sjis, _ := japanese.ShiftJIS.NewEncoder().Bytes([]byte("東京都は今日、新しい交通計画を発表しました。"))
	latin1, _ := charmap.Windows1252.NewEncoder().Bytes([]byte("Le café coûte deux euros à Montréal, déclare-t-il."))
	tests := []struct {
		name        string
		data        []byte
		contentType string
		html        bool
		wantText    string // substring of the decoded text
		wantEnc     string
		wantEv      string
		warn        bool
	}{
		{"utf8 bom", []byte("\xef\xbb\xbfcafé"), "", false, "café", "utf-8", "bom", false},
		{"utf16 bom", utf16le("naïve"), "", false, "naïve", "utf-16le", "bom", false},
		{"utf16le no bom, declared latin1", utf16le(`<meta charset="iso-8859-1"><p>Le café coûte deux euros.</p>`)[2:], "", true, "café coûte", "utf-16le", "detected", true},
		{"utf16be no bom, http says utf-8", utf16be("<p>Le café coûte deux euros.</p>"), "text/html; charset=utf-8", true, "café coûte", "utf-16be", "detected", true},
		{"declared utf-16 (http), bytes ascii", []byte("<html><body><p>Le conseil a vote le budget.</p></body></html>"), "text/html; charset=utf-16", true, "Le conseil a vote", "utf-8", "detected", true},
		{"declared utf-16 (meta), bytes utf-8", []byte(`<meta charset="utf-16"><p>Le café coûte deux euros.</p>`), "", true, "café coûte", "utf-8", "detected", true},
		{"declared utf-16le, chinese text without nul", utf16le("市议会周二以多数票批准了一项新建有轨电车线路的计划，该线路将连接北部城区与市中心。")[2:], "text/plain; charset=utf-16le", false, "市议会周二", "utf-16le", "http", false},
		{"declared utf-16be, bytes are utf-16be", utf16be("<p>Le café coûte deux euros.</p>"), "text/html; charset=utf-16be", true, "café coûte", "utf-16be", "detected", true},
		{"utf16le no bom, odd length", append(utf16le("<p>Le café coûte deux euros.</p>")[2:], '<'), "", true, "café coûte", "utf-16le", "detected", true},
		{"ascii default", []byte("plain"), "", false, "plain", "utf-8", "default", false},
		{"utf8 detected", []byte("“quoted” café"), "", false, "“quoted”", "utf-8", "detected", false},
		{"http charset", latin1, "text/html; charset=ISO-8859-1", true, "café coûte", "windows-1252", "http", false},
		{"meta charset", append([]byte(`<html><head><meta charset="windows-1252"></head><body>`), latin1...), "", true, "café", "windows-1252", "meta", false},
		{"meta http-equiv", append([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=gbk">`), gbk...), "", true, "北京市", "gbk", "meta", false},
		{"declared latin1 but utf8", []byte("café “x”"), "text/plain; charset=iso-8859-1", false, "café", "utf-8", "detected", true},
		{"detected gbk", gbk, "", false, "北京市政府", "gbk", "detected", false},
		{"detected shift_jis", sjis, "", false, "東京都", "shift_jis", "detected", false},
		{"detected latin1", latin1, "", false, "café coûte", "windows-1252", "detected", false},
		{"invalid utf8 mostly valid", []byte("café “costs” \xff\xfe rose"), "", false, "café", "utf-8", "detected", true},
		{"declared utf8 but latin1", append([]byte(`<meta charset="utf-8"><p>`), latin1...), "", true, "café coûte", "windows-1252", "detected", true},
		{"declared utf8 but shift_jis", sjis, "text/html; charset=utf-8", true, "東京都", "shift_jis", "detected", true},
		{"declared utf8, one stray byte", []byte("<meta charset=utf-8><p>caf\xe9 “costs” more, ‘rose’ — “again”"), "", true, "“costs”", "utf-8", "meta", true},
		{"unknown charset label", []byte("hello"), "text/html; charset=x-nonsense", false, "hello", "utf-8", "default", false},
	}
	for _, tt := range tests {
		d := Decode(tt.data, tt.contentType, tt.html)
		if !strings.Contains(d.Text, tt.wantText) || d.Encoding != tt.wantEnc || d.Evidence != tt.wantEv || (len(d.Warnings) > 0) != tt.warn {
			t.Errorf("%s: Decode = %q enc=%s ev=%s warnings=%v; want text with %q, %s, %s, warn=%v",
				tt.name, d.Text, d.Encoding, d.Evidence, d.Warnings, tt.wantText, tt.wantEnc, tt.wantEv, tt.warn)
		}
		if !utf8.ValidString(d.Text) {
			t.Errorf("%s: decoded text is not valid UTF-8", tt.name)
		}
	}
}

func TestRead(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.txt")
	os.WriteFile(file, []byte("Headline\n\nBody."), 0o644)
	ctx := context.Background()

	in, err := Read(ctx, file, Options{})
	if err != nil || string(in.Data) != "Headline\n\nBody." || in.Name != file {
		t.Errorf("Read file = %+v, %v", in, err)
	}
	in, err = Read(ctx, "-", Options{Stdin: strings.NewReader("from stdin")})
	if err != nil || string(in.Data) != "from stdin" {
		t.Errorf("Read stdin = %+v, %v", in, err)
	}
	for _, tt := range []struct {
		name string
		opts Options
		want error
	}{
		{dir, Options{}, model.ErrIsDirectory},
		{file, Options{MaxBytes: 4}, model.ErrTooLarge},
		{"-", Options{MaxBytes: 4, Stdin: strings.NewReader("too long for the cap")}, model.ErrTooLarge},
		{"ftp://example.org/x", Options{}, model.ErrUnsupportedScheme},
		{"file:///etc/passwd", Options{}, model.ErrUnsupportedScheme},
	} {
		if _, err := Read(ctx, tt.name, tt.opts); !errors.Is(err, tt.want) {
			t.Errorf("Read(%q) error = %v, want %v", tt.name, err, tt.want)
		}
	}
	if _, err := Read(ctx, filepath.Join(dir, "missing"), Options{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Read missing: %v", err)
	}
}

func TestIsURL(t *testing.T) {
	for in, want := range map[string]bool{
		"https://example.org/a": true, "http://x": true, "ftp://x/y": true,
		"file.txt": false, "./dir/file://x": false, "-": false, "C:\\path": false,
	} {
		if got := IsURL(in); got != want {
			t.Errorf("IsURL(%q) = %v", in, got)
		}
	}
}

func TestIsHTTPURL(t *testing.T) {
	for in, want := range map[string]bool{
		"https://example.org/a": true, "http://x": true, "HTTPS://example.org": true,
		"ftp://x/y": false, "https://": false, "/news/a": false, "example.org/a": false, "": false,
	} {
		if got := IsHTTPURL(in); got != want {
			t.Errorf("IsHTTPURL(%q) = %v", in, got)
		}
	}
}

func TestFetch(t *testing.T) {
	mux := http.NewServeMux()
	var gotUA string
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.Header.Get("User-Agent")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<html><body><p>Hello</p></body></html>")
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write(bytes.Repeat([]byte("x"), 1000))
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/ok", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.org/x", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	ctx := context.Background()

	in, err := Fetch(ctx, srv.URL+"/moved", Options{})
	if err != nil || !bytes.Contains(in.Data, []byte("Hello")) || in.URL != srv.URL+"/ok" || !strings.Contains(in.ContentType, "utf-8") {
		t.Errorf("Fetch = %+v, %v", in, err)
	}
	if gotUA != UserAgent {
		t.Errorf("User-Agent = %q", gotUA)
	}
	for _, tt := range []struct {
		path string
		opts Options
		want error
	}{
		{"/big", Options{MaxBytes: 100}, model.ErrTooLarge},
		{"/loop", Options{}, model.ErrFetch},
		{"/missing", Options{}, model.ErrFetch},
		{"/ftp", Options{}, model.ErrUnsupportedScheme},
	} {
		if _, err := Fetch(ctx, srv.URL+tt.path, tt.opts); !errors.Is(err, tt.want) {
			t.Errorf("Fetch %s: error = %v, want %v", tt.path, err, tt.want)
		}
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Fetch(cctx, srv.URL+"/ok", Options{}); !errors.Is(err, context.Canceled) || !errors.Is(err, model.ErrFetch) {
		t.Errorf("Fetch with a cancelled context: error = %v, want context.Canceled and model.ErrFetch", err)
	}
}

// TestFetchKeepsClientError: the client's error stays inside the one Fetch
// returns, so that fetch.Describe can name the cause ("connection refused")
// for the CLI.
func TestFetchKeepsClientError(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	addr := srv.URL
	srv.Close() // nothing listens there now
	_, err := Fetch(context.Background(), addr+"/a", Options{})
	var ue *url.Error
	if !errors.As(err, &ue) || !errors.Is(err, syscall.ECONNREFUSED) || !errors.Is(err, model.ErrFetch) {
		t.Errorf("Fetch of a closed port: error = %v, want a *url.Error holding ECONNREFUSED, and model.ErrFetch", err)
	}
}

func FuzzSniff(f *testing.F) {
	for _, s := range []string{"", "<html>", "\xff\xfe<\x00h\x00", "%PDF-", "text\n\nbody", "\xef\xbb\xbf<p>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if got := Sniff(data); got < FormatEmpty || got > FormatBinary {
			t.Errorf("Sniff = %d", got)
		}
	})
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("caf\xe9"), "text/html; charset=latin1", true)
	f.Add([]byte("<meta charset=shift_jis>\x93\x8c"), "", true)
	f.Add([]byte("\xfe\xff\x00a\xd8"), "", false)
	f.Add([]byte("“ok” \xff"), "text/plain; charset=utf-8", false)
	f.Add([]byte("<p>\x1b$B$3$s$K$A$O\x1b(B</p>"), "", true)
	f.Add([]byte("<p>\xc3\xee\xf0\xee\xe4</p>"), "", true)
	f.Fuzz(func(t *testing.T, data []byte, ct string, html bool) {
		d := Decode(data, ct, html)
		if !utf8.ValidString(d.Text) {
			t.Errorf("Decode(%q, %q) produced invalid UTF-8", data, ct)
		}
		if d.Encoding == "" {
			t.Errorf("Decode(%q, %q): no encoding named", data, ct)
		}
	})
}

func TestBinaryKind(t *testing.T) {
	tests := []struct {
		data []byte
		want string // substring; "" for none
	}{
		{[]byte("\x1f\x8b\x08\x00rest"), "gzip-compressed"},
		{[]byte("%PDF-1.7\n"), "PDF"},
		{[]byte("PK\x03\x04"), "ZIP"},
		{tarHeader("notes/story.txt"), "tar archive"},
		{[]byte(strings.Repeat("ustar ", 60)), ""},
		{[]byte("<html><body>x</body></html>"), ""},
		{[]byte("\x00\x01\x02 no signature"), ""},
		{nil, ""},
	}
	for _, tt := range tests {
		got := BinaryKind(tt.data)
		if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
			t.Errorf("BinaryKind(%q) = %q, want %q", tt.data, got, tt.want)
		}
		if got != "" && Sniff(tt.data) != FormatBinary {
			t.Errorf("BinaryKind(%q) = %q but Sniff does not say binary", tt.data, got)
		}
	}
}

// tarHeader is the first 512-byte header of a POSIX tar archive holding
// the file name.
func tarHeader(name string) []byte {
	h := make([]byte, 512)
	copy(h, name)
	copy(h[100:], "0000644\x00")
	copy(h[257:], "ustar\x0000")
	return h
}

// endlessReader fails the test if read: what comes after a binary head.
type endlessReader struct{ t *testing.T }

func (e endlessReader) Read(p []byte) (int, error) {
	e.t.Error("read past the binary head")
	return len(p), nil
}

// TestReadStopsAtBinaryHead: binary input is refused on its first bytes,
// not read whole first (300 MB of random bytes under a raised cap took
// 624 MB); text longer than the head is read whole, and the cap holds.
func TestReadStopsAtBinaryHead(t *testing.T) {
	ctx := context.Background()
	bin := append([]byte("%PDF-1.7\n"), bytes.Repeat([]byte{0, 1, 2, 3}, sniffLen)...)
	_, err := Read(ctx, "-", Options{Stdin: io.MultiReader(bytes.NewReader(bin[:sniffLen]), endlessReader{t}), MaxBytes: 1 << 30})
	if !errors.Is(err, model.ErrBinary) || err.Error() != BinaryError(bin).Error() {
		t.Errorf("binary stdin: %v, want ErrBinary naming a PDF, worded as the pipeline words it", err)
	}
	text := strings.Repeat("The council met on Monday. ", 1000)
	in, err := Read(ctx, "-", Options{Stdin: strings.NewReader(text)})
	if err != nil || string(in.Data) != text {
		t.Errorf("long text: %d bytes, %v; want all %d", len(in.Data), err, len(text))
	}
	short := "Headline\n\nA short text."
	if in, err := Read(ctx, "-", Options{Stdin: strings.NewReader(short)}); err != nil || string(in.Data) != short {
		t.Errorf("short text: %q, %v", in.Data, err)
	}
	for _, max := range []int64{100, int64(len(text)) - 1} {
		if _, err := Read(ctx, "-", Options{Stdin: strings.NewReader(text), MaxBytes: max}); !errors.Is(err, model.ErrTooLarge) {
			t.Errorf("text over a %d-byte cap: %v, want ErrTooLarge", max, err)
		}
	}
	if in, err := Read(ctx, "-", Options{Stdin: strings.NewReader(text), MaxBytes: int64(len(text))}); err != nil || len(in.Data) != len(text) {
		t.Errorf("text at the cap: %d bytes, %v", len(in.Data), err)
	}
	gz := append([]byte("\x1f\x8b\x08\x00"), bytes.Repeat([]byte{0, 0xff}, sniffLen)...)
	if in, err := Read(ctx, "-", Options{Stdin: bytes.NewReader(gz)}); err != nil || len(in.Data) != len(gz) {
		t.Errorf("gzip data: %d bytes, %v; want it read whole for its own message", len(in.Data), err)
	}
}

// FuzzReadSniffed: reading stops early only for binary input or over the
// cap; anything else comes back byte for byte, whatever length the reader
// is said to have (rule read-known-size: a file that changed since it was
// measured).
func FuzzReadSniffed(f *testing.F) {
	f.Add([]byte("Headline\n\nText."), int64(100), int64(15))
	f.Add([]byte("%PDF-1.7\n\x00\x01"), int64(1<<20), int64(0))
	f.Add([]byte("\x1f\x8b\x08\x00\x00"), int64(3), int64(5))
	f.Add(bytes.Repeat([]byte("<p>x</p>"), 1000), int64(5000), int64(8000))
	f.Add(bytes.Repeat([]byte("<p>x</p>"), 1000), int64(9000), int64(700))
	f.Fuzz(func(t *testing.T, data []byte, max, size int64) {
		if max <= 0 || max > 1<<24 || size < 0 || size > 1<<16 {
			return
		}
		got, err := readSniffed(bytes.NewReader(data), max, size)
		switch {
		case errors.Is(err, model.ErrBinary):
			head := data[:min(len(data), sniffLen)]
			if Sniff(head) != FormatBinary || bytes.HasPrefix(data, []byte("\x1f\x8b")) {
				t.Errorf("refused as binary: %q", head)
			}
		case errors.Is(err, model.ErrTooLarge):
			if int64(len(data)) <= max {
				t.Errorf("%d bytes refused under a %d cap", len(data), max)
			}
		case err != nil:
			t.Errorf("error %v", err)
		case int64(len(data)) > max:
			t.Errorf("%d bytes read under a %d cap", len(data), max)
		case !bytes.Equal(got, data):
			t.Errorf("read %d bytes of %d, or different ones", len(got), len(data))
		}
	})
}

// TestReadGzip: rule gzip-input. A gzipped page is read decompressed, a
// stream cut short gives its first part with a warning and Cut, a gzipped
// WARC is decompressed too (lede extract then refuses it as a collection),
// a corrupt stream stays as it came for the pipeline to refuse; the cap
// holds on the decompressed size.
func TestReadGzip(t *testing.T) {
	page := "<html><head><title>Ferry timetable changes</title></head><body><p>" + strings.Repeat("The ferry leaves at nine from the north quay. ", 200) + "</p></body></html>"
	gz := func(s string) []byte {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(s))
		zw.Close()
		return b.Bytes()
	}
	dir := t.TempDir()
	whole := gz(page)
	for _, tc := range []struct {
		name    string
		data    []byte
		max     int64
		want    string // the data's prefix read; "" for the input as it came
		cut     bool
		tooBig  bool
		warning bool
	}{
		{"whole", whole, 0, "<html><head><title>Ferry", false, false, false},
		{"cut", whole[:len(whole)/2], 0, "<html><head><title>Ferry", true, false, true},
		{"warc", gz("WARC/1.0\r\nWARC-Type: response\r\n\r\n"), 0, "WARC/1.0", false, false, false},
		{"corrupt", append(append([]byte{}, whole[:12]...), bytes.Repeat([]byte{0xff}, 40)...), 0, "", false, false, false},
		{"over the cap", whole, int64(len(page)) - 1, "", false, true, false},
	} {
		path := filepath.Join(dir, tc.name+".html.gz")
		os.WriteFile(path, tc.data, 0o644)
		in, err := Read(context.Background(), path, Options{MaxBytes: tc.max})
		if tc.tooBig {
			if !errors.Is(err, model.ErrTooLarge) {
				t.Errorf("%s: %v, want ErrTooLarge", tc.name, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if tc.want == "" && !bytes.Equal(in.Data, tc.data) {
			t.Errorf("%s: data changed to %q", tc.name, in.Data[:min(40, len(in.Data))])
		}
		if tc.want != "" && !bytes.HasPrefix(in.Data, []byte(tc.want)) {
			t.Errorf("%s: data %q, want it decompressed", tc.name, in.Data[:min(40, len(in.Data))])
		}
		if in.Cut != tc.cut || (len(in.Warnings) > 0) != tc.warning {
			t.Errorf("%s: cut %v, warnings %q", tc.name, in.Cut, in.Warnings)
		}
	}
}

// FuzzGunzipInput: any bytes behind a gzip header come back as they came or
// decompressed within the cap, a cut stream marked Cut; nothing panics.
func FuzzGunzipInput(f *testing.F) {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte("<p>The ferry leaves at nine.</p>"))
	zw.Close()
	f.Add(b.Bytes(), int64(1000))
	f.Add(b.Bytes()[:b.Len()/2], int64(1000))
	f.Add([]byte("\x1f\x8b\x08\x00"), int64(10))
	f.Fuzz(func(t *testing.T, data []byte, max int64) {
		if max <= 0 || max > 1<<20 {
			max = 1 << 20
		}
		in, err := gunzipInput(model.Input{Data: data}, max)
		if err != nil {
			if !errors.Is(err, model.ErrTooLarge) {
				t.Fatalf("error %v, want only ErrTooLarge", err)
			}
			return
		}
		if int64(len(in.Data)) > max && !bytes.Equal(in.Data, data) {
			t.Fatalf("%d bytes decompressed over the %d cap", len(in.Data), max)
		}
		if in.Cut && len(in.Warnings) == 0 {
			t.Fatal("cut without a warning")
		}
	})
}

// TestReadSized: whatever the length given, the bytes come back whole;
// the right one reads a file into one buffer (rule read-known-size).
func TestReadSized(t *testing.T) {
	data := bytes.Repeat([]byte("The ferry runs twice an hour.\n"), 1<<15) // ~1 MB
	for _, n := range []int{1, 100, len(data) - 1, len(data), len(data) + 1, 2 * len(data)} {
		got, err := readSized(iotest.OneByteReader(bytes.NewReader(data[:4096])), n)
		if err != nil || !bytes.Equal(got, data[:4096]) {
			t.Errorf("n=%d, one byte a read: %d bytes, %v", n, len(got), err)
		}
		got, err = readSized(bytes.NewReader(data), n)
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("n=%d: %d bytes of %d, %v", n, len(got), len(data), err)
		}
	}
	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	in, err := readFile(path, 1<<30)
	runtime.ReadMemStats(&after)
	if err != nil || !bytes.Equal(in.Data, data) {
		t.Fatalf("readFile: %d bytes, %v", len(in.Data), err)
	}
	// io.ReadAll's growth allocated about twice the file; the sniffed head
	// and the reader's small values come on top of one buffer.
	if got := after.TotalAlloc - before.TotalAlloc; got > uint64(len(data))*5/4 {
		t.Errorf("reading a %d-byte file allocated %d bytes, want about one buffer", len(data), got)
	}
}
