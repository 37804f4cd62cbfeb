package main

import "github.com/spf13/cobra"

func newBenchCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure Lede on the shared benchmark sets (extract, quotes, cluster)",
	}
	cmd.AddCommand(newBenchExtractCmd(), newBenchQuotesCmd(), newBenchClusterCmd())
	return cmd
}
