package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/lede-news/lede/internal/query"
)

func newStoryCmd() *cobra.Command {
	var (
		dbPath   string
		jsonOut  bool
		readOnly bool
	)
	cmd := &cobra.Command{
		Use:   "story ID|URL",
		Short: "Compare how outlets covered one story",
		Long: `Story shows one story (by story id, or by the id or URL of one of its
articles): the outlets that reported it, with the syndicated copies folded
under their source and what each copy changed; each speaker's quotations
with the outlets' wordings aligned; the figures each outlet gave; and what
each outlet alone reported.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			db, err := storiesOpen(ctx, dbPath, readOnly, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			defer db.Close()
			st, err := query.FindStory(ctx, db, args[0])
			if errors.Is(err, query.ErrNoStory) {
				return fmt.Errorf("no story or article %s in %s (lede stories lists the stories)", args[0], dbPath)
			}
			if err != nil {
				return err
			}
			c, err := query.Compare(ctx, db, st)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if jsonOut {
				return query.WriteJSON(out, c)
			}
			return c.WriteText(out)
		},
	}
	f := cmd.Flags()
	f.StringVar(&dbPath, "db", ingestDefaultDB, "store file")
	f.BoolVar(&jsonOut, "json", false, "print the comparison as JSON")
	storiesReadOnlyFlag(cmd, &readOnly)
	return cmd
}
