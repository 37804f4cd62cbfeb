package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/lede-news/lede/internal/query"
)

func newStatsCmd() *cobra.Command {
	var (
		dbPath  string
		jsonOut bool
	)
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count what the store holds",
		Long: `Stats counts what the store holds: articles, their earlier versions,
outlets, embeds, quotes, people and claims, the articles still waiting for
analysis (lede analyse); the range of publication dates;
the store's size; and the outlets with the most articles.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			db, err := searchOpenStore(cmd.Context(), dbPath)
			if err != nil {
				return err
			}
			defer db.Close()
			s, err := db.Stats(cmd.Context())
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if jsonOut {
				return query.WriteJSON(out, s)
			}
			// The labels in one column, the values in the next: "unanalysed"
			// and "published" pushed theirs out of line.
			line := func(label, format string, args ...any) {
				fmt.Fprintf(out, "%-10s "+format+"\n", append([]any{label}, args...)...)
			}
			line("articles", "%d", s.Articles)
			line("versions", "%d", s.Versions)
			line("outlets", "%d", s.Outlets)
			line("embeds", "%d", s.Embeds)
			line("quotes", "%d", s.Quotes)
			line("people", "%d", s.People)
			line("claims", "%d", s.Claims)
			if s.Unanalysed > 0 {
				line("unanalysed", "%d (stored with --no-analysis: lede analyse --db %s)", s.Unanalysed, dbPath)
			}
			if s.FirstPublished != "" {
				line("published", "%s to %s", s.FirstPublished, s.LastPublished)
			}
			if s.SizeBytes > 0 {
				size := fmt.Sprintf("%.1f MB", float64(s.SizeBytes)/1e6)
				if s.Articles > 0 {
					size += fmt.Sprintf(" (%.1f MB per 1,000 articles)", float64(s.SizeBytes)/1e6/float64(s.Articles)*1000)
				}
				line("size", "%s", size)
			}
			if len(s.TopOutlets) > 0 {
				fmt.Fprintln(out, "top outlets")
			}
			for _, o := range s.TopOutlets {
				fmt.Fprintf(out, "  %6d  %s\n", o.Articles, o.Outlet)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dbPath, "db", ingestDefaultDB, "store file")
	f.BoolVar(&jsonOut, "json", false, "print the counts as JSON")
	return cmd
}
