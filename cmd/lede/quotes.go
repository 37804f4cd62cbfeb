package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/query"
	"github.com/lede-news/lede/internal/store/sqlite"
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
				fmt.Fprintf(out, "%s \u2014 %s\n   %s\n", quotesShown(q.Quote), who, quotesSource(q.Title, q.Outlet, q.Date, q.URL))
			}
			if n == 0 && !jsonOut {
				fmt.Fprintln(cmd.ErrOrStderr(), quotesNone(cmd.Context(), db, speaker, dbPath))
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

// quotesNone says why nothing was listed: no quote (of that speaker), or
// a store without any quotation at all.
func quotesNone(ctx context.Context, db *sqlite.DB, speaker, dbPath string) string {
	msg := "no quotes"
	if speaker != "" {
		msg += fmt.Sprintf(" of a speaker whose name contains %q", speaker)
	}
	st, err := db.Stats(ctx)
	if err != nil {
		return msg
	}
	return quotesNoneText(msg, st.Articles, st.Quotes, st.Unanalysed, dbPath)
}

// quotesNoneText is quotesNone's message from the store's counts, msg when
// the store holds quotes. A store ingested with --no-analysis holds
// articles and no quotation at all: it says so rather than let it look
// like a miss, and says how to get them ("no quotes in any of the 1
// articles (1 were stored ..." had the nouns and verbs wrong for one).
func quotesNoneText(msg string, articles, quotes, unanalysed int64, dbPath string) string {
	if articles == 0 || quotes > 0 {
		return msg
	}
	if articles == 1 {
		msg = "no quotes in the one article stored"
	} else {
		msg = fmt.Sprintf("no quotes in any of the %d articles stored", articles)
	}
	run := "lede analyse --db " + dbPath
	switch {
	case unanalysed == 1 && articles == 1:
		msg += ": it was stored with --no-analysis (run " + run + ")"
	case unanalysed == articles:
		msg += ": they were stored with --no-analysis (run " + run + ")"
	case unanalysed == 1:
		msg += " (1 was stored with --no-analysis: run " + run + ")"
	case unanalysed > 1:
		msg += fmt.Sprintf(" (%d were stored with --no-analysis: run %s)", unanalysed, run)
	}
	return msg
}

// quotesShown is a quotation as the listing prints it. A record's quote is
// one span of the article, so a split quotation ("A," she said. "B.")
// holds its attribution; printed inside one pair of marks it read as if
// the speaker had said "she said" too. Its passages (its Parts, or for a
// quote stored without them the stretches between its marks) are printed
// joined by an ellipsis instead, as lede story aligns them, and reported
// speech, which no mark encloses, without marks.
func quotesShown(q model.Quote) string {
	if q.Form == model.QuoteIndirect {
		return q.Text + " (reported)"
	}
	return "\u201c" + strings.Join(stories.Passages(q), " \u2026 ") + "\u201d"
}

// quotesSource is the line under a quotation naming its article: title,
// outlet, date and <url>, those it has (an article with none of them, a
// text without a headline, printed an empty line; one without a title a
// line opening with a comma).
func quotesSource(title, outlet, date, url string) string {
	if title == "" {
		title = searchNoTitle
	}
	s := strings.Join(searchNonEmpty(title, outlet, date), ", ")
	if url != "" {
		s += " <" + url + ">"
	}
	return s
}
