package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestListPlan: every step of List reads an index in its order from the
// cursor on (a SEARCH, no sort of the matches): a listing that sorted or
// skipped the rows before its page would cost more the deeper the page,
// seconds on a large corpus.
func TestListPlan(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "plan.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	since := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Format(timeFormat)
	cur := "2025-03-04T10:00:00Z"
	outlet := `a.outlet_id = (SELECT id FROM outlets WHERE name = ?)`
	for _, tc := range []struct {
		where []string
		args  []any
		index string
	}{
		{[]string{`a.published_utc IS NOT NULL`}, nil, "articles_published"},
		{[]string{`(a.published_utc, a.seq) < (?, ?)`}, []any{cur, 9}, "articles_published"},
		{[]string{`a.published_utc IS NULL`, `a.seq < ?`}, []any{9}, "articles_published"},
		{[]string{outlet, `(a.published_utc, a.seq) < (?, ?)`}, []any{"X", cur, 9}, "articles_outlet"},
		{[]string{outlet, `a.published_utc IS NULL`, `a.seq < ?`}, []any{"X", 9}, "articles_outlet"},
		{[]string{`a.published_utc >= ?`, `(a.published_utc, a.seq) < (?, ?)`}, []any{since, cur, 9}, "articles_published"},
	} {
		rows, err := db.rd.QueryContext(ctx, `EXPLAIN QUERY PLAN `+listSQL(tc.where), append(tc.args, 21)...)
		if err != nil {
			t.Fatal(err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail)
		}
		rows.Close()
		all := strings.Join(plan, "; ")
		if !strings.Contains(all, "SEARCH a USING INDEX "+tc.index) || strings.Contains(all, "TEMP B-TREE") {
			t.Errorf("%v: plan %q, want a SEARCH of %s and no sort", tc.where, all, tc.index)
		}
	}
}

func TestCountWords(t *testing.T) {
	for s, want := range map[string]int{
		"":                                    0,
		"  — ... ":                            0,
		"The fare rose to 2,000 pounds.":      6,
		"Don't close the night-shift rota!":   5,
		"Élan vital, naïve café":              4,
		"市议会周二开会":                             7,
		"Le maire a dit : « non ».\nFin":      6,
		"Die Stadt (Köln) meldet 3.5 Prozent": 6,
	} {
		if got := countWords(s); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
	}
}
