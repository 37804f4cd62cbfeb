package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// jsonTestTricky holds what encoding/json writes in its own way: HTML
// characters, U+2028 and U+2029, invalid UTF-8 (a lone byte, a sequence cut
// short, an encoded surrogate), control characters, quotes, backslashes,
// and characters of two, three and four bytes.
const jsonTestTricky = "a <b> & \"c\" \\ d\u2028e\u2029f \xff g \xe2\x80 h \xed\xa0\x80 i\x00\x01\b\f\n\r\t\x7f é 中 😀 \xf0\x9f\x98 end"

func jsonTestPtr[T any](v T) *T { return &v }

// jsonTestArticle is a record with every field set, its strings holding the
// tricky characters.
func jsonTestArticle(blocks int) *model.Article {
	s := func(x string) string { return x + " " + jsonTestTricky }
	a := &model.Article{
		SchemaVersion: model.SchemaVersion,
		ID:            s("id"),
		URL:           "https://news.example/a?b=1&c=<2>",
		CanonicalURL:  "https://news.example/a",
		Title:         s("Title"),
		Outlet:        s("Outlet"),
		Language:      "en",
		Authors:       []string{s("Ann Writer"), "Bo Reporter"},
		Description:   s("desc"),
		Section:       "Local",
		Tags:          []string{"a", s("b")},
		Dates: model.Dates{
			Published: &model.Date{Value: "2026-01-02", Evidence: s("meta")},
			Modified:  &model.Date{Value: "2026-01-03T10:00:00Z", Estimated: true},
			Event:     &model.Date{Value: "2026-01-01", Evidence: "relative weekday"},
		},
		Media: model.Media{
			Video: true, Photos: true, Audio: true,
			Images:        []model.Image{{URL: "https://news.example/i.jpg", Caption: s("cap"), Credit: "c", Alt: "alt"}, {}},
			FeaturedImage: &model.Image{URL: "https://news.example/f.jpg"},
		},
		Embeds: []model.Embed{{
			Kind: model.EmbedPost, Platform: "mastodon", URL: "https://social.example/@x/1", PostID: "1",
			Author: s("X"), Handle: "x", Date: "2026-01-02", Text: s("post"),
			Hashtags: []string{"h"}, Mentions: []string{"m"}, Links: []string{"l"}, Media: []string{"p"}, Position: 2,
		}, {Kind: model.EmbedLink, Platform: "web"}},
		Removed:  []model.Removed{{Kind: model.RemovedShare, Text: s("Share this"), Rule: "share"}, {Kind: model.RemovedAd}},
		Comments: []model.Comment{{Author: "r", Date: "d", Text: s("comment")}, {}},
		Quotes: []model.Quote{
			{Text: s("quoted"), Form: model.QuoteDirect, Speaker: "Ann", SpeakerMention: "she", SpeakerIsGroup: true,
				Start: 3, End: 9, SpeakerStart: jsonTestPtr(0), SpeakerEnd: jsonTestPtr(2)},
			{Text: "x", Form: model.QuoteIndirect},
		},
		People:        []model.Person{{Name: s("Ann"), Roles: []string{"mayor"}, Mentions: []string{"she"}, Handles: []string{"ann"}}, {Name: "Bo"}},
		Organizations: []model.Entity{{Name: s("Council"), Mentions: []string{"it"}, Type: "government"}, {Name: "Club"}},
		Places:        []model.Entity{{Name: "Town"}},
		Claims: []model.Claim{
			{Text: s("40%"), Value: jsonTestPtr(40.5), ValueMax: jsonTestPtr(1e21), Unit: "percent", Subject: "s", Source: "src", Start: 1, End: 4},
			{Text: "tiny", Value: jsonTestPtr(1e-7)},
			{Text: "minus zero", Value: jsonTestPtr(math.Copysign(0, -1))},
			{Text: "none"},
		},
		Truncated: true,
		Warnings:  []string{s("warning")},
		Source:    model.SourceInfo{Format: "html", Encoding: "utf-8", EncodingEvidence: "meta", Bytes: 1234, Cut: true},
	}
	for i := range blocks {
		b := model.Block{Kind: model.KindParagraph, Text: fmt.Sprintf("Paragraph %d. %s", i, jsonTestTricky)}
		switch i % 5 {
		case 1:
			b = model.Block{Kind: model.KindHeading, Text: "Heading <h2>", Level: 2}
		case 2:
			b = model.Block{Kind: model.KindListItem, Text: "item", Ordered: true}
		case 3:
			b = model.Block{Kind: model.KindTable, Text: "a\tb\nc\td", Rows: [][]string{{"a", "b"}, {"c", s("d")}, {}}}
		case 4:
			b = model.Block{Kind: model.KindBlockquote, Text: ""}
		}
		a.Body = append(a.Body, b)
	}
	a.Text = model.JoinBlocks(a.Body)
	return a
}

// jsonTestSet sets the walk's limits for one test.
func jsonTestSet(t *testing.T, leaf, chunk int) {
	t.Helper()
	oldLeaf, oldChunk := jsonLeafLimit, jsonChunk
	jsonLeafLimit, jsonChunk = leaf, chunk
	t.Cleanup(func() { jsonLeafLimit, jsonChunk = oldLeaf, oldChunk })
}

// jsonTestWant is what json.Encoder writes.
func jsonTestWant(t *testing.T, v any, prefix, indent string, escapeHTML bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(escapeHTML)
	enc.SetIndent(prefix, indent)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// jsonTestCompare checks encodeJSONStream against json.Encoder for v, in
// every layout, with and without HTML escaping.
func jsonTestCompare(t *testing.T, name string, v any) {
	t.Helper()
	for _, layout := range [][2]string{{"", ""}, {"", "  "}, {"> ", "\t"}} {
		for _, esc := range []bool{false, true} {
			want := jsonTestWant(t, v, layout[0], layout[1], esc)
			var got bytes.Buffer
			if err := encodeJSONStream(&got, v, layout[0], layout[1], esc); err != nil {
				t.Fatalf("%s %q html %v: %v", name, layout, esc, err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Fatalf("%s %q html %v (leaf %d, chunk %d): differs at byte %d\ngot  %.300q\nwant %.300q", name, layout, esc,
					jsonLeafLimit, jsonChunk, jsonTestDiffAt(got.Bytes(), want), got.Bytes(), want)
			}
		}
	}
}

func jsonTestDiffAt(a, b []byte) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

// TestEncodeJSONStream: the streamed record is byte for byte what
// json.Encoder writes, for a rich record, an empty one, a normalised empty
// one and a large one, whatever the size at which the walk stops and the
// chunk size of long strings.
func TestEncodeJSONStream(t *testing.T) {
	empty := &model.Article{}
	normal := &model.Article{}
	normal.Normalize()
	records := map[string]any{
		"rich":       jsonTestArticle(12),
		"empty":      empty,
		"normalized": normal,
		"value":      *jsonTestArticle(3), // not addressable: encoded as a copy
	}
	for _, lim := range [][2]int{{0, 1}, {0, 2}, {0, 3}, {0, 5}, {0, 64 << 10}, {1, 7}, {100, 11}, {300, 4}, {64 << 10, 64 << 10}} {
		jsonTestSet(t, lim[0], lim[1])
		for name, v := range records {
			jsonTestCompare(t, name, v)
		}
	}
	jsonTestSet(t, 64<<10, 64<<10) // the defaults, on a record past them
	big := jsonTestArticle(5000)
	big.Text = strings.Repeat(big.Text, 3)
	jsonTestCompare(t, "big", big)
}

// TestEncodeJSONStreamStrings: a long string cut into chunks anywhere
// encodes as the whole string does, invalid UTF-8 included.
func TestEncodeJSONStreamStrings(t *testing.T) {
	pieces := []string{"a", "<", "&", "\"", "\\", "\n", "\x00", "é", "中", "😀", "\u2028", "\xff", "\x80", "\xbf", "\xe2\x80", "\xf0\x9f\x98", "\xed\xa0\x80", "\xc0\xaf", "\xf4\x90\x80\x80"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		var sb strings.Builder
		for range r.IntN(40) {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		jsonTestSet(t, 0, 1+r.IntN(9))
		for _, v := range []any{sb.String(), []string{sb.String(), sb.String()}} {
			for _, esc := range []bool{false, true} {
				want := jsonTestWant(t, v, "", "", esc)
				var got bytes.Buffer
				if err := encodeJSONStream(&got, v, "", "", esc); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got.Bytes(), want) {
					t.Fatalf("chunk %d, %q: got %q, want %q", jsonChunk, sb.String(), got.Bytes(), want)
				}
			}
		}
	}
}

// jsonTestText has a MarshalText method on its pointer.
type jsonTestText struct{ v string }

func (x *jsonTestText) MarshalText() ([]byte, error) { return []byte("text:" + x.v), nil }

// jsonTestRaw has a MarshalJSON method on its value.
type jsonTestRaw int

func (x jsonTestRaw) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(` { "raw" : %d } `, int(x))), nil
}

type jsonTestInner struct {
	A string `json:"a,omitempty"`
	B int
}

type jsonTestEmbed struct {
	jsonTestInner        // embedded: the struct is left to encoding/json whole
	Z             string `json:"z"`
}

type jsonTestZero struct {
	Z jsonTestInner `json:"z,omitzero"` // omitzero: left to encoding/json too
	Y string        `json:"y"`
}

type jsonTestNames struct {
	Lt string `json:"a<b"` // escaped by encoding/json's HTML setting
	Y  string `json:"y"`
}

type jsonTestQuoted struct {
	Q int    `json:"q,string"` // the string option: left to encoding/json too
	Y string `json:"y"`
}

type jsonTestOther struct {
	Name    string            `json:"name"`
	Skip    string            `json:"-"`
	Dash    string            `json:"-,"`
	Go      string            // untagged: its Go name
	hidden  string            // unexported: never written
	Bytes   []byte            `json:"bytes"`
	Map     map[string]any    `json:"map,omitempty"`
	Any     any               `json:"any"`
	Arr     [2]string         `json:"arr"`
	Text    jsonTestText      `json:"text"`
	TextPtr *jsonTestText     `json:"text_ptr"`
	Raw     jsonTestRaw       `json:"raw"`
	Raws    []jsonTestRaw     `json:"raws"`
	Embed   jsonTestEmbed     `json:"embed"`
	Zero    jsonTestZero      `json:"zero"`
	Inner   *jsonTestInner    `json:"inner,omitempty"`
	Nil     *jsonTestInner    `json:"nil"`
	F32     float32           `json:"f32,omitempty"`
	U       uint8             `json:"u,omitempty"`
	Nested  [][]jsonTestInner `json:"nested"`
	Quoted  jsonTestQuoted    `json:"quoted"`
	Names   jsonTestNames     `json:"names"`
}

// TestEncodeJSONStreamOtherTypes: types the Article does not use today
// (MarshalJSON and MarshalText methods, embedded fields, omitzero, the
// string option, maps, []byte, interfaces, arrays) come out as encoding/json
// writes them, so a field added to the record later cannot drift either.
func TestEncodeJSONStreamOtherTypes(t *testing.T) {
	v := &jsonTestOther{
		Name: jsonTestTricky, Skip: "no", Dash: "dash", Go: "go", hidden: "no",
		Bytes: []byte("bytes \xff"), Map: map[string]any{"b": 1, "a": []int{1, 2}, "<": nil},
		Any: []any{1.5, "x", map[string]int{"k": 1}}, Arr: [2]string{"p", "q"},
		Text: jsonTestText{"t"}, TextPtr: &jsonTestText{"p"}, Raw: 7, Raws: []jsonTestRaw{1, 2},
		Embed:  jsonTestEmbed{jsonTestInner{"a", 1}, "z"},
		Inner:  &jsonTestInner{B: 3},
		F32:    float32(math.Copysign(0, -1)),
		Nested: [][]jsonTestInner{{{A: "x"}}, {}, nil},
		Quoted: jsonTestQuoted{5, "y"},
		Names:  jsonTestNames{"lt", "y"},
	}
	for _, lim := range [][2]int{{0, 1}, {0, 3}, {50, 2}, {64 << 10, 64 << 10}} {
		jsonTestSet(t, lim[0], lim[1])
		jsonTestCompare(t, "other", v)
		jsonTestCompare(t, "zero", &jsonTestOther{})
		jsonTestCompare(t, "nil", nil)
	}
}

// TestEncodeJSONStreamNaN: a value encoding/json refuses fails with its
// error, and nothing is written, though the body before it is past the
// buffered writer's size.
func TestEncodeJSONStreamNaN(t *testing.T) {
	jsonTestSet(t, 0, 4)
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		a := jsonTestArticle(3000)
		a.Claims[1].ValueMax = &f
		var got bytes.Buffer
		err := encodeJSONStream(&got, a, "", "  ", false)
		_, want := json.Marshal(a)
		if err == nil || want == nil || err.Error() != want.Error() || got.Len() > 0 {
			t.Errorf("%v: got %v and %d bytes, want %v and none", f, err, got.Len(), want)
		}
	}
}

// TestWriteArticleStreamed: lede extract's JSON, one record indented and
// several as JSON lines, is what json.Encoder wrote before it was streamed.
func TestWriteArticleStreamed(t *testing.T) {
	a := jsonTestArticle(3000)
	for _, many := range []bool{false, true} {
		var got, want bytes.Buffer
		if err := writeArticle(&got, a, "json", many); err != nil {
			t.Fatal(err)
		}
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if !many {
			enc.SetIndent("", "  ")
		}
		if err := enc.Encode(a); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("many %v: differs at byte %d", many, jsonTestDiffAt(got.Bytes(), want.Bytes()))
		}
	}
}

// TestEncodeJSONStreamSmall: rule json-small-record. A record the walk
// would encode whole goes to a json.Encoder on the writer, the same bytes,
// with no 64 KB buffered writer made for it (6 allocations a record
// without the rule, 0 with it), and a NaN in it fails with the Encoder's
// error and no output.
func TestEncodeJSONStreamSmall(t *testing.T) {
	a := jsonTestArticle(30)
	jsonTestCompare(t, "small", a)
	var buf bytes.Buffer
	if n := testing.AllocsPerRun(50, func() {
		buf.Reset()
		if err := encodeJSONStream(&buf, a, "", "", false); err != nil {
			t.Fatal(err)
		}
	}); n > 2 {
		t.Errorf("a small record: %.1f allocations, want at most 2", n)
	}
	f := math.NaN()
	a.Claims[1].ValueMax = &f
	buf.Reset()
	err := encodeJSONStream(&buf, a, "", "  ", false)
	_, want := json.Marshal(a)
	if err == nil || want == nil || err.Error() != want.Error() || buf.Len() > 0 {
		t.Errorf("NaN: got %v and %d bytes, want %v and none", err, buf.Len(), want)
	}
}

// BenchmarkEncodeJSONStreamSmall: a record of 30 blocks as a JSON line.
func BenchmarkEncodeJSONStreamSmall(b *testing.B) {
	a := jsonTestArticle(30)
	b.ReportAllocs()
	for b.Loop() {
		if err := encodeJSONStream(io.Discard, a, "", "", false); err != nil {
			b.Fatal(err)
		}
	}
}
