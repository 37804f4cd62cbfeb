package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newBenchQuotesCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "quotes",
		Short: "Score quote attribution on a gold file (../shared/bench/quotes format)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("bench quotes: not implemented yet")
		},
	}
}
