package textclean

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

// linearShapes are synthetic noisy texts built to the size asked, each
// repeating one shape that a rule of the walk reads ahead or behind on:
// hostile or broken input (issue 3: time and memory per page linear in
// its size). All words are invented.
var linearShapes = []struct {
	name string
	unit func(k int) string // the k-th repeat of the shape
	head string             // written once before the repeats
}{
	{"short-lines", func(k int) string { return fmt.Sprintf("Zorble %d turns.\n", k) }, ""},
	{"huge-line", func(k int) string {
		return fmt.Sprintf("The Quimby zorble number %d spun for a while on the valley floor and then it stopped again. ", k)
	}, "Quimby zorbles\n\n"},
	{"boilerplate", func(k int) string {
		return [...]string{"Advertisement\n\n", "Share this article\n\n", "Sign up for our newsletter\n\n", "Read more\n\n"}[k%4]
	}, "Quimby zorbles\n\nThe zorble fair opened in the valley on Monday with a long parade of spinning tops.\n\n"},
	// a story, then a listing with a "Comment" label under each teaser
	// (linearText puts half the size in the story): each label's rule
	// once read the whole story before it
	{"comment-labels", func(k int) string {
		return fmt.Sprintf("Tallow stall %d sells beans at the Saturday market from eight.\n\nComment\n\n", k)
	}, "Quimby Weekly\n\nOne.\n\nTwo.\n\nThree.\n\n"},
	{"headings", func(k int) string {
		return fmt.Sprintf("What Tallow Did %d\n\nThe Tallow farm planted its beans in the wet spring and harvested them late in a warm and sunny autumn.\n\n", k)
	}, ""},
	{"list-markers", func(k int) string { return fmt.Sprintf("- Bean row %d\n%d. Zorble axle\n", k, k%99+1) }, "Quimby list\n\n"},
	{"quote-marks", func(k int) string {
		return fmt.Sprintf("“We spin zorbles %d times,” Ada Marr said:\n\n“Then we oil them.”\n\n", k)
	}, "Quimby zorbles\n\n"},
	{"glued", func(k int) string {
		return fmt.Sprintf("AdvertisementThe zorble %d spun. Follow us on Twitter.\n\n", k)
	}, "Quimby zorbles\n\n"},
	{"embeds", func(k int) string {
		return fmt.Sprintf("Zorbles spin %d https://t.co/AbC — Tallow Roads (@tallowroads) May 3, 2021\n\n", k)
	}, "Quimby zorbles\n\n"},
}

// linearText builds a shape to about size bytes: its head, then its unit
// repeated. The comments-labels shape has a story of half the size between
// them.
func linearText(head string, unit func(int) string, size int) string {
	var b strings.Builder
	b.WriteString(head)
	if strings.HasPrefix(head, "Quimby Weekly") {
		for k := 0; b.Len() < size/2; k++ {
			fmt.Fprintf(&b, "The Quimby ferry %d returns to its summer timetable from Monday, the council said.\n\n", k)
		}
	}
	for k := 0; b.Len() < size; k++ {
		b.WriteString(unit(k))
	}
	return b.String()
}

// BenchmarkTextcleanLinear times the text path on each shape at 0.1, 1 and
// 5 MB, side by side: with -benchtime=1x, compare ns/op divided by the size
// (or MB/s) across sizes; a shape whose MB/s falls as the size grows has a
// super-linear path.
//
//	go test ./internal/textclean -run '^$' -bench TextcleanLinear -benchtime 1x
func BenchmarkTextcleanLinear(b *testing.B) {
	for _, s := range linearShapes {
		for _, size := range []int{100_000, 1_000_000, 5_000_000} {
			text := linearText(s.head, s.unit, size)
			b.Run(fmt.Sprintf("%s/%gMB", s.name, float64(size)/1e6), func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					Extract(text, Options{Now: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)})
				}
			})
		}
	}
}

// TestCommentsLabelLinear: rule comments-label-not-section classifies a
// bounded number of lines per line of the text, however many "Comment"
// labels a listing holds. It failed when the rule scanned the text for
// each label up to another header (the story before the listing, for each
// of its labels: some 600 classifications per line here, 20 s).
func TestCommentsLabelLinear(t *testing.T) {
	// maxChecksPerLine: the header count (1 per line), the window of
	// 2*minItemGap+1 lines around each label (5 per label, one line in
	// two in the listing), the splits of the walk (2 per split): under 5
	// per line.
	const maxChecksPerLine = 5
	s := linearShapes[3]
	a, p := extract(linearText(s.head, s.unit, 300_000), Options{})
	t.Logf("%d comments-header checks for %d lines", p.headerChecks, len(p.lines))
	if n := strings.Count(a.Text, "Tallow stall"); n < 1000 {
		t.Fatalf("kept %d teasers, want every one (over 1000)", n)
	}
	if p.headerChecks > maxChecksPerLine*len(p.lines) {
		t.Errorf("%d comments-header checks for %d lines, want at most %d per line", p.headerChecks, len(p.lines), maxChecksPerLine)
	}
}

// maxAllocPerByte bounds the bytes the text path allocates per byte of
// input on the synthetic shapes. Measured at 1 MB: most shapes allocate
// 5-25 bytes per byte; the bound leaves room and still catches a path that
// copies the rest of the text per line (hundreds per byte at 1 MB).
const maxAllocPerByte = 60

// TestTextcleanLinearAlloc bounds the text path's memory on every synthetic
// shape: allocation per input byte stays under maxAllocPerByte at 0.3 MB,
// and does not grow more than half again from 0.1 MB to 0.3 MB (a linear
// path allocates the same per byte at every size). Bytes allocated are
// counted, not time, so the test is deterministic on a busy machine.
func TestTextcleanLinearAlloc(t *testing.T) {
	for _, s := range linearShapes {
		small := allocPerByte(linearText(s.head, s.unit, 100_000))
		large := allocPerByte(linearText(s.head, s.unit, 300_000))
		t.Logf("%s: %.1f bytes allocated per input byte at 0.1 MB, %.1f at 0.3 MB", s.name, small, large)
		if large > maxAllocPerByte || large > 1.5*small+1 {
			t.Errorf("%s: %.1f bytes allocated per input byte at 0.3 MB, %.1f at 0.1 MB; want at most %d and no growth", s.name, large, small, maxAllocPerByte)
		}
	}
}

// allocPerByte runs the text path once on text and returns the bytes it
// allocated per byte of text.
func allocPerByte(text string) float64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	Extract(text, Options{Now: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)})
	runtime.ReadMemStats(&after)
	return float64(after.TotalAlloc-before.TotalAlloc) / float64(len(text))
}
