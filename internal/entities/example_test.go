package entities_test

import (
	"fmt"

	"github.com/lede-news/lede/internal/entities"
)

func ExampleFind() {
	orgs, places := entities.Find(
		"Nurses marched from St Mary’s hospital to Whitehall, where the BBC read out a new Ipsos Mori survey.",
		entities.Options{People: []string{"Ann Smith"}},
	)
	for _, e := range orgs {
		fmt.Println("org:", e.Name, e.Type)
	}
	for _, e := range places {
		fmt.Println("place:", e.Name, e.Type)
	}
	// Output:
	// org: BBC broadcaster
	// org: Ipsos Mori polling_firm
	// place: St Mary’s hospital hospital
	// place: Whitehall area
}
