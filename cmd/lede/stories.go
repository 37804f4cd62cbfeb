package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/query"
	"github.com/lede-news/lede/internal/store/sqlite"
)

func newStoriesCmd() *cobra.Command {
	var (
		dbPath   string
		since    string
		minSize  int
		limit    int
		jsonOut  bool
		readOnly bool
	)
	cmd := &cobra.Command{
		Use:   "stories [--since D]",
		Short: "List stories (groups of articles about one event), newest first",
		Long: `Stories lists the stories of the corpus store: groups of articles about one
event across outlets, syndicated copies included. Copy groups and stories
are computed over the stored articles and saved in the store; they are
recomputed when articles were added since. Dated stories come newest
first; undated ones follow, the largest first.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if limit < 0 {
				return errUsage{fmt.Errorf("--limit %d: want 0 (all) or more", limit)}
			}
			if minSize < 1 { // was taken as 1, silently; the API refuses min=0 too
				return errUsage{fmt.Errorf("--min %d: want a whole number of articles, 1 or more", minSize)}
			}
			var from time.Time
			if since != "" {
				t, err := searchDay("--since", since, false)
				if err != nil {
					return err
				}
				from = t
			}
			ctx := cmd.Context()
			db, err := storiesOpen(ctx, dbPath, readOnly, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			defer db.Close()
			keep, err := query.Stories(ctx, db, from, minSize, limit)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if jsonOut {
				enc := json.NewEncoder(out)
				for _, s := range keep {
					if err := enc.Encode(s); err != nil {
						return err
					}
				}
				return nil
			}
			if len(keep) == 0 {
				fmt.Fprintln(cmd.ErrOrStderr(), "no stories")
				return nil
			}
			wa, wo := storiesWidths(keep)
			for _, s := range keep {
				day := "undated   "
				if !s.First.IsZero() {
					day = s.First.Format(time.DateOnly)
				}
				fmt.Fprintf(out, "%s  %s  %s  %s  %s\n", s.ID, day, storiesCount(len(s.ArticleIDs), "article", wa),
					storiesCount(len(s.Outlets), "outlet", wo), cmp.Or(s.Title, searchNoTitle))
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dbPath, "db", ingestDefaultDB, "store file")
	f.StringVar(&since, "since", "", "only stories first published on or after this day (YYYY-MM-DD or RFC 3339)")
	f.IntVar(&minSize, "min", 1, "only stories of at least this many articles")
	f.IntVar(&limit, "limit", 0, "at most this many stories, newest first (0: all)")
	f.BoolVar(&jsonOut, "json", false, "print one JSON story per line")
	storiesReadOnlyFlag(cmd, &readOnly)
	return cmd
}

// storiesReadOnlyFlag is --read-only of the story commands (stories,
// story, copies).
func storiesReadOnlyFlag(cmd *cobra.Command, readOnly *bool) {
	cmd.Flags().BoolVar(readOnly, "read-only", false, "open the store read-only: answer the stories stored, never recompute them")
}

// storiesCount is "1 article " or "4 articles", the number right-aligned in
// width digits and the singular padded so that columns stay aligned.
func storiesCount(n int, noun string, width int) string {
	if n == 1 {
		return fmt.Sprintf("%*d %s ", width, n, noun)
	}
	return fmt.Sprintf("%*d %ss", width, n, noun)
}

// storiesWidths are the widths of the article and outlet counts in lede
// stories' columns: 3 and 2 digits, or the largest count's (rule
// count-width: a story of 20,000 articles pushed its row's outlets and
// title out of line with the others').
func storiesWidths(sts []model.Story) (articles, outlets int) {
	articles, outlets = 3, 2
	for _, s := range sts {
		articles = max(articles, len(strconv.Itoa(len(s.ArticleIDs))))
		outlets = max(outlets, len(strconv.Itoa(len(s.Outlets))))
	}
	return articles, outlets
}

// storiesOpen opens the store for the story commands (stories, story,
// copies) with its copy groups and stories brought up to date. A store the
// user cannot write (or readOnly) is answered from the stories stored, as
// lede serve does, with one line on stderr when they may be stale or the
// store turned out read-only unasked.
func storiesOpen(ctx context.Context, path string, readOnly bool, stderr io.Writer) (*sqlite.DB, error) {
	db, ro, err := storiesOpenStore(ctx, path, readOnly)
	if err != nil {
		return nil, err
	}
	if !ro {
		err := query.Refresh(ctx, db)
		if !sqlite.IsReadOnly(err) { // nil, or a failure to tell
			if err != nil {
				db.Close()
				return nil, err
			}
			return db, nil
		}
	}
	stale, err := query.StoriesStale(ctx, db)
	if err != nil {
		db.Close()
		return nil, err
	}
	switch {
	case stale:
		fmt.Fprintln(stderr, "lede: warning: "+query.StaleWarning)
	case !readOnly:
		fmt.Fprintln(stderr, "lede: warning: the store cannot be written: answering from the stories stored (up to date)")
	}
	return db, nil
}

// storiesOpenStore opens the store, read-only when asked or when the user
// cannot write it (sqlite.Open then fails with SQLite's read-only error):
// it reports whether it did. lede serve opens its store with it too.
func storiesOpenStore(ctx context.Context, path string, readOnly bool) (*sqlite.DB, bool, error) {
	if !readOnly {
		db, err := searchOpenStore(ctx, path)
		if !sqlite.IsReadOnly(err) {
			return db, false, err
		}
	} else if err := searchStoreGiven(path); err != nil {
		return nil, false, err
	}
	db, err := sqlite.OpenReadOnly(ctx, path)
	return db, true, err
}
