package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newBenchClusterCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "cluster",
		Short: "Score story clustering or copy detection (../shared/bench/clusters format)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("bench cluster: not implemented yet")
		},
	}
}
