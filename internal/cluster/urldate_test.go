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
		{"https://www.npr.org/2021/04/27/988822340/bidens-1st-100-days", "2021-04-27"},
		{"https://www.reuters.com/world/us/biden-speech-2021-04-28/", "2021-04-28"},
		{"https://www.cnbc.com/2021/06/10/inflation.html", "2021-06-10"},
		{"https://example.com/news/20210427/story", "2021-04-27"},
		{"https://www.nationalreview.com/2021/09/why-we-can/", ""},
		{"https://thehill.com/regulation/555404-manhattan-da", ""},
		{"https://example.com/2021/02/31/x", ""},
		{"https://example.com/2021/04-27/x", ""},
		{"https://www.washingtontimes.com/news/2021/jul/28/we-have/", "2021-07-28"},
		{"https://example.com/2021/June/8/x", "2021-06-08"},
		{"https://example.com/2021/jun/31/x", ""},
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
