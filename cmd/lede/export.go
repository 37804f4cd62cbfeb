package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newExportCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "export",
		Short: "Export articles, quotes, claims or people as JSON lines or CSV",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("export: not implemented yet")
		},
	}
}
