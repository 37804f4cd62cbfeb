package main

import (
	"cmp"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/lede-news/lede/internal/dedup"
	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/query"
	"github.com/lede-news/lede/internal/stories"
)

func newCopiesCmd() *cobra.Command {
	var (
		dbPath   string
		jsonOut  bool
		readOnly bool
	)
	cmd := &cobra.Command{
		Use:   "copies ID|URL",
		Short: "Show the syndicated copies of an article",
		Long: `Copies shows the copy group of an article (given by id or URL): its source,
the earliest member, and every copy with what it changed (headline, added
and removed paragraphs, reworded sentences and quotations). A copy the
source's own outlet published (a later version, a wire's "UPDATE 1") is
listed as an update.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			db, err := storiesOpen(ctx, dbPath, readOnly, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			defer db.Close()
			a, err := query.ResolveArticle(ctx, db, args[0])
			if errors.Is(err, query.ErrStoryGiven) {
				return fmt.Errorf("%s is a story, not an article: lede story %s shows its copies", args[0], args[0])
			}
			if errors.Is(err, model.ErrNotFound) {
				return fmt.Errorf("no article %s in %s", args[0], dbPath)
			}
			if err != nil {
				return err
			}
			rep, err := query.Copies(ctx, db, a)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if jsonOut {
				return query.WriteJSON(out, rep)
			}
			// Rule opening-title in lede copies: an article saved without
			// a headline is labelled with its text's opening headline, as
			// lede story labels it (stories.ShownTitle); copies wrote
			// "(no title)" for a text whose first line is its headline.
			title := func(id, t string) string {
				if t != "" {
					return t
				}
				if art, err := query.Resolve(ctx, db, id); err == nil {
					t = stories.ShownTitle(art)
				}
				return cmp.Or(t, searchNoTitle)
			}
			fmt.Fprintf(out, "source  %s  %s  %s%s\n", rep.Source.ID, cmp.Or(rep.Source.Outlet, copiesNoOutlet), title(rep.Source.ID, rep.Source.Title), copiesSuffix(rep.Source.Date))
			if len(rep.Copies) == 0 {
				fmt.Fprintln(out, "no copies")
				return nil
			}
			for _, c := range rep.Copies {
				fmt.Fprintf(out, "%-8s%s  %s  %s%s\n", copyLabel(c), c.ID, cmp.Or(c.Outlet, copiesNoOutlet), title(c.ID, c.Title), copiesSuffix(c.Date))
				ch := c.Changes
				if ch.Empty() {
					fmt.Fprintln(out, "          verbatim")
					continue
				}
				if ch.Headline != nil {
					fmt.Fprintf(out, "          headline: %s\n", dedup.HeadlineDiff(*ch.Headline))
				}
				for _, p := range ch.Added {
					fmt.Fprintf(out, "          added: %q\n", p)
				}
				for _, p := range ch.Removed {
					fmt.Fprintf(out, "          removed: %q\n", p)
				}
				for _, x := range ch.SentencesApart() {
					// Rule cut-sentence-line (stories.sentenceLine): a
					// sentence dropped or added says so, with its text.
					switch {
					case x.To == "" && x.From != "":
						fmt.Fprintf(out, "          sentence removed: %q\n", x.From)
					case x.From == "" && x.To != "":
						fmt.Fprintf(out, "          sentence added: %q\n", x.To)
					default:
						fmt.Fprintf(out, "          reworded: %s\n", x.Diff)
					}
				}
				for _, x := range ch.Quotes {
					fmt.Fprintf(out, "          quote changed: %s\n", x.Diff)
				}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dbPath, "db", ingestDefaultDB, "store file")
	f.BoolVar(&jsonOut, "json", false, "print the group as JSON")
	storiesReadOnlyFlag(cmd, &readOnly)
	return cmd
}

// copiesNoOutlet stands for the outlet of an article that names none (a
// saved text): its column was blank between two spaces.
const copiesNoOutlet = "(unknown outlet)"

// copyLabel is the stories package's rule own-update in lede copies: a
// copy its source's own outlet published (a later version under another
// address, a wire's "UPDATE 1") is that outlet's "update", not a "copy"
// of another outlet (query.CopyArticle.Update).
func copyLabel(c query.CopyArticle) string {
	if c.Update {
		return "update"
	}
	return "copy"
}

func copiesSuffix(d string) string {
	if d == "" {
		return ""
	}
	return "  (" + d + ")"
}
