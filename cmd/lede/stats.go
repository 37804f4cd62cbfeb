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
			fmt.Fprintf(out, "articles  %d\nversions  %d\noutlets   %d\nembeds    %d\nquotes    %d\npeople    %d\nclaims    %d\n",
				s.Articles, s.Versions, s.Outlets, s.Embeds, s.Quotes, s.People, s.Claims)
			if s.Unanalysed > 0 {
				fmt.Fprintf(out, "unanalysed %d (stored with --no-analysis: lede analyse --db %s)\n", s.Unanalysed, dbPath)
			}
			if s.FirstPublished != "" {
				fmt.Fprintf(out, "published %s to %s\n", s.FirstPublished, s.LastPublished)
			}
			if s.SizeBytes > 0 {
				fmt.Fprintf(out, "size      %.1f MB", float64(s.SizeBytes)/1e6)
				if s.Articles > 0 {
					fmt.Fprintf(out, " (%.1f MB per 1,000 articles)", float64(s.SizeBytes)/1e6/float64(s.Articles)*1000)
				}
				fmt.Fprintln(out)
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
