package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newQuotesCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "quotes",
		Short: "List stored quotes, e.g. by speaker",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("quotes: not implemented yet")
		},
	}
}
