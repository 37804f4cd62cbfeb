package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

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

// readmeFlag is a flag as the README writes it: --name.
var readmeFlag = regexp.MustCompile(`--[a-z][a-z0-9-]*`)

// readmeSection is the README's section headed "## title", up to the next.
func readmeSection(t *testing.T, title string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, sec, ok := strings.Cut(string(b), "\n## "+title+"\n")
	if !ok {
		t.Fatalf("README has no %q section", "## "+title)
	}
	sec, _, _ = strings.Cut(sec, "\n## ")
	return sec
}

// readmeCLIRows reads the README's command table: for each command it
// names (`lede bench extract\|quotes\|cluster ...` names three), the flags
// written in its own code span and in the cell's spans that name no command
// ("(each `[--read-only]`)").
func readmeCLIRows(sec string) map[string][]string {
	rows := map[string][]string{}
	for _, line := range strings.Split(sec, "\n") {
		if !strings.HasPrefix(line, "| `lede ") {
			continue
		}
		cell := strings.SplitN(strings.ReplaceAll(line[2:], `\|`, "\x00"), " | ", 2)[0]
		var cmds []string
		var shared []string
		spans := strings.Split(cell, "`")
		for i := 1; i < len(spans); i += 2 {
			span := spans[i]
			flags := readmeFlag.FindAllString(span, -1)
			if !strings.HasPrefix(span, "lede ") {
				shared = append(shared, flags...)
				continue
			}
			// The command's words: up to the first argument, flag or "...".
			var path []string
			for _, w := range strings.Fields(span)[1:] {
				if w == "" || strings.ContainsAny(w[:1], "[-.ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
					break
				}
				path = append(path, w)
			}
			names := []string{""}
			for _, w := range path {
				var next []string
				for _, prefix := range names {
					for _, alt := range strings.Split(w, "\x00") {
						next = append(next, strings.TrimSpace(prefix+" "+alt))
					}
				}
				names = next
			}
			for _, n := range names {
				rows[n] = append(rows[n], flags...)
				cmds = append(cmds, n)
			}
		}
		for _, n := range cmds {
			rows[n] = append(rows[n], shared...)
		}
	}
	return rows
}

// TestReadmeCommands: every command of the README's table exists and takes
// the flags written there; every command lede has is in the table; and
// every flag of a corpus or extraction command is written in its row
// (serve's in the HTTP API section too), save --help, --db (the README
// says once that every store command takes it) and --json where --format
// json says it; hidden flags (profiles) are for developers. ingest, search,
// quotes and export had flags the table never named.
func TestReadmeCommands(t *testing.T) {
	cli := readmeSection(t, "The CLI")
	rows := readmeCLIRows(cli)
	if len(rows) < 15 {
		t.Fatalf("read %d commands from the README's table, want the 15 or more it names: %v", len(rows), rows)
	}
	if !strings.Contains(cli, "every store command takes `--db PATH`") {
		t.Error("the README no longer says every store command takes --db PATH")
	}
	root := newRootCmd()
	for name, flags := range rows {
		c, rest, err := root.Find(strings.Fields(name))
		if err != nil || len(rest) > 0 || c == root {
			t.Errorf("README's table names lede %s, which is no command", name)
			continue
		}
		for _, f := range flags {
			if c.Flags().Lookup(f[2:]) == nil {
				t.Errorf("README's table gives lede %s %s, a flag it does not take", name, f)
			}
		}
	}
	serveFlags := readmeFlag.FindAllString(readmeSection(t, "HTTP API"), -1)
	for _, c := range root.Commands() {
		if !c.IsAvailableCommand() || c.Name() == "help" || c.Name() == "completion" {
			continue
		}
		if _, ok := rows[c.Name()]; !ok && c.Name() != "bench" {
			t.Errorf("lede %s is not in the README's table", c.Name())
			continue
		}
		if c.Name() == "bench" {
			continue // its commands point to their --help and to "Figures"
		}
		documented := rows[c.Name()]
		c.Flags().VisitAll(func(f *pflag.Flag) {
			switch {
			case f.Hidden, f.Name == "help", f.Name == "db",
				f.Name == "json" && c.Flags().Lookup("format") != nil && strings.Contains(f.Usage, "--format json"):
				return
			}
			if !slices.Contains(documented, "--"+f.Name) {
				t.Errorf("lede %s --%s is not in the README's command table (%s)", c.Name(), f.Name, f.Usage)
			}
			if c.Name() == "serve" && !slices.Contains(serveFlags, "--"+f.Name) {
				t.Errorf("lede serve --%s is not in the README's HTTP API section (%s)", f.Name, f.Usage)
			}
		})
	}
}

// TestReadmeLayout: the README's layout names every package directory
// under internal/ (as "internal/NAME/" or, on a line listing several,
// "NAME/"), so it cannot fall behind the tree: it placed quotes, people,
// entities and claims under internal/analysis and had no internal/dates.
func TestReadmeLayout(t *testing.T) {
	sec := readmeSection(t, "Layout")
	entries, err := os.ReadDir(filepath.Join("..", "..", "internal"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		n++
		if !strings.Contains(sec, "internal/"+e.Name()+"/") && !readmeNames(sec, e.Name()+"/") {
			t.Errorf("README's layout does not name internal/%s/", e.Name())
		}
	}
	if n < 10 {
		t.Fatalf("found %d packages under internal/, want the 10 or more of the tree", n)
	}
}

// TestReadmeJSONCommands: the README's sentence listing the commands that
// take --json names every command that does (bench score's by its group),
// and no other.
func TestReadmeJSONCommands(t *testing.T) {
	cli := strings.Join(strings.Fields(readmeSection(t, "The CLI")), " ")
	_, sentence, ok := strings.Cut(cli, "`--json` asks ")
	if !ok {
		t.Fatal("the README's CLI section has no sentence \"`--json` asks ...\"")
	}
	sentence, _, _ = strings.Cut(sentence, " for JSON")
	named := map[string]bool{}
	for i, span := range strings.Split(sentence, "`") {
		if i%2 == 1 {
			named[span] = true
		}
	}
	takes := map[string]bool{}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			walk(sub)
		}
		f := c.Flags().Lookup("json")
		if f == nil || strings.Contains(f.Usage, "--format json") {
			return
		}
		path := strings.Fields(c.CommandPath())[1:]
		if len(path) > 2 { // bench score extract: named as "bench score"
			path = path[:2]
		}
		takes[strings.Join(path, " ")] = true
	}
	walk(newRootCmd())
	for name := range takes {
		if !named[name] {
			t.Errorf("lede %s takes --json, and the README's --json sentence does not name it", name)
		}
	}
	for name := range named {
		if !takes[name] {
			t.Errorf("the README's --json sentence names %q, which takes no --json", name)
		}
	}
}

// TestReadmeLibrary: every lede.Name the README's library section uses is
// declared by the root package, so the example cannot name an API that
// was renamed or never existed. (The snippet itself was compiled by hand;
// ExampleExtract at the root runs the same calls.)
func TestReadmeLibrary(t *testing.T) {
	sec := readmeSection(t, "The library")
	files, err := filepath.Glob(filepath.Join("..", "..", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	declared := map[string]bool{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					declared[d.Name.Name] = true
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						declared[s.Name.Name] = true
					case *ast.ValueSpec:
						for _, n := range s.Names {
							declared[n.Name] = true
						}
					}
				}
			}
		}
	}
	used := regexp.MustCompile(`\blede\.([A-Z][A-Za-z0-9_]*)`).FindAllStringSubmatch(sec, -1)
	if len(used) < 5 {
		t.Fatalf("the library section uses %d lede.Names, want the 5 or more it shows", len(used))
	}
	for _, m := range used {
		if !declared[m[1]] {
			t.Errorf("the README's library section uses lede.%s, which the root package does not declare", m[1])
		}
	}
}

// TestReadmeServeStatuses: lede serve --help and the README's HTTP API
// section list the same error statuses (--help lacked 429 when the limit on
// wrong tokens came).
func TestReadmeServeStatuses(t *testing.T) {
	statuses := func(text, start, end string) []string {
		_, s, ok := strings.Cut(text, start)
		if !ok {
			t.Fatalf("no %q in\n%s", start, text)
		}
		s, _, _ = strings.Cut(s, end)
		found := regexp.MustCompile(`\b[45]\d\d\b`).FindAllString(s, -1)
		slices.Sort(found)
		return slices.Compact(found)
	}
	readme := statuses(readmeSection(t, "HTTP API"), "Errors are `{\"error\": \"...\"}`", "Lists give")
	serve := readmeServeCmd(t)
	help := statuses(serve.Long, "Errors are", "Lists give")
	if len(readme) < 8 || !slices.Equal(readme, help) {
		t.Errorf("error statuses: README %v, lede serve --help %v; want the same", readme, help)
	}
}

// readmeServeCmd is lede serve, whose help the README's HTTP API section
// repeats.
func readmeServeCmd(t *testing.T) *cobra.Command {
	t.Helper()
	c, _, err := newRootCmd().Find([]string{"serve"})
	if err != nil || c.Name() != "serve" {
		t.Fatalf("no serve command (%v)", err)
	}
	return c
}

// TestReadmeServeEndpoints: lede serve --help and the README's endpoint
// table name the same endpoints and query parameters. A path is read with
// its ID placeholders (/api/articles/ID/copies): cut at the first capital,
// every path under an id read as /api/articles or /api/stories, and one
// missing from either side went unnoticed.
func TestReadmeServeEndpoints(t *testing.T) {
	words := func(text string) []string {
		found := regexp.MustCompile(`/(?:api/[A-Za-z/]*|healthz)|[?&][a-z_]+=`).FindAllString(text, -1)
		for i, f := range found {
			found[i] = strings.TrimLeft(strings.TrimSuffix(f, "/"), "?&")
		}
		slices.Sort(found)
		return slices.Compact(found)
	}
	table, _, _ := strings.Cut(readmeSection(t, "HTTP API"), "\n```")
	serve := readmeServeCmd(t)
	help, _, _ := strings.Cut(serve.Long, "\nErrors are")
	readme, got := words(table), words(help)
	if len(readme) < 10 || !slices.Equal(readme, got) {
		t.Errorf("endpoints and parameters: README %v, lede serve --help %v; want the same", readme, got)
	}
}

// TestReadmeAlwaysWritten: the README's record section names, as written
// in every record, each field of the record that has no omitempty (it said
// unknown fields were omitted, and an article without a headline has
// "title": "").
func TestReadmeAlwaysWritten(t *testing.T) {
	sec := readmeSection(t, "The record (JSON contract)")
	_, always, ok := strings.Cut(sec, "Unknown fields are omitted")
	if !ok {
		t.Fatal(`the record section has no "Unknown fields are omitted" paragraph`)
	}
	always, _, _ = strings.Cut(always, "\n\n")
	typ := reflect.TypeOf(model.Article{})
	for i := range typ.NumField() {
		name, opts, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
		if name == "" || name == "-" || strings.Contains(opts, "omitempty") {
			continue
		}
		if !strings.Contains(always, "`"+name+"`") {
			t.Errorf("Article.%s (%q) is in every record, and the README's paragraph on omitted fields does not name it", typ.Field(i).Name, name)
		}
	}
}
