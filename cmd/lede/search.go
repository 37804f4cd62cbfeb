package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/lede-news/lede/internal/query"
	"github.com/lede-news/lede/internal/store"
	"github.com/lede-news/lede/internal/store/sqlite"
	"github.com/lede-news/lede/internal/stories"
)

// searchOpenStore opens an existing store for the query commands (search,
// show, export, quotes, stats): a missing file is an error, not a new store.
func searchOpenStore(ctx context.Context, path string) (*sqlite.DB, error) {
	if err := searchStoreGiven(path); err != nil {
		return nil, err
	}
	return searchOpenAny(ctx, path)
}

// searchStoreGiven fails when --db is empty or names no file: the commands
// that read a store never create one.
func searchStoreGiven(path string) error {
	if path == "" {
		return errUsage{errors.New("--db is empty: give the store file")}
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("no store at %s (create one with lede ingest, or give --db)", path)
	}
	return nil
}

// searchOpenAny opens the store at path, creating it if need be (ingest),
// with the usual mistakes said plainly rather than as SQLite's "unable to
// open database file (14)": a folder given for the file, a folder that does
// not exist, a file that is no store.
func searchOpenAny(ctx context.Context, path string) (*sqlite.DB, error) {
	if path == "" {
		return nil, errUsage{errors.New("--db is empty: give the store file")}
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("store %s is a directory (give --db a file, e.g. %s)", path, filepath.Join(path, ingestDefaultDB))
	}
	if dir := filepath.Dir(path); dir != "" {
		if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("store %s: directory %s does not exist", path, dir)
		}
	}
	db, err := sqlite.Open(ctx, path)
	if err != nil && strings.Contains(err.Error(), "file is not a database") {
		return nil, fmt.Errorf("store %s: not a Lede store (not an SQLite file)", path)
	}
	return db, err
}

// searchIsTerminal reports whether w is a terminal (for ANSI bold).
func searchIsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && isatty.IsTerminal(f.Fd())
}

func newSearchCmd() *cobra.Command {
	var (
		dbPath, outlet, since, until, person string
		limit                                int
		jsonOut                              bool
	)
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: "Full-text search of the corpus, best hits first",
		Long: `Search finds articles whose title or body match QUERY, ranked by BM25 (title
words count more). All words must match; "quoted phrases", OR, -word (or NOT
word) and prefix* are understood. Dates (--since, --until) are YYYY-MM-DD or
RFC 3339 and bound the publication time. A query matching very many articles
ranks its 5,000 most recently ingested matches, to answer in milliseconds.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			q := store.Query{Text: strings.Join(args, " "), Outlet: outlet, Person: person, Limit: limit,
				MarkStart: query.MarkStart, MarkEnd: query.MarkEnd}
			var err error
			if q.Since, q.Until, err = searchRange(since, until); err != nil {
				return err
			}
			if limit < 0 {
				return errUsage{fmt.Errorf("--limit %d: want 1 or more (0: the default, %d)", limit, store.DefaultLimit)}
			}
			db, err := searchOpenStore(cmd.Context(), dbPath)
			if err != nil {
				return err
			}
			defer db.Close()
			hits, err := db.Search(cmd.Context(), q)
			if err != nil {
				if errors.Is(err, store.ErrEmptyQuery) {
					return errUsage{fmt.Errorf("search: the query has no word to look for (an excluded -word, OR, NOT or punctuation alone finds nothing)")}
				}
				return err
			}
			out := cmd.OutOrStdout()
			if jsonOut {
				return query.WriteJSON(out, query.SearchJSON(hits))
			}
			bold, reset := "", ""
			if searchIsTerminal(out) {
				bold, reset = "\x1b[1m", "\x1b[0m"
			}
			if len(hits) == 0 {
				fmt.Fprintln(cmd.ErrOrStderr(), "no matches"+noOutletHint(cmd.Context(), db, q.Outlet))
				return nil
			}
			for i, h := range hits {
				meta := strings.Join(searchNonEmpty(h.Outlet, h.Date), ", ")
				if meta != "" {
					meta = " (" + meta + ")"
				}
				title := h.Title
				if title == "" { // "1. " alone read as a glitch
					title = searchNoTitle
				}
				fmt.Fprintf(out, "%d. %s%s%s%s\n   %s\n   %s\n\n", i+1, bold, title, reset, meta,
					strings.Join(searchNonEmpty(h.ID, h.URL), "  "), query.RenderMarks(strings.ReplaceAll(h.Snippet, "\n", " "), bold, reset))
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dbPath, "db", ingestDefaultDB, "store file")
	publishedFilterFlags(f, &outlet, &since, &until)
	f.StringVar(&person, "person", "", "only articles naming this person")
	f.IntVar(&limit, "limit", store.DefaultLimit, "number of hits")
	f.BoolVar(&jsonOut, "json", false, `print {"hits": [...]} as JSON`)
	return cmd
}

// searchArgs lets an excluded word stand anywhere in the query, as the help
// promises: "lede search harbour -strike" failed with "unknown shorthand
// flag: 's' in -strike" because a word opening with a dash reads as a flag.
// It moves the flags (with their values) first and the query's words,
// excluded ones included and in their order, after a "--". args[0] is
// "search".
func searchArgs(cmd *cobra.Command, args []string) []string {
	var flags, words []string
	rest := args[1:]
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		switch {
		case a == "--":
			words = append(words, rest[i+1:]...)
			i = len(rest)
		case strings.HasPrefix(a, "--"), a == "-h":
			flags = append(flags, a)
			name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
			if f := cmd.Flags().Lookup(name); f != nil && !hasValue && f.Value.Type() != "bool" && i+1 < len(rest) {
				flags = append(flags, rest[i+1])
				i++
			}
		default: // a word, "-word" included
			words = append(words, a)
		}
	}
	return append(append(append([]string{"search"}, flags...), "--"), words...)
}

// noOutletHint is rule no-such-outlet: an --outlet that names no outlet
// of the store (a site's domain, a part of the name) is why nothing was
// found, and "no matches" alone did not say so. It returns the words to
// add, or "".
func noOutletHint(ctx context.Context, db *sqlite.DB, outlet string) string {
	if outlet == "" {
		return ""
	}
	if ok, err := db.HasOutlet(ctx, outlet); err != nil || ok {
		return ""
	}
	return fmt.Sprintf(": no outlet is named %q (lede stats lists the largest; names are matched whole, in any case)", outlet)
}

// searchNoTitle stands for the title of a hit whose article has none (a
// text whose first line is prose, not a headline).
const searchNoTitle = stories.NoTitle

// publishedFilterFlags registers the filters search and list share: the
// outlet and the publication dates (read by searchRange).
func publishedFilterFlags(f *pflag.FlagSet, outlet, since, until *string) {
	f.StringVar(outlet, "outlet", "", "only this outlet (exact name, any case)")
	f.StringVar(since, "since", "", "published on or after this date")
	f.StringVar(until, "until", "", "published on or before this date")
}

// searchRange reads the --since and --until flags (either may be empty).
func searchRange(since, until string) (from, to time.Time, err error) {
	if since != "" {
		if from, err = searchDay("--since", since, false); err != nil {
			return from, to, err
		}
	}
	if until != "" {
		to, err = searchDay("--until", until, true)
	}
	return from, to, err
}

// searchDay reads a date flag's value (search, analyse and stories take
// them), in one line naming the flag and the forms it takes: the store's
// parse error read `--since: parsing time "2024-13-01": want ...`, Go's words.
// end takes the last instant of a day given without a time (--until).
func searchDay(flag, v string, end bool) (time.Time, error) {
	t, err := store.ParseDay(v, end)
	if err != nil {
		return time.Time{}, errUsage{fmt.Errorf("%s %q: want a date as YYYY-MM-DD or RFC 3339 (2024-03-01 or 2024-03-01T09:00:00Z)", flag, v)}
	}
	return t, nil
}

func searchNonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
