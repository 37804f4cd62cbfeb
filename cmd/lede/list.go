package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/lede-news/lede/internal/query"
	"github.com/lede-news/lede/internal/store"
)

func newListCmd() *cobra.Command {
	var (
		dbPath, outlet, since, until, cursor string
		limit                                int
		jsonOut                              bool
	)
	cmd := &cobra.Command{
		Use:   "list [--outlet X] [--since D] [--until D] [--limit N] [--cursor C]",
		Short: "List the stored articles, newest first, a page at a time",
		Long: `List prints the stored articles newest first (by publication time, undated
articles last, then latest ingested first), a page of --limit at a time. When
more follow, the last line (on stderr) gives the --cursor of the next page;
with --json it is the "next" field. Dates (--since, --until) are YYYY-MM-DD or
RFC 3339 and bound the publication time, leaving undated articles out.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			q := store.ListQuery{Outlet: outlet, Limit: limit, Cursor: cursor}
			if limit < 1 || limit > store.MaxListLimit {
				return errUsage{fmt.Errorf("--limit %d: want 1 to %d", limit, store.MaxListLimit)}
			}
			var err error
			if q.Since, q.Until, err = searchRange(since, until); err != nil {
				return err
			}
			db, err := searchOpenStore(cmd.Context(), dbPath)
			if err != nil {
				return err
			}
			defer db.Close()
			page, err := db.List(cmd.Context(), q)
			if errors.Is(err, store.ErrBadCursor) {
				return errUsage{fmt.Errorf("--cursor %q: not a cursor lede list gave (pass the one it printed as it is)", cursor)}
			}
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if jsonOut {
				return query.WriteJSON(out, page)
			}
			if len(page.Articles) == 0 {
				fmt.Fprintln(cmd.ErrOrStderr(), "no articles"+noOutletHint(cmd.Context(), db, outlet))
				return nil
			}
			for _, a := range page.Articles {
				day := "undated   "
				if !a.Published.IsZero() {
					day = a.Published.Format(time.DateOnly)
				}
				title := a.Title
				if title == "" {
					title = searchNoTitle
				}
				meta := strings.Join(searchNonEmpty(a.Outlet, fmt.Sprintf("%d words", a.Words)), ", ")
				fmt.Fprintf(out, "%s  %s  %s (%s)\n", a.ID, day, title, meta)
			}
			if page.Next != "" {
				fmt.Fprintf(cmd.ErrOrStderr(), "more: --cursor %s\n", page.Next)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dbPath, "db", ingestDefaultDB, "store file")
	publishedFilterFlags(f, &outlet, &since, &until)
	f.IntVar(&limit, "limit", store.DefaultLimit, fmt.Sprintf("articles a page (at most %d)", store.MaxListLimit))
	f.StringVar(&cursor, "cursor", "", "start after the page whose cursor this is")
	f.BoolVar(&jsonOut, "json", false, `print {"articles": [...], "next": CURSOR} as JSON`)
	return cmd
}
