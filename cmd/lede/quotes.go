package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/lede-news/lede/internal/query"
	"github.com/lede-news/lede/internal/stories"
)

func newQuotesCmd() *cobra.Command {
	var (
		dbPath, speaker string
		limit           int
		jsonOut         bool
	)
	cmd := &cobra.Command{
		Use:   "quotes [--speaker NAME]",
		Short: "List stored quotations, by speaker",
		Long: `Quotes lists the quotations of the corpus in ingestion order, those of
speakers whose resolved name contains NAME (any case) with --speaker.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if limit < 0 {
				return errUsage{fmt.Errorf("--limit %d: want 0 (all) or more", limit)}
			}
			db, err := searchOpenStore(cmd.Context(), dbPath)
			if err != nil {
				return err
			}
			defer db.Close()
			out := cmd.OutOrStdout()
			enc := json.NewEncoder(out)
			enc.SetEscapeHTML(false)
			n := 0
			for q, err := range query.Quotes(cmd.Context(), db, speaker, limit) {
				if err != nil {
					return err
				}
				n++
				if jsonOut {
					if err := enc.Encode(q); err != nil {
						return err
					}
					continue
				}
				who := q.Speaker
				if who == "" {
					who = "(unknown speaker)"
				}
				fmt.Fprintf(out, "%s \u2014 %s\n   %s\n", quotesShown(q.Text, q.Form), who, quotesSource(q.Title, q.Outlet, q.Date, q.URL))
			}
			if n == 0 && !jsonOut {
				msg := "no quotes"
				// A store ingested with --no-analysis holds articles and no
				// quotation at all: say so rather than let it look like a miss,
				// and say how to get them.
				if st, err := db.Stats(cmd.Context()); err == nil && st.Articles > 0 && st.Quotes == 0 {
					msg += fmt.Sprintf(" in any of the %d articles", st.Articles)
					if st.Unanalysed > 0 {
						msg += fmt.Sprintf(" (%d were stored with --no-analysis: run lede analyse --db %s)", st.Unanalysed, dbPath)
					}
				}
				fmt.Fprintln(cmd.ErrOrStderr(), msg)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dbPath, "db", ingestDefaultDB, "store file")
	f.StringVar(&speaker, "speaker", "", "only quotes of speakers whose name contains this")
	f.IntVar(&limit, "limit", 0, "at most this many quotes (0: all)")
	f.BoolVar(&jsonOut, "json", false, "print one JSON object per quote")
	return cmd
}

// quotesShown is a quotation as the listing prints it. A record's quote is
// one span of the article, so a split quotation ("A," she said. "B.")
// holds its attribution; printed inside one pair of marks it read as if
// the speaker had said "she said" too. Its passages are printed joined by
// an ellipsis instead (as lede story aligns them), and reported speech,
// which no mark encloses, without marks.
func quotesShown(text, form string) string {
	if form == "indirect" {
		return text + " (reported)"
	}
	return "\u201c" + strings.Join(stories.QuoteParts(text), " \u2026 ") + "\u201d"
}

func quotesSource(title, outlet, date, url string) string {
	s := title
	for _, p := range []string{outlet, date} {
		if p != "" {
			s += ", " + p
		}
	}
	if url != "" {
		s += " <" + url + ">"
	}
	return s
}
