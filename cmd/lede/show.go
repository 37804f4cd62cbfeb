package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/query"
)

func newShowCmd() *cobra.Command {
	var (
		dbPath, format string
		versions       bool
		jsonOut        bool
	)
	cmd := &cobra.Command{
		Use:   "show ID|URL",
		Short: "Print one stored article by its id or URL",
		Long: `Show prints one stored article, found by its id (as search, stories and
export give it) or by its URL (the address it was read from, or the
canonical link of a saved page), as lede extract prints a record: JSON by
default, or text or markdown. --versions prints every stored version of it,
oldest first, as JSON.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := extractFormat(&format, jsonOut); err != nil {
				return err
			}
			if versions && format != "json" {
				return errUsage{fmt.Errorf("--versions prints JSON only, not --format %s", format)}
			}
			db, err := searchOpenStore(cmd.Context(), dbPath)
			if err != nil {
				return err
			}
			defer db.Close()
			key := args[0]
			r, err := query.Article(cmd.Context(), db, key)
			if err != nil {
				if errors.Is(err, model.ErrNotFound) {
					return fmt.Errorf("no article %s in %s", key, dbPath)
				}
				return err
			}
			out := cmd.OutOrStdout()
			if !versions {
				return writeArticle(out, r.Article, format, false)
			}
			vs, err := query.VersionsOf(cmd.Context(), db, r)
			if err != nil {
				return err
			}
			return query.WriteJSON(out, vs)
		},
	}
	f := cmd.Flags()
	f.StringVar(&dbPath, "db", ingestDefaultDB, "store file")
	f.StringVar(&format, "format", "json", "output format: json, text or markdown")
	f.BoolVar(&jsonOut, "json", false, "same as --format json (the flag other commands take)")
	f.BoolVar(&versions, "versions", false, "print every stored version, oldest first, as JSON")
	return cmd
}
