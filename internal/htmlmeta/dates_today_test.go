package htmlmeta

import (
	"testing"
	"time"
)

// TestBareToday pins rule dateBareToday: the current day a site prints
// alone over its masthead dates no page (testNow is 26 November 2026); a
// date alone on another day still does. Invented pages.
func TestBareToday(t *testing.T) {
	const article = `<main><article><h1>Ferry line approved</h1><p class="byline">By Ada Quell</p><p>The council of Orvania voted on Tuesday night to approve a new ferry line to the islands.</p></article></main>`
	for _, tt := range []struct {
		name, page, want string
	}{
		{"today over the masthead", `<div class="topbar"><span>Thursday, November 26, 2026</span></div><header><a href="/">The Harbour Gazette</a><nav><a href="/n">News</a></nav></header>` + article, ""},
		{"yesterday in a site behind UTC", `<div class="topbar"><span>Wednesday, November 25, 2026</span></div><header><a href="/">The Harbour Gazette</a><nav><a href="/n">News</a></nav></header>` + article, ""},
		{"an older day alone", `<div class="topbar"><span>Monday, November 23, 2026</span></div><header><a href="/">The Harbour Gazette</a><nav><a href="/n">News</a></nav></header>` + article, "2026-11-23"},
		{"a page-top line of today", `<p>Thursday, November 26, 2026 &middot; Weather: rain</p>` + article, ""},
	} {
		if got, _ := publishedOf(t, tt.page, "https://gazette.example/ferry"); got != tt.want {
			t.Errorf("%s: published %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestCrawlDay is the table of crawlDay.
func TestCrawlDay(t *testing.T) {
	now := time.Date(2026, 3, 1, 1, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		day  string
		want bool
	}{
		{"2026-03-01", true}, {"2026-02-28", true}, {"2026-02-27", false}, {"2025-03-01", false}, {"", false},
	} {
		if got := crawlDay(tt.day, now); got != tt.want {
			t.Errorf("crawlDay(%q) = %v, want %v", tt.day, got, tt.want)
		}
	}
}
