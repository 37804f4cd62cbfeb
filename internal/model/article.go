package model

import "strings"

// SchemaVersion is the version of the Article JSON contract. It changes only
// when a field is renamed or removed; new fields may be added freely.
const SchemaVersion = 1

// Article is the clean, structured record Lede makes of one news page or text.
// Its JSON field names are a contract read by outside checks.
type Article struct {
	SchemaVersion int `json:"schema_version"`
	// ID is a stable identifier (see the store); empty for a one-off extraction.
	ID string `json:"id,omitempty"`
	// URL is where the article came from (fetched, or given with --url).
	URL string `json:"url,omitempty"`
	// CanonicalURL is the page's own canonical link, when it declares one.
	CanonicalURL string `json:"canonical_url,omitempty"`
	// Title is the headline as written, markers such as "(VIDEO)" included.
	Title string `json:"title"`
	// Outlet is the publication's name ("The Canary", "BBC News").
	Outlet string `json:"outlet,omitempty"`
	// Language is an ISO 639-1 code, from metadata or detected from the text.
	Language string `json:"language,omitempty"`
	// Authors are person names only: no "By", dates or job titles.
	Authors     []string `json:"authors"`
	Description string   `json:"description,omitempty"`
	Section     string   `json:"section,omitempty"`
	Tags        []string `json:"tags,omitempty"`
	Dates       Dates    `json:"dates"`
	// Body holds the clean content blocks in reading order.
	Body []Block `json:"body"`
	// Text is the body blocks' text joined by blank lines ("\n\n").
	Text   string  `json:"text"`
	Media  Media   `json:"media"`
	Embeds []Embed `json:"embeds"`
	// Removed lists what was cut from the page as boilerplate, and why.
	Removed  []Removed `json:"removed"`
	Comments []Comment `json:"comments,omitempty"`

	Quotes        []Quote  `json:"quotes"`
	People        []Person `json:"people"`
	Organizations []Entity `json:"organizations"`
	Places        []Entity `json:"places"`
	Claims        []Claim  `json:"claims"`

	// Truncated reports that the text ends cut off or behind a paywall.
	Truncated bool `json:"truncated"`
	// Warnings are problems met on the way that did not stop extraction
	// (undecodable bytes, input cut at the size cap, ...).
	Warnings []string `json:"warnings"`
	// Source describes the input as read.
	Source SourceInfo `json:"source"`
}

// SourceInfo describes how the input was read.
type SourceInfo struct {
	// Format is "html" or "text".
	Format string `json:"format"`
	// Encoding is the character encoding the input was decoded from.
	Encoding string `json:"encoding,omitempty"`
	// EncodingEvidence says how the encoding was chosen: "bom", "http", "meta", "detected", "default".
	EncodingEvidence string `json:"encoding_evidence,omitempty"`
	// Bytes is the size of the raw input.
	Bytes int `json:"bytes"`
	// Cut reports that the input ended before its end (a gzip stream cut
	// short, the entry a broken feed cut off): the record holds what came
	// before the cut. A store keeps a complete record of the same article
	// current rather than replace it with a cut one.
	Cut bool `json:"cut,omitempty"`
}

// Dates keeps the article's dates apart, each with its evidence.
type Dates struct {
	Published *Date `json:"published,omitempty"`
	Modified  *Date `json:"modified,omitempty"`
	// Event is when the reported event happened, when the text tells.
	Event *Date `json:"event,omitempty"`
}

// Date is one date with where it came from.
type Date struct {
	// Value is YYYY-MM-DD or RFC 3339.
	Value string `json:"value"`
	// Estimated is true when the value was inferred rather than stated.
	Estimated bool `json:"estimated"`
	// Evidence says where the value came from ("json-ld datePublished",
	// "relative weekday 'on Tuesday' anchored by embedded posts dated 2016-04-26").
	Evidence string `json:"evidence"`
}

// Block kinds.
const (
	KindParagraph    = "paragraph"
	KindHeading      = "heading"
	KindBlockquote   = "blockquote"
	KindListItem     = "list_item"
	KindTable        = "table"
	KindPreformatted = "preformatted"
)

// Block is one unit of the clean body.
type Block struct {
	// Kind is one of paragraph, heading, blockquote, list_item, table, preformatted.
	Kind string `json:"kind"`
	Text string `json:"text"`
	// Level is the heading level (1-6) for headings.
	Level int `json:"level,omitempty"`
	// Ordered marks items of a numbered list.
	Ordered bool `json:"ordered,omitempty"`
	// Rows holds a table's cells; Text then has one row per line, cells tab-separated.
	Rows [][]string `json:"rows,omitempty"`
}

// Media describes the article's pictures and video.
type Media struct {
	// Video is set when the article carries or announces video ("(VIDEO)", an embedded player).
	Video bool `json:"video"`
	// Photos is set by "(PHOTOS)", "[PICS]"-style markers or a gallery.
	Photos bool `json:"photos,omitempty"`
	// Audio is set by "(AUDIO)", "[LISTEN]"-style markers or an audio player.
	Audio         bool    `json:"audio,omitempty"`
	Images        []Image `json:"images"`
	FeaturedImage *Image  `json:"featured_image,omitempty"`
}

// Image is a picture with its caption and credit.
type Image struct {
	URL     string `json:"url,omitempty"`
	Caption string `json:"caption,omitempty"`
	Credit  string `json:"credit,omitempty"`
	Alt     string `json:"alt,omitempty"`
}

// Embed kinds.
const (
	EmbedPost  = "post"
	EmbedVideo = "video"
	EmbedAudio = "audio"
	EmbedLink  = "link"
)

// Embed is a social post, video or other third-party item embedded in the article.
type Embed struct {
	// Kind is post, video, audio or link.
	Kind string `json:"kind"`
	// Platform is twitter (for X too), youtube, instagram, facebook, tiktok,
	// bluesky, mastodon, vimeo, dailymotion, threads, reddit, telegram,
	// linkedin, ...
	Platform string `json:"platform"`
	URL      string `json:"url,omitempty"`
	PostID   string `json:"post_id,omitempty"`
	// Author is the display name.
	Author string `json:"author,omitempty"`
	// Handle is the account name without "@".
	Handle string `json:"handle,omitempty"`
	// Date is YYYY-MM-DD.
	Date string `json:"date,omitempty"`
	// Text is the post's own words, without its trailing links and media.
	Text string `json:"text,omitempty"`
	// Hashtags are without "#", in order of appearance.
	Hashtags []string `json:"hashtags,omitempty"`
	// Mentions are without "@", in order of appearance.
	Mentions []string `json:"mentions,omitempty"`
	// Links are the post's URLs (t.co and others) as written.
	Links []string `json:"links,omitempty"`
	// Media are the post's picture and video links (pic.twitter.com/...) as written.
	Media []string `json:"media,omitempty"`
	// Position is the number of body blocks that come before the embed.
	Position int `json:"position"`
}

// Removed kinds.
const (
	RemovedCallToAction = "call_to_action"
	RemovedAppeal       = "appeal"
	RemovedImageCredit  = "image_credit"
	RemovedNavigation   = "navigation"
	RemovedShare        = "share"
	RemovedRelated      = "related"
	RemovedNewsletter   = "newsletter"
	RemovedComments     = "comments"
	RemovedAd           = "ad"
	RemovedCookieNotice = "cookie_notice"
	RemovedByline       = "byline"
	RemovedOther        = "other"
)

// Removed is a piece of boilerplate cut from the page.
type Removed struct {
	// Kind is one of the Removed* constants.
	Kind string `json:"kind"`
	Text string `json:"text"`
	// Rule names the rule that removed it.
	Rule string `json:"rule,omitempty"`
}

// Comment is a reader comment, kept only when asked for.
type Comment struct {
	Author string `json:"author,omitempty"`
	Date   string `json:"date,omitempty"`
	Text   string `json:"text"`
}

// ClearAnalysis drops what the analysis stage found (quotes, people,
// organisations, places, claims), before analysing again or to store a
// record unanalysed.
func (a *Article) ClearAnalysis() {
	a.Quotes, a.People, a.Organizations, a.Places, a.Claims = nil, nil, nil, nil, nil
}

// Normalize makes every list field non-nil so that JSON shows [] rather than
// null, and sets the schema version.
func (a *Article) Normalize() {
	a.SchemaVersion = SchemaVersion
	if a.Authors == nil {
		a.Authors = []string{}
	}
	if a.Body == nil {
		a.Body = []Block{}
	}
	if a.Media.Images == nil {
		a.Media.Images = []Image{}
	}
	if a.Embeds == nil {
		a.Embeds = []Embed{}
	}
	if a.Removed == nil {
		a.Removed = []Removed{}
	}
	if a.Quotes == nil {
		a.Quotes = []Quote{}
	}
	if a.People == nil {
		a.People = []Person{}
	}
	if a.Organizations == nil {
		a.Organizations = []Entity{}
	}
	if a.Places == nil {
		a.Places = []Entity{}
	}
	if a.Claims == nil {
		a.Claims = []Claim{}
	}
	if a.Warnings == nil {
		a.Warnings = []string{}
	}
}

// JoinBlocks returns the blocks' text joined by blank lines, the value of Article.Text.
func JoinBlocks(blocks []Block) string {
	n := 0
	for _, b := range blocks {
		n += len(b.Text) + 2
	}
	// A Builder grown once: its string is its buffer, not a copy of it.
	var sb strings.Builder
	sb.Grow(n)
	for i, b := range blocks {
		if i > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(b.Text)
	}
	return sb.String()
}
