package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newSearchCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "search QUERY",
		Short: "Full-text search over the store",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("search: not implemented yet")
		},
	}
}
