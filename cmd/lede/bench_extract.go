package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newBenchExtractCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "extract",
		Short: "Score extraction on a cases file (../shared/bench/extract format)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("bench extract: not implemented yet")
		},
	}
}
