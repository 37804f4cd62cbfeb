// Command lede turns raw news articles into clean, structured records and
// links them across outlets. See the README for the commands.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"syscall"

	"github.com/spf13/cobra"
)

func main() {
	os.Exit(mainRun(os.Args[1:], os.Stdout, os.Stderr))
}

// mainRun runs the program under a context that SIGINT and SIGTERM cancel
// and returns its exit status. A command that fails because it was
// interrupted exits 128 plus the signal's number (130 for Ctrl-C, 143 for
// SIGTERM), as shells and supervisors expect of a process a signal stopped
// (`lede ingest` interrupted exited 1, which scripts read as a failure of
// its own).
func mainRun(args []string, stdout, stderr io.Writer) int {
	ctx, stop, caught := mainSignalContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, args, stdout, stderr)
	stop()
	code := exitCode(err, stderr)
	if s, ok := caught().(syscall.Signal); ok && code != 0 {
		return 128 + int(s)
	}
	return code
}

// mainSignalError is the cause of a context a signal cancelled: it reads
// "interrupt signal received" and is context.Canceled, as NotifyContext's
// cause is, so that a command's check for cancellation still holds.
type mainSignalError struct{ sig os.Signal }

func (e mainSignalError) Error() string        { return e.sig.String() + " signal received" }
func (e mainSignalError) Is(target error) bool { return target == context.Canceled }

// mainSignalContext is signal.NotifyContext that also tells which signal,
// if any, cancelled the context (NotifyContext's cause is an unexported
// type holding only the signal's name).
func mainSignalContext(parent context.Context, sigs ...os.Signal) (ctx context.Context, stop func(), caught func() os.Signal) {
	ctx, cancel := context.WithCancelCause(parent)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, sigs...)
	var (
		mu  sync.Mutex
		got os.Signal
	)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-ch:
			mu.Lock()
			got = s
			mu.Unlock()
			cancel(mainSignalError{s})
		case <-done:
		}
	}()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			signal.Stop(ch)
			close(done)
			cancel(context.Canceled)
		})
	}
	caught = func() os.Signal {
		mu.Lock()
		defer mu.Unlock()
		return got
	}
	return ctx, stop, caught
}

// errSilent marks a failure already reported on stderr (e.g. one input of
// several failed): the exit status is non-zero but nothing more is printed.
var errSilent = errors.New("failed")

// errUsage marks a command-line mistake (exit status 2).
type errUsage struct{ err error }

func (e errUsage) Error() string { return e.err.Error() }
func (e errUsage) Unwrap() error { return e.err }

// exitCode maps an error to the process exit status, printing it in one line.
func exitCode(err error, stderr io.Writer) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errSilent):
		return 1
	case errors.As(err, new(errUsage)):
		fmt.Fprintln(stderr, "lede:", trimPrefix(err.Error()))
		return 2
	default:
		fmt.Fprintln(stderr, "lede:", trimPrefix(err.Error()))
		return 1
	}
}

// trimPrefix drops the sentinel's "lede: " when it leads the message, so a
// line never says "lede: lede: ...".
func trimPrefix(s string) string {
	const p = "lede: "
	if len(s) > len(p) && s[:len(p)] == p {
		return s[len(p):]
	}
	return s
}

// run is the whole program behind main, testable with its own arguments and streams.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return runIO(ctx, args, os.Stdin, stdout, stderr)
}

// runIO is run with its standard input given too (for "-" in tests).
func runIO(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	root := newRootCmd()
	if len(args) > 0 && args[0] == "search" {
		if search, _, err := root.Find(args[:1]); err == nil {
			args = searchArgs(search, args)
		}
	}
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err != nil && strings.HasPrefix(err.Error(), "unknown command ") {
		return errUsage{mainUnknownCommand(err)}
	}
	return err
}

// newRootCmd is the lede command with every subcommand, its usage mistakes
// and help topics set up (the README's tests walk it too).
func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "lede",
		Short: "Lede turns raw news articles into clean, structured records",
		Long: `Lede turns raw news articles (HTML pages in any encoding, or text another
extractor flattened) into clean, structured records, and links them across
outlets: syndicated copies, stories, how each outlet covered them.

One article:   lede extract page.html (or a URL, or - for stdin)
A corpus:      lede ingest SOURCE... into ./lede.db, then lede search,
               show, quotes, stats, stories, story, copies and export;
               lede serve answers the same as an HTTP JSON API.

Exit status: 0 done, 1 failed, 2 a usage mistake, 130/143 stopped by a signal.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return errUsage{fmt.Errorf("%s: %s (see %s --help)", mainPath(c), mainFlagError(err), c.CommandPath())}
	})
	root.Version = mainVersion()
	root.SetVersionTemplate("lede {{.Version}}\n")
	root.AddCommand(
		newExtractCmd(),
		newBenchCmd(),
		newIngestCmd(),
		newAnalyseCmd(),
		newSearchCmd(),
		newListCmd(),
		newExportCmd(),
		newShowCmd(),
		newQuotesCmd(),
		newStatsCmd(),
		newStoriesCmd(),
		newStoryCmd(),
		newCopiesCmd(),
		newServeCmd(),
	)
	mainUsageArgs(root)
	mainHelpTopics(root)
	return root
}

// mainUsageArgs makes a wrong number of arguments a usage mistake (exit
// status 2) told in one line with the command's usage, for c and every
// command under it: cobra's own "accepts 1 arg(s), received 0" exits 1 and
// does not say what the command wants. A group of commands (bench, bench
// score) given an unknown subcommand says so instead of printing its help
// and exiting 0.
func mainUsageArgs(c *cobra.Command) {
	for _, sub := range c.Commands() {
		mainUsageArgs(sub)
	}
	if c.HasParent() && !c.Runnable() && c.HasSubCommands() {
		c.Args = cobra.ArbitraryArgs
		c.RunE = func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return errUsage{fmt.Errorf("%s: unknown command %q; see %s --help", mainPath(cmd), args[0], cmd.CommandPath())}
			}
			return cmd.Help()
		}
		return
	}
	if c.Args == nil {
		return
	}
	check := c.Args
	c.Args = func(cmd *cobra.Command, args []string) error {
		if slices.Contains(args, "") { // "$UNSET_VAR": no file, id or query is named ""
			return errUsage{fmt.Errorf("%s: an argument is empty; usage: %s", mainPath(cmd), cmd.UseLine())}
		}
		if err := check(cmd, args); err != nil {
			got := "none given"
			if len(args) > 0 {
				got = fmt.Sprintf("%d given", len(args))
			}
			return errUsage{fmt.Errorf("%s: wrong number of arguments (%s); usage: %s", mainPath(cmd), got, cmd.UseLine())}
		}
		return nil
	}
}

// mainFlagError says what a flag's value should be instead of the parser's
// words: `invalid argument "abc" for "--limit" flag: strconv.ParseInt:
// parsing "abc": invalid syntax` becomes `invalid argument "abc" for
// "--limit" flag: want a whole number`.
func mainFlagError(err error) string {
	msg := err.Error()
	for _, r := range []struct{ cause, want string }{
		{"strconv.ParseInt", "want a whole number"},
		{"strconv.ParseFloat", "want a number"},
		{"strconv.ParseBool", "want true or false"},
		{"time: ", "want a duration such as 500ms, 2s or 1m"},
	} {
		if i := strings.Index(msg, ": "+r.cause); i >= 0 {
			return msg[:i] + ": " + r.want
		}
	}
	return msg
}

// mainHelpTopics makes "lede help nope" a usage mistake: cobra's help
// command printed "Unknown help topic" and the usage, and exited 0.
func mainHelpTopics(root *cobra.Command) {
	root.InitDefaultHelpCmd()
	for _, c := range root.Commands() {
		if c.Name() != "help" {
			continue
		}
		show := c.Run
		c.Run = nil
		c.RunE = func(cmd *cobra.Command, args []string) error {
			if found, rest, err := root.Find(args); len(args) > 0 && (err != nil || found == root || len(rest) > 0) {
				return errUsage{fmt.Errorf("help: no command %q; see lede --help", strings.Join(args, " "))}
			}
			show(cmd, args)
			return nil
		}
	}
}

// mainPath is the command's path without the program's name ("bench
// score"), for messages that exitCode prefixes with "lede: ".
func mainPath(c *cobra.Command) string {
	p := c.CommandPath()
	if i := strings.IndexByte(p, ' '); i >= 0 {
		return p[i+1:]
	}
	return p
}

// mainUnknownCommand folds cobra's several-line "unknown command ... Did
// you mean this?" into one line.
func mainUnknownCommand(err error) error {
	lines := strings.Split(strings.TrimSpace(err.Error()), "\n")
	msg := strings.TrimSuffix(lines[0], ` for "lede"`)
	var alt []string
	for _, l := range lines[1:] {
		if strings.HasPrefix(l, "\t") {
			alt = append(alt, strings.TrimSpace(l))
		}
	}
	if len(alt) > 0 {
		msg += " (did you mean " + strings.Join(alt, " or ") + "?)"
	}
	return fmt.Errorf("%s; see lede --help", msg)
}

// mainVersion is the module version and VCS revision the binary was built
// from, as the Go toolchain recorded them.
func mainVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown version)"
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" {
		v += " " + rev + dirty
	}
	return v + " " + bi.GoVersion
}

// workersFlag checks a --workers value: 0 means one worker per CPU.
func workersFlag(n int) (int, error) {
	switch {
	case n < 0:
		return 0, errUsage{fmt.Errorf("--workers %d: want 1 or more (0: one per CPU)", n)}
	case n == 0:
		return runtime.NumCPU(), nil
	}
	return n, nil
}
