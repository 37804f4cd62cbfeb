package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newShowCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "show ID|URL",
		Short: "Show one stored article",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("show: not implemented yet")
		},
	}
}
