package lede_test

import (
	"context"
	"fmt"
	"time"

	"github.com/lede-news/lede"
)

func ExampleExtract() {
	text := `Council approves riverside park plan (PHOTOS)

The city council approved the riverside park plan on Monday after a four-hour debate.
Share this article
The mayor told reporters:
This park will be the green heart of the city for a generation.
Work starts in spring.
Sign up to our newsletter
`
	a, err := lede.Extract(context.Background(), lede.Input{Data: []byte(text)},
		lede.Options{NoAnalysis: true, Now: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	fmt.Println("photos:", a.Media.Photos)
	for _, b := range a.Body {
		fmt.Printf("%s: %s\n", b.Kind, b.Text)
	}
	for _, r := range a.Removed {
		fmt.Printf("removed %s: %s\n", r.Kind, r.Text)
	}
	// Output:
	// Council approves riverside park plan (PHOTOS)
	// photos: true
	// paragraph: The city council approved the riverside park plan on Monday after a four-hour debate.
	// paragraph: The mayor told reporters:
	// blockquote: This park will be the green heart of the city for a generation.
	// paragraph: Work starts in spring.
	// removed share: Share this article
	// removed newsletter: Sign up to our newsletter
}
