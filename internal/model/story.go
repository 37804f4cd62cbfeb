package model

import "time"

// Story is a group of articles about one event, the unit users browse.
type Story struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// ArticleIDs are the member articles, in publication order.
	ArticleIDs []string `json:"article_ids"`
	// Outlets are the distinct outlets that reported the story.
	Outlets []string  `json:"outlets"`
	First   time.Time `json:"first,omitzero"`
	Last    time.Time `json:"last,omitzero"`
}

// CopyGroup is a set of near-verbatim copies of one article (syndicated wire
// copy), with the earliest member as the source.
type CopyGroup struct {
	ID       string   `json:"id"`
	SourceID string   `json:"source_id"`
	Members  []string `json:"members"`
}
