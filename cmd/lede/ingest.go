package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newIngestCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "ingest SOURCE...",
		Short: "Ingest files, folders, WARCs, feeds, sitemaps or URLs into the store",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("ingest: not implemented yet")
		},
	}
}
