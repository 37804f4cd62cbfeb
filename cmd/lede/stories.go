package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newStoriesCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "stories",
		Short: "List stories (groups of articles about one event)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("stories: not implemented yet")
		},
	}
}
