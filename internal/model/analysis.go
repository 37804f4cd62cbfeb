package model

// Quote forms.
const (
	QuoteDirect   = "direct"
	QuoteBlock    = "block"
	QuotePartial  = "partial"
	QuoteIndirect = "indirect"
)

// Quote is a quotation or reported speech with its speaker. Start and End are
// UTF-8 byte offsets into Article.Text with Text == Article.Text[Start:End],
// quotation marks excluded. Unknown fields are omitted.
type Quote struct {
	Text string `json:"text"`
	// Form is direct, block, partial or indirect.
	Form string `json:"form"`
	// Speaker is the resolved full name of the person, or the name of the
	// group or organisation when SpeakerIsGroup.
	Speaker string `json:"speaker,omitempty"`
	// SpeakerMention is the words in the text that name the speaker
	// ("Corbyn", "he", "the Health Secretary", "protesters").
	SpeakerMention string `json:"speaker_mention,omitempty"`
	SpeakerIsGroup bool   `json:"speaker_is_group,omitempty"`
	Start          int    `json:"start"`
	End            int    `json:"end"`
	SpeakerStart   *int   `json:"speaker_start,omitempty"`
	SpeakerEnd     *int   `json:"speaker_end,omitempty"`
	// Parts are the quoted passages of a direct or block quote whose span
	// holds more than one (`"A," she said. "B."`, or a quotation running
	// over several paragraphs, each reopened with a mark): the speaker's
	// words only, without the quotation marks and the attribution between
	// them, in text order. Text keeps the whole span; a quote of one
	// passage has no Parts.
	Parts []Span `json:"parts,omitempty"`
}

// Span is a stretch of Article.Text: Start and End are UTF-8 byte offsets,
// End excluded.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Person is someone the article names.
type Person struct {
	// Name is the full name.
	Name string `json:"name"`
	// Roles are titles and roles ("Health Secretary", "Labour Leader").
	Roles []string `json:"roles,omitempty"`
	// Mentions are every distinct way the text refers to the person.
	Mentions []string `json:"mentions,omitempty"`
	// Handles are social accounts (without "@") from embeds whose author matches.
	Handles []string `json:"handles,omitempty"`
}

// Entity is a named organisation or place.
type Entity struct {
	Name     string   `json:"name"`
	Mentions []string `json:"mentions,omitempty"`
	// Type refines the kind where known ("party", "broadcaster", "city", "street", ...).
	Type string `json:"type,omitempty"`
}

// Claim is a numeric statement in the article body. Start and End are UTF-8
// byte offsets into Article.Text.
type Claim struct {
	Text string `json:"text"`
	// Value is the number stated; omitted when the statement gives none ("the majority of").
	Value *float64 `json:"value,omitempty"`
	// ValueMax is the upper end when the statement gives a range ("between
	// £45 and £120": Value 45, ValueMax 120); omitted otherwise.
	ValueMax *float64 `json:"value_max,omitempty"`
	// Unit is percent, people, GBP, USD, EUR, times, ...
	Unit string `json:"unit,omitempty"`
	// Subject is what is measured ("doctors in England took part").
	Subject string `json:"subject,omitempty"`
	// Source is who the claim is attributed to ("Ipsos Mori").
	Source string `json:"source,omitempty"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}
