package entities_test

import (
	"fmt"

	"github.com/lede-news/lede/internal/entities"
)

func ExampleFind() {
	orgs, places := entities.Find(
		"Nurses marched from St Mary’s hospital to Whitehall, where an Ipsos Mori poll for the BBC was read out.",
		entities.Options{People: []string{"Ann Smith"}},
	)
	for _, e := range orgs {
		fmt.Println("org:", e.Name, e.Type)
	}
	for _, e := range places {
		fmt.Println("place:", e.Name, e.Type)
	}
	// Output:
	// org: Ipsos Mori polling_firm
	// org: BBC broadcaster
	// place: St Mary’s hospital hospital
	// place: Whitehall area
}
