package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/stories"
)

func newStoryCmd() *cobra.Command {
	var (
		dbPath  string
		jsonOut bool
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
			db, err := storiesOpen(ctx, dbPath)
			if err != nil {
				return err
			}
			defer db.Close()
			st, err := db.Story(ctx, args[0])
			if errors.Is(err, model.ErrNotFound) {
				a, aerr := storiesResolve(ctx, db, args[0])
				if aerr != nil {
					return fmt.Errorf("no story or article %s in %s (lede stories lists the stories)", args[0], dbPath)
				}
				sid, serr := db.StoryOf(ctx, a.ID)
				if serr != nil {
					return serr
				}
				st, err = db.Story(ctx, sid)
			}
			if err != nil {
				return err
			}
			var arts []*model.Article
			for _, id := range st.ArticleIDs {
				r, err := db.Get(ctx, id)
				if err != nil {
					return fmt.Errorf("story %s: article %s: %w", st.ID, id, err)
				}
				a := r.Article
				a.URL = storiesURL(a) // a saved page's canonical link names it too
				arts = append(arts, a)
			}
			src, err := db.SourceMap(ctx)
			if err != nil {
				return err
			}
			c := stories.Compare(st, arts, src)
			out := cmd.OutOrStdout()
			if jsonOut {
				return printJSON(out, c)
			}
			return c.WriteText(out)
		},
	}
	f := cmd.Flags()
	f.StringVar(&dbPath, "db", ingestDefaultDB, "store file")
	f.BoolVar(&jsonOut, "json", false, "print the comparison as JSON")
	return cmd
}
