package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newStoryCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "story ID",
		Short: "Compare how outlets covered one story",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("story: not implemented yet")
		},
	}
}
