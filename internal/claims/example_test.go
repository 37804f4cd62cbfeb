package claims_test

import (
	"fmt"

	"github.com/lede-news/lede/internal/claims"
)

func ExampleExtract() {
	text := "An Ipsos Mori poll found that 54% blame the government, while just four percent blame the nurses."
	for _, c := range claims.Extract(text, claims.Options{Sources: []claims.Source{{Mention: "Ipsos Mori", Name: "Ipsos Mori"}}}) {
		fmt.Printf("%q %v %s (source %s)\n", c.Text, *c.Value, c.Unit, c.Source)
	}
	// Output:
	// "54% blame the government" 54 percent (source Ipsos Mori)
	// "just four percent blame the nurses" 4 percent (source Ipsos Mori)
}
