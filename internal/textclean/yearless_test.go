package textclean

import (
	"fmt"
	"testing"
	"time"
)

// TestSigDateYearFromArticle: rule sig-date-year-from-article (embeds.
// ResolveYearless) dates a yearless post, signed or a rendered card's,
// by the article's dateline: the day after the article's falls in the
// year before; an undated article leaves the posts undated.
func TestSigDateYearFromArticle(t *testing.T) {
	const story = `Harbour ferry cancelled after storm damage

%s

The ferry between Kestrel Point and the old harbour will not run this week, the operator said.

The ferry is late again and nobody tells us anything.
— Ana Reyes (@areyes) 28 December

Third week in a row without the morning boat.
— Tomas Feld (@tfeld) 2 January

Kestrel Ferries
@kestrelferries
·
Dec 30
Sailings are cancelled until further notice after storm damage to the pier.
Reply
Repost

The operator said repairs would take at least ten days.
`
	now := time.Date(2026, time.November, 28, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, dateline string
		want           []string
	}{
		{"dated", "By Mira Olsen | January 3, 2026", []string{"2025-12-28", "2026-01-02", "2025-12-30"}},
		{"undated", "By Mira Olsen", []string{"", "", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _ := Extract(fmt.Sprintf(story, tt.dateline), Options{Now: now})
			if len(a.Embeds) != len(tt.want) {
				t.Fatalf("got %d embeds, want %d: %+v", len(a.Embeds), len(tt.want), a.Embeds)
			}
			for k, e := range a.Embeds {
				if e.Date != tt.want[k] {
					t.Errorf("post %d (%s) dated %q, want %q", k, e.Handle, e.Date, tt.want[k])
				}
			}
		})
	}
}
