package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newCopiesCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "copies ID|URL",
		Short: "Show the syndicated copies of an article",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("copies: not implemented yet")
		},
	}
}
