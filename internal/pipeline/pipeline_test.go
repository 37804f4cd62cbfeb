package pipeline

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/analysis"
	"github.com/lede-news/lede/internal/model"
	"github.com/lede-news/lede/internal/textclean"
)

func TestExtractBadInput(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
		// says is what the error must say of the input, if anything.
		says string
	}{
		{"empty", nil, model.ErrEmpty, ""},
		{"whitespace", []byte(" \n\t\n"), model.ErrEmpty, ""},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), model.ErrBinary, "PNG image"},
		{"gzip", []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"), model.ErrBinary, "gzip-compressed"},
		{"nul bytes", []byte("abc\x00\x01\x02def"), model.ErrBinary, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Extract(context.Background(), model.Input{Data: tt.data}, Options{})
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.says) {
				t.Fatalf("err = %v, want %v saying %q", err, tt.want, tt.says)
			}
		})
	}
}

func TestExtractRecordsSource(t *testing.T) {
	page := []byte("<html><head><meta charset=\"iso-8859-1\"><title>T</title></head><body><article><p>Caf\xe9 owners in the old town said on Monday that trade had fallen by a third since the road closed in spring.</p></article></body></html>")
	a, err := Extract(context.Background(), model.Input{Data: page}, Options{NoAnalysis: true})
	if err != nil {
		t.Fatal(err)
	}
	if a.Source.Format != "html" || a.Source.Encoding != "windows-1252" || a.Source.EncodingEvidence != "meta" {
		t.Errorf("source = %+v", a.Source)
	}
	if a.SchemaVersion != model.SchemaVersion || a.Quotes == nil || a.Warnings == nil {
		t.Errorf("record not normalized: %+v", a)
	}
}

// TestSafetyNets: a bug in the text path costs its input an error, a bug in
// the analysis costs the article its analysis with a warning; neither panics
// out of Extract.
func TestSafetyNets(t *testing.T) {
	in := model.Input{Data: []byte("Harbour reopens\n\nThe harbour reopened on Monday after repairs, the council said.")}
	boom := func() { panic("boom") }

	// The stages are package variables: restore them even when a check fails.
	t.Cleanup(func() { analyzeStage, textStage = analysis.Analyze, textclean.Extract })

	analyzeStage = func(a *model.Article) {
		a.Quotes = []model.Quote{{Text: "half done"}}
		boom()
	}
	a, err := Extract(context.Background(), in, Options{})
	if err != nil || a == nil || a.Text == "" {
		t.Fatalf("analysis panic: article %v, err %v; want the extraction kept", a, err)
	}
	if len(a.Quotes) != 0 || !slices.ContainsFunc(a.Warnings, func(w string) bool { return strings.Contains(w, "analysis skipped") }) {
		t.Errorf("analysis panic: quotes %v, warnings %q; want no quotes and a warning", a.Quotes, a.Warnings)
	}

	textStage = func(string, textclean.Options) (*model.Article, error) { boom(); return nil, nil }
	_, err = Extract(context.Background(), in, Options{})
	if err == nil || !strings.Contains(err.Error(), "internal error") {
		t.Errorf("text path panic: err %v, want an internal error", err)
	}
}

// TestEmptyBody: rule empty-body says why a record has no body text.
func TestEmptyBody(t *testing.T) {
	tests := []struct {
		name string
		a    model.Article
		want string
	}{
		{"body", model.Article{Title: "T", Text: "The ferry sailed.", Body: []model.Block{{Kind: model.KindParagraph, Text: "The ferry sailed."}}}, ""},
		{"text only", model.Article{Text: "The ferry sailed."}, ""},
		{"all removed", model.Article{Title: "T", Removed: []model.Removed{{}}}, "no body text: all of it was removed as boilerplate (see removed)"},
		{"title only", model.Article{Title: "Ferry sails again"}, "no body text: the input held only a title line"},
		{"nothing", model.Article{Text: " \n"}, "no body text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := emptyBody(&tt.a); got != tt.want {
				t.Errorf("emptyBody = %q, want %q", got, tt.want)
			}
		})
	}
	a, err := Extract(context.Background(), model.Input{Data: []byte("Ferry sails again\n")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(a.Warnings, "no body text: the input held only a title line") {
		t.Errorf("title-only text: warnings %q, want the empty-body one", a.Warnings)
	}
}

// TestAnalyzeOverLimit: the warning analysis.MaxText leaves is not repeated
// when Analyze runs again (TestAnalyzeStored covers the safety net's).
func TestAnalyzeOverLimit(t *testing.T) {
	long := &model.Article{Text: strings.Repeat("a ", analysis.MaxText/2+1)}
	Analyze(long)
	Analyze(long)
	n := 0
	for _, w := range long.Warnings {
		if strings.Contains(w, "over the analysis limit") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("text over analysis.MaxText analysed twice: warnings %.200q, want one over the limit", long.Warnings)
	}
}
