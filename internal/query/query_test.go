package query

import (
	"bytes"
	"testing"

	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/store"
)

func TestSearchJSON(t *testing.T) {
	tests := []struct {
		name string
		hits []store.Hit
		want string
	}{
		{"none", nil, "{\n  \"hits\": []\n}\n"},
		{"marked", []store.Hit{{ID: "a1", Snippet: "the " + MarkStart + "ferry" + MarkEnd + " & <b>"}},
			"{\n  \"hits\": [\n    {\n      \"id\": \"a1\",\n      \"url\": \"\",\n      \"title\": \"\",\n      \"outlet\": \"\",\n      \"date\": \"\",\n      \"snippet\": \"the <mark>ferry</mark> & <b>\",\n      \"score\": 0\n    }\n  ]\n}\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteJSON(&b, SearchJSON(tt.hits)); err != nil {
				t.Fatal(err)
			}
			if b.String() != tt.want {
				t.Errorf("got %q, want %q", b.String(), tt.want)
			}
		})
	}
}

func TestURLOfAndDate(t *testing.T) {
	tests := []struct {
		a              model.Article
		url, published string
	}{
		{model.Article{URL: "https://a.example/x", CanonicalURL: "https://a.example/c"}, "https://a.example/x", ""},
		{model.Article{CanonicalURL: "https://a.example/c", Dates: model.Dates{Published: &model.Date{Value: "2026-03-02"}}}, "https://a.example/c", "2026-03-02"},
		{model.Article{}, "", ""},
	}
	for _, tt := range tests {
		if got := URLOf(&tt.a); got != tt.url {
			t.Errorf("URLOf = %q, want %q", got, tt.url)
		}
		if got := PublishedValue(&tt.a); got != tt.published {
			t.Errorf("PublishedValue = %q, want %q", got, tt.published)
		}
	}
}
