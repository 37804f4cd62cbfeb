package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newStatsCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "stats",
		Short: "Counts of what the store holds",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("stats: not implemented yet")
		},
	}
}
