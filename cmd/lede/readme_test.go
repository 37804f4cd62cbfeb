package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// TestReadmeRecordFields: the README's "The record" section names every
// JSON field of the record and of its entries, so the documented contract
// cannot fall behind the types (description, section, tags, level, ordered,
// comments and the entities' type were missing).
func TestReadmeRecordFields(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, sec, ok := strings.Cut(string(b), "## The record")
	if !ok {
		t.Fatal(`README has no "## The record" section`)
	}
	sec, _, _ = strings.Cut(sec, "\n## ")
	for _, v := range []any{model.Article{}, model.SourceInfo{}, model.Dates{}, model.Date{}, model.Block{}, model.Media{}, model.Image{},
		model.Embed{}, model.Removed{}, model.Comment{}, model.Quote{}, model.Person{}, model.Entity{}, model.Claim{}} {
		typ := reflect.TypeOf(v)
		for i := range typ.NumField() {
			name, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
			if name == "" || name == "-" {
				continue
			}
			if !readmeNames(sec, name) {
				t.Errorf("README's record section does not name %s.%s (%q)", typ.Name(), typ.Field(i).Name, name)
			}
		}
	}
}

// readmeNames reports whether the section names field as a word of its own
// (`title`, {kind, text}, dates.{published,...}, roles[]).
func readmeNames(sec, field string) bool {
	isWord := func(r byte) bool {
		return r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	for i := 0; ; {
		j := strings.Index(sec[i:], field)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(field)
		if (j == 0 || !isWord(sec[j-1])) && (end == len(sec) || !isWord(sec[end])) {
			return true
		}
		i = end
	}
}
