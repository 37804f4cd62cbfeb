package cluster

import (
	"testing"
	"time"
)

func TestDateFromURL(t *testing.T) {
	tests := []struct {
		url  string
		want string
	}{
		{"https://radio.example.org/2021/04/27/123456789/harbour-reopens", "2021-04-27"},
		{"https://wire.example.com/world/us/harbour-speech-2021-04-28/", "2021-04-28"},
		{"https://markets.example.com/2021/06/10/prices.html", "2021-06-10"},
		{"https://example.com/news/20210427/story", "2021-04-27"},
		{"https://review.example.com/2021/09/why-it-works/", ""},
		{"https://capitol.example.com/regulation/123456-city-prosecutor", ""},
		{"https://example.com/2021/02/31/x", ""},
		{"https://example.com/2021/04-27/x", ""},
		{"https://times.example.com/news/2021/jul/28/ferry-plan/", "2021-07-28"},
		{"https://example.com/2021/June/8/x", "2021-06-08"},
		{"https://example.com/2021/jun/31/x", ""},
		// Each month's number comes from its place in the lexicon's
		// calendar: first, middle, last, and a prefix with more letters.
		{"https://example.com/2021/jan/5/x", "2021-01-05"},
		{"https://example.com/2021/may/05/x", "2021-05-05"},
		{"https://example.com/2021/Sept/9/x", "2021-09-09"},
		{"https://example.com/2021/DEC/24/x", "2021-12-24"},
		{"https://example.com/2021/ju/24/x", ""},
		{"https://example.com/articles/weekly-claims-06-17-2021-11623895321?mod=a", "2021-06-17"},
		{"https://example.com/articles/weekly-claims-05-06-2021-11620247798", ""}, // May 6 or June 5
		{"https://example.com/articles/claims-02-30-2021-1", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got := DateFromURL(tt.url)
		s := ""
		if !got.IsZero() {
			s = got.Format(time.DateOnly)
		}
		if s != tt.want {
			t.Errorf("DateFromURL(%q) = %q, want %q", tt.url, s, tt.want)
		}
	}
}

func FuzzDateFromURL(f *testing.F) {
	f.Add("https://www.npr.org/2021/04/27/988822340/x")
	f.Add("/20210231/")
	f.Fuzz(func(t *testing.T, u string) {
		if d := DateFromURL(u); !d.IsZero() && (d.Year() < 1900 || d.Year() > 2099) {
			t.Errorf("DateFromURL(%q) = %v", u, d)
		}
	})
}

func TestMonthFromURL(t *testing.T) {
	tests := []struct {
		url    string
		lo, hi string
	}{
		{"https://review.example.com/2021/09/why-it-works/", "2021-09-01", "2021-09-30"},
		{"https://example.com/ideas/archive/2024/02/slug/619740/", "2024-02-01", "2024-02-29"},
		{"https://www.npr.org/2021/04/27/988822340/bidens", "", ""}, // a day: DateFromURL's
		{"https://example.com/2021/13/slug", "", ""},
		{"https://example.com/2021/09/", "", ""},
		{"https://example.com/2021/09/17", "", ""},
		{"", "", ""},
	}
	f := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format(time.DateOnly)
	}
	for _, tt := range tests {
		got := monthFromURL(tt.url)
		if f(got.lo) != tt.lo || f(got.hi) != tt.hi {
			t.Errorf("monthFromURL(%q) = %s..%s, want %s..%s", tt.url, f(got.lo), f(got.hi), tt.lo, tt.hi)
		}
	}
}

// A story's dated articles keep out an article whose URL names another
// month; one of the same month may join.
func TestInWindowMonth(t *testing.T) {
	d := func(s string) time.Time { x, _ := time.Parse(time.DateOnly, s); return x }
	st := &story{first: d("2021-06-02"), last: d("2021-06-04")}
	for _, c := range []struct {
		url  string
		want bool
	}{
		{"https://example.com/2021/06/slug", true},
		{"https://example.com/2021/05/slug", true}, // May 31 is within Window of June 2
		{"https://example.com/2021/04/slug", false},
		{"https://example.com/2021/09/slug", false},
		{"https://example.com/slug", true},
	} {
		if got := st.inWindow(monthFromURL(c.url)); got != c.want {
			t.Errorf("inWindow(%s) = %v, want %v", c.url, got, c.want)
		}
	}
}
