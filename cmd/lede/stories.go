package main

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/lede-news/lede/internal/cluster"
	"github.com/lede-news/lede/internal/dedup"
	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/store"
	"github.com/lede-news/lede/internal/store/sqlite"
	"github.com/lede-news/lede/internal/stories"
)

func newStoriesCmd() *cobra.Command {
	var (
		dbPath  string
		since   string
		minSize int
		jsonOut bool
	)
	cmd := &cobra.Command{
		Use:   "stories [--since D]",
		Short: "List stories (groups of articles about one event), newest first",
		Long: `Stories lists the stories of the corpus store: groups of articles about one
event across outlets, syndicated copies included. Copy groups and stories
are computed over the stored articles and saved in the store; they are
recomputed when articles were added since.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var from time.Time
			if since != "" {
				t, err := store.ParseDay(since, false)
				if err != nil {
					return errUsage{fmt.Errorf("--since: %w", err)}
				}
				from = t
			}
			ctx := cmd.Context()
			db, err := storiesOpen(ctx, dbPath)
			if err != nil {
				return err
			}
			defer db.Close()
			list, err := db.StoryList(ctx, from)
			if err != nil {
				return err
			}
			var keep []model.Story
			for _, s := range list {
				if len(s.ArticleIDs) >= minSize {
					keep = append(keep, s)
				}
			}
			out := cmd.OutOrStdout()
			if jsonOut {
				enc := json.NewEncoder(out)
				for _, s := range keep {
					if err := enc.Encode(s); err != nil {
						return err
					}
				}
				return nil
			}
			for _, s := range keep {
				day := "undated   "
				if !s.First.IsZero() {
					day = s.First.Format(time.DateOnly)
				}
				fmt.Fprintf(out, "%s  %s  %3d articles  %2d outlets  %s\n", s.ID, day, len(s.ArticleIDs), len(s.Outlets), s.Title)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dbPath, "db", ingestDefaultDB, "store file")
	f.StringVar(&since, "since", "", "only stories first published on or after this day (YYYY-MM-DD or RFC 3339)")
	f.IntVar(&minSize, "min", 1, "only stories of at least this many articles")
	f.BoolVar(&jsonOut, "json", false, "print one JSON story per line")
	return cmd
}

// storiesOpen opens the store for the story commands (stories, story,
// copies) with its copy groups and stories brought up to date.
func storiesOpen(ctx context.Context, path string) (*sqlite.DB, error) {
	db, err := searchOpenStore(ctx, path)
	if err != nil {
		return nil, err
	}
	if err := storiesRefresh(ctx, db); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// storiesRefresh brings the saved copy groups and stories up to date when
// articles were added or changed since they were computed. The copy index
// is saved in the store: a later run restores it and checks only the new
// articles, which join the existing groups; an article whose content
// changed makes the index rebuild. Stories are clustered again over the
// copy-group sources (the clustering is order-independent, so the known
// stories come out the same unless new articles link or extend them).
func storiesRefresh(ctx context.Context, db *sqlite.DB) error {
	state, err := db.CorpusState(ctx)
	if err != nil {
		return err
	}
	if done, err := db.LinksState(ctx); err != nil || done == state {
		return err
	}
	hashes, err := db.ArticleHashes(ctx)
	if err != nil {
		return err
	}
	saved, err := db.DedupIndex(ctx)
	if err != nil {
		return err
	}
	sourceOf, err := db.SourceMap(ctx)
	if err != nil {
		return err
	}
	rebuild := false
	for _, h := range hashes {
		if e, ok := saved[h.ID]; ok && e.Hash != h.Hash {
			rebuild = true // changed content: its old links may be wrong
			break
		}
	}
	arts := make([]*model.Article, 0, len(hashes))
	seqOf := make(map[string]int64, len(hashes))
	hashOf := make(map[string]string, len(hashes))
	for _, h := range hashes {
		seqOf[h.ID], hashOf[h.ID] = h.Seq, h.Hash
	}
	for r, err := range db.Articles(ctx) {
		if err != nil {
			return err
		}
		arts = append(arts, r.Article)
	}
	ix := dedup.NewIndexSize(len(arts))
	fresh := map[string]sqlite.DedupEntry{}
	var todo []*model.Article
	for _, a := range arts {
		e, ok := saved[a.ID]
		if rebuild || !ok {
			todo = append(todo, a)
			continue
		}
		p, err := dedup.DecodePrepared(e.Data)
		if err != nil { // a damaged entry: check the article again
			todo = append(todo, a)
			continue
		}
		ix.Restore(dedup.Doc{ID: a.ID, Date: stories.PublishedAt(a), Seq: seqOf[a.ID]}, p)
	}
	if !rebuild {
		for id, src := range sourceOf {
			ix.Join(id, src)
		}
	}
	prep := make([]dedup.Prepared, len(todo))
	cluster.Parallel(len(todo), func(i int) { prep[i] = dedup.Prepare(todo[i].Text) })
	for i, a := range todo {
		ix.AddPrepared(dedup.Doc{ID: a.ID, Date: stories.PublishedAt(a), Seq: seqOf[a.ID]}, prep[i])
		fresh[a.ID] = sqlite.DedupEntry{Hash: hashOf[a.ID], Data: prep[i].Encode()}
	}
	res := stories.Link(arts, ix)
	return db.SaveLinks(ctx, sqlite.Links{SourceOf: res.SourceOf, Stories: res.Stories, State: state, Dedup: fresh})
}

// storiesResolve finds an article by id or URL.
func storiesResolve(ctx context.Context, db *sqlite.DB, ref string) (*model.Article, error) {
	r, err := db.Get(ctx, ref)
	if err == nil {
		return r.Article, nil
	}
	if r2, err2 := db.GetByURL(ctx, ref); err2 == nil {
		return r2.Article, nil
	}
	return nil, err
}
