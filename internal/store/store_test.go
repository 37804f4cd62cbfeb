package store

import (
	"errors"
	"testing"
	"time"
)

func TestCanonicalURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://News.Example.COM/a/b?utm_source=tw&utm_medium=x&id=7#comments", "https://news.example.com/a/b?id=7"},
		{"http://example.org:80", "http://example.org/"},
		{"https://example.org:443/x?fbclid=1&gclid=2", "https://example.org/x"},
		{"https://example.org/x?b=2&a=1", "https://example.org/x?a=1&b=2"},
		{"https://example.org:8443/x", "https://example.org:8443/x"},
		{"https://user:pw@example.org/x", "https://example.org/x"},
		{"  https://example.org/Path  ", "https://example.org/Path"},
		{"not a url", "not a url"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := CanonicalURL(tc.in); got != tc.want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestArticleID(t *testing.T) {
	a := ArticleID("https://Example.org/a?utm_campaign=z#x", "h1")
	b := ArticleID("https://example.org/a", "h2")
	if a != b || len(a) != idLen {
		t.Errorf("same canonical URL, ids %q and %q", a, b)
	}
	if ArticleID("https://example.org/b", "h1") == a {
		t.Errorf("different URLs, same id")
	}
	h := ContentHash([]byte("text"))
	if got := ArticleID("", h); got != h[:idLen] {
		t.Errorf("URL-less id = %q, want the hash prefix", got)
	}
}

func TestParseTime(t *testing.T) {
	tests := []struct {
		in     string
		want   string
		offset any
	}{
		{"2024-03-05T09:30:00+01:00", "2024-03-05T08:30:00Z", 3600},
		{"2024-03-05T09:30:00Z", "2024-03-05T09:30:00Z", 0},
		{"2024-03-05T09:30:00-05:30", "2024-03-05T15:00:00Z", -19800},
		{"2024-03-05T09:30:00", "2024-03-05T09:30:00Z", nil},
		{"2024-03-05", "2024-03-05T00:00:00Z", nil},
		{"March 5", "", nil},
	}
	for _, tc := range tests {
		got, off, ok := ParseTime(tc.in)
		if tc.want == "" {
			if ok {
				t.Errorf("ParseTime(%q) ok", tc.in)
			}
			continue
		}
		if !ok || got.Format(time.RFC3339) != tc.want {
			t.Errorf("ParseTime(%q) = %v %v, want %s", tc.in, got, ok, tc.want)
		}
		switch w := tc.offset.(type) {
		case nil:
			if off != nil {
				t.Errorf("ParseTime(%q) offset %d, want none", tc.in, *off)
			}
		case int:
			if off == nil || *off != w {
				t.Errorf("ParseTime(%q) offset %v, want %d", tc.in, off, w)
			}
		}
	}
}

func TestParseDay(t *testing.T) {
	s, err := ParseDay("2024-02-03", false)
	e, err2 := ParseDay("2024-02-03", true)
	if err != nil || err2 != nil || s.Format(time.RFC3339) != "2024-02-03T00:00:00Z" || e.Format(time.RFC3339) != "2024-02-03T23:59:59Z" {
		t.Errorf("ParseDay = %v %v (%v %v)", s, e, err, err2)
	}
	if r, err := ParseDay("2024-02-03T10:00:00+02:00", false); err != nil || r.Format(time.RFC3339) != "2024-02-03T08:00:00Z" {
		t.Errorf("ParseDay RFC 3339 = %v %v", r, err)
	}
	if _, err := ParseDay("03/02/2024", false); err == nil {
		t.Errorf("ParseDay accepted 03/02/2024")
	}
}

func TestFTSQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"tax", `"tax"`},
		{`tax "ferry crews" -strike port*`, `("tax" AND "ferry crews" AND "port"*) NOT "strike"`},
		{"a OR b c", `("a" OR "b") AND "c"`},
		{"c a OR b", `"c" AND ("a" OR "b")`},
		{"a AND b NOT c", `("a" AND "b") NOT "c"`},
		{`say "hi`, `"say" AND "hi"`},
		{`quote"inside`, `"quote""inside"`},
		{`) ( * tax`, `"tax"`},
		// Scripts written without spaces: the phrase of the characters.
		{`北京 -上海 新闻*`, `("北 京" AND "新 闻"*) NOT "上 海"`},
		{`서울시 "Apple的iPhone"`, `"서 울 시" AND "Apple 的 iPhone"`},
		// Rule query-possessive: the word, not the phrase "council s";
		// a quoted phrase keeps it.
		{`council's budget -mayor’s`, `("council" AND "budget") NOT "mayor"`},
		{`"the council's budget" it's*`, `"the council's budget" AND "it"*`},
	}
	for _, tc := range tests {
		got, err := FTSQuery(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("FTSQuery(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, in := range []string{"", "   ", "-x", "OR", `""`} {
		if _, err := FTSQuery(in); !errors.Is(err, ErrEmptyQuery) {
			t.Errorf("FTSQuery(%q) err = %v, want ErrEmptyQuery", in, err)
		}
	}
}

func FuzzFTSQuery(f *testing.F) {
	for _, s := range []string{`a "b c" -d e*`, `OR OR`, `"`, `-"x y"*`, `北京 -"上海"*`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := FTSQuery(s)
		if err == nil && q == "" {
			t.Errorf("empty expression without error for %q", s)
		}
	})
}
