package main

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/spf13/cobra"
)

// TestUsageMistakes: a command-line mistake (wrong number of arguments, an
// unknown command or flag) is one line on stderr naming the command, exit
// status 2, nothing on stdout.
func TestUsageMistakes(t *testing.T) {
	tests := []struct {
		args []string
		want string // words the line must hold
	}{
		{[]string{"extract"}, "extract: wrong number of arguments (none given); usage: lede extract INPUT... [flags]"},
		{[]string{"show", "a", "b"}, "show: wrong number of arguments (2 given); usage: lede show ID|URL"},
		{[]string{"search"}, "search: wrong number of arguments"},
		{[]string{"ingest"}, "usage: lede ingest SOURCE..."},
		{[]string{"stories", "x"}, "stories: wrong number of arguments (1 given)"},
		{[]string{"bench", "score", "extract", "a"}, "usage: lede bench score extract CASES.jsonl PRED.jsonl"},
		{[]string{"extrct", "x"}, `unknown command "extrct" (did you mean extract?); see lede --help`},
		{[]string{"frobnicate"}, `unknown command "frobnicate"; see lede --help`},
		{[]string{"bench", "nope"}, `bench: unknown command "nope"; see lede bench --help`},
		{[]string{"bench", "score", "nope"}, `bench score: unknown command "nope"`},
		{[]string{"extract", "--max-bytes", "0", "x"}, "--max-bytes 0: want a positive number"},
		{[]string{"ingest", "--max-bytes", "-1", "x"}, "--max-bytes -1: want a positive number"},
		{[]string{"ingest", "--workers", "-2", "x"}, "--workers -2: want 1 or more"},
		{[]string{"ingest", "--delay", "-1s", "x"}, "--delay -1s: want 0 or more"},
		{[]string{"search", "--bogus", "harbour", "-strike"}, "search: unknown flag: --bogus"},
		{[]string{"help", "nope"}, `help: no command "nope"; see lede --help`},
		{[]string{"help", "bench", "nope"}, `help: no command "bench nope"`},
		{[]string{"search", "--limit", "abc", "x"}, `invalid argument "abc" for "--limit" flag: want a whole number (see lede search --help)`},
		{[]string{"ingest", "--delay", "5", "x"}, `invalid argument "5" for "--delay" flag: want a duration such as 500ms, 2s or 1m`},
		{[]string{"extract", ""}, "extract: an argument is empty; usage: lede extract"},
		{[]string{"show", "--db", "x.db", ""}, "show: an argument is empty"},
		{[]string{"stories", "--db", ""}, "--db is empty: give the store file"},
		{[]string{"ingest", "--db", "", "x"}, "--db is empty: give the store file"},
		{[]string{"extract", "--bogus", "x"}, "extract: unknown flag: --bogus (see lede extract --help)"},
		{[]string{"extract", "--json", "--format", "text", "x"}, "--json and --format text disagree"},
		{[]string{"show", "--json", "--format", "markdown", "x"}, "--json and --format markdown disagree"},
		{[]string{"show", "--versions", "--format", "text", "x"}, "--versions prints JSON only"},
		{[]string{"search", "--limit", "-1", "x"}, "--limit -1: want 1 or more (0: the default, 20)"},
		{[]string{"search", "--since", "2024-13-01", "x"}, `--since "2024-13-01": want a date as YYYY-MM-DD or RFC 3339`},
		{[]string{"search", "--until", "tomorrow", "x"}, `--until "tomorrow": want a date`},
		{[]string{"stories", "--since", "yesterday"}, `--since "yesterday": want a date as YYYY-MM-DD`},
		{[]string{"analyse", "--since", "2024/03/01"}, `--since "2024/03/01": want a date as YYYY-MM-DD`},
		{[]string{"bench", "cluster", "--docs", "x", "--mode", "both"}, `bench cluster: --mode "both": want stories or copies`},
		{[]string{"stories", "--min", "-1"}, "--min -1: want a whole number of articles, 1 or more"},
		{[]string{"stories", "--min", "0"}, "--min 0: want a whole number of articles, 1 or more"},
		{[]string{"serve", "--addr", "127.0.0.1:99999"}, `--addr "127.0.0.1:99999": want HOST:PORT`},
		{[]string{"serve", "--addr", "localhost"}, `--addr "localhost": want HOST:PORT`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			stdout, stderr, code := extractTestRun(t, tt.args...)
			if code != 2 {
				t.Errorf("exit status %d, want 2", code)
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want nothing", stdout)
			}
			if strings.Count(stderr, "\n") != 1 || !strings.HasPrefix(stderr, "lede: ") || strings.HasPrefix(stderr, "lede: lede") {
				t.Errorf("stderr = %q, want one line starting with a single \"lede: \"", stderr)
			}
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr = %q, want it to hold %q", stderr, tt.want)
			}
		})
	}
}

// TestGroupsWithoutCommand: "lede bench" alone still prints its help, exit 0.
func TestGroupsWithoutCommand(t *testing.T) {
	for _, args := range [][]string{{"bench"}, {"bench", "score"}, {}, {"help"}, {"help", "bench", "score"}} {
		stdout, stderr, code := extractTestRun(t, args...)
		if code != 0 || !strings.Contains(stdout, "Available Commands") || stderr != "" {
			t.Errorf("lede %v: exit %d, stdout %q, stderr %q; want its help on stdout, exit 0", args, code, stdout, stderr)
		}
	}
}

// TestVersion: lede --version prints one line.
func TestVersion(t *testing.T) {
	stdout, _, code := extractTestRun(t, "--version")
	if code != 0 || !strings.HasPrefix(stdout, "lede ") || strings.Count(stdout, "\n") != 1 {
		t.Errorf("lede --version: exit %d, stdout %q", code, stdout)
	}
}

// TestHelpOfEveryCommand: --help of every command exits 0 with its usage on
// stdout, and every top-level command explains itself beyond its one-line
// summary (show and stats had only that line).
func TestHelpOfEveryCommand(t *testing.T) {
	stdout, _, _ := extractTestRun(t, "--help")
	_, list, _ := strings.Cut(stdout, "Available Commands:\n")
	list, _, _ = strings.Cut(list, "\n\n")
	n := 0
	for _, line := range strings.Split(list, "\n") {
		name, summary, _ := strings.Cut(strings.TrimSpace(line), " ")
		summary = strings.TrimSpace(summary)
		if name == "help" || name == "completion" || name == "" {
			continue
		}
		n++
		t.Run(name, func(t *testing.T) {
			out, errOut, code := extractTestRun(t, name, "--help")
			if code != 0 || errOut != "" || !strings.Contains(out, "Usage:\n  lede "+name) {
				t.Fatalf("lede %s --help: exit %d, stderr %q\n%s", name, code, errOut, out)
			}
			if name != "bench" && strings.HasPrefix(out, summary+"\n") {
				t.Errorf("lede %s --help only repeats its summary %q", name, summary)
			}
		})
	}
	if n < 11 {
		t.Errorf("%d commands listed by lede --help, want the 11", n)
	}
}

// mainHelpWidth is the widest line a command's own help text may have: an
// 80-column terminal (extract's and ingest's help had lines of 110).
const mainHelpWidth = 80

// TestHelpOfEverySubcommand: every command at every depth (bench's and
// bench score's too, which had only their one-line summary) has a help text
// of its own beyond its summary, wrapped to mainHelpWidth, and --help prints
// it with exit status 0.
func TestHelpOfEverySubcommand(t *testing.T) {
	var walk func(c *cobra.Command)
	n := 0
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			if !sub.IsAvailableCommand() || sub.Name() == "help" || sub.Name() == "completion" {
				continue
			}
			n++
			path := strings.Fields(sub.CommandPath())[1:]
			t.Run(strings.Join(path, " "), func(t *testing.T) {
				long := strings.TrimSpace(sub.Long)
				if long == "" || long == strings.TrimSpace(sub.Short) {
					t.Errorf("lede %s has no help beyond its summary %q", strings.Join(path, " "), sub.Short)
				}
				for _, line := range strings.Split(long, "\n") {
					if w := utf8.RuneCountInString(line); w > mainHelpWidth {
						t.Errorf("help line of %d columns, over %d: %q", w, mainHelpWidth, line)
					}
				}
				out, errOut, code := extractTestRun(t, append(path, "--help")...)
				if code != 0 || errOut != "" || !strings.Contains(out, long) {
					t.Errorf("lede %s --help: exit %d, stderr %q, want its help text on stdout\n%s", strings.Join(path, " "), code, errOut, out)
				}
			})
			walk(sub)
		}
	}
	root := newRootCmd()
	if out, _, code := extractTestRun(t, "--help"); code != 0 || !strings.Contains(out, strings.TrimSpace(root.Long)) || !strings.Contains(root.Long, "lede extract") {
		t.Errorf("lede --help: exit %d, want its help text saying where to start:\n%s", code, out)
	}
	walk(root)
	if n < 19 {
		t.Errorf("walked %d commands, want the 19 or more lede has", n)
	}
}
