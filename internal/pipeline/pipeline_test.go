package pipeline

import (
	"context"
	"errors"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

func TestExtractBadInput(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, model.ErrEmpty},
		{"whitespace", []byte(" \n\t\n"), model.ErrEmpty},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), model.ErrBinary},
		{"nul bytes", []byte("abc\x00\x01\x02def"), model.ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Extract(context.Background(), model.Input{Data: tt.data}, Options{})
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
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
