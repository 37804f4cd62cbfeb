package stories

import (
	"context"

	"github.com/lede-news/lede/internal/cluster"
	"github.com/lede-news/lede/internal/dedup"
	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/store/sqlite"
)

// Refresh brings the saved copy groups and stories up to date when
// articles were added or changed since they were computed. The copy index
// is saved in the store: a later run restores it and checks only the new
// articles, which join the existing groups; an article whose content
// changed makes the index rebuild. Stories are clustered again over the
// copy-group sources (the clustering is order-independent, so the known
// stories come out the same unless new articles link or extend them).
func Refresh(ctx context.Context, db *sqlite.DB) error {
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
	byID := make(map[string]sqlite.ArticleHash, len(hashes))
	for _, h := range hashes {
		byID[h.ID] = h
		if e, ok := saved[h.ID]; ok && e.Hash != h.Hash {
			rebuild = true // changed content: its old links may be wrong
		}
	}
	doc := func(a *model.Article) dedup.Doc {
		return dedupDoc(a, byID[a.ID].Seq)
	}
	arts := make([]*model.Article, 0, len(hashes))
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
		ix.Restore(doc(a), p)
	}
	if !rebuild {
		for id, src := range sourceOf {
			ix.Join(id, src)
		}
	}
	prep := make([]dedup.Prepared, len(todo))
	cluster.Parallel(len(todo), func(i int) { prep[i] = dedup.Prepare(todo[i].Text) })
	for i, a := range todo {
		ix.AddPrepared(doc(a), prep[i])
		fresh[a.ID] = sqlite.DedupEntry{Hash: byID[a.ID].Hash, Data: prep[i].Encode()}
	}
	res := Link(arts, ix)
	return db.SaveLinks(ctx, sqlite.Links{SourceOf: res.SourceOf, Stories: res.Stories, State: state, Dedup: fresh})
}
