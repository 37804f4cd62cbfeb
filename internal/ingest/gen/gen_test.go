package gen

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestMake(t *testing.T) {
	a, b := Make(3, Options{}), Make(3, Options{})
	if !bytes.Equal(a.HTML, b.HTML) {
		t.Fatal("same page number, different pages")
	}
	if c := Make(4, Options{}); c.URL == a.URL || c.Title == a.Title && c.Outlet == a.Outlet {
		t.Error("pages 3 and 4 alike")
	}
	if n := len(a.HTML); n < 55000 || n > 70000 {
		t.Errorf("page weighs %d bytes, want about 60,000", n)
	}
	if a.Words < 700 || a.Words > 760 {
		t.Errorf("%d words, want about 700", a.Words)
	}
	if !strings.Contains(string(a.HTML), "<title>"+a.Title) {
		t.Error("no title")
	}
	if p := os.Getenv("GEN_DUMP"); p != "" {
		os.WriteFile(p, a.HTML, 0o644)
	}
}
