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

	"github.com/spf13/cobra"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
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
		fmt.Fprintln(stderr, "lede:", err)
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
	root := &cobra.Command{
		Use:           "lede",
		Short:         "Lede turns raw news articles into clean, structured records",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return errUsage{err} })
	root.AddCommand(
		newExtractCmd(),
		newBenchCmd(),
		newIngestCmd(),
		newSearchCmd(),
		newExportCmd(),
		newShowCmd(),
		newQuotesCmd(),
		newStatsCmd(),
		newStoriesCmd(),
		newStoryCmd(),
		newCopiesCmd(),
	)
	return root.ExecuteContext(ctx)
}
