package stories

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

func TestZZDebug(t *testing.T) {
	f, _ := os.Open(os.Getenv("ZZ"))
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	var arts []*model.Article
	for sc.Scan() {
		var a model.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		arts = append(arts, &a)
	}
	for _, a := range arts {
		for _, c := range a.Claims {
			fmt.Println(a.Outlet, a.Language, "|", c.Text, "|", measureWords(c), figureHead(c.Text), isChange(c), unitKey(c.Unit), sentenceWords(a.Text, c.Start, c.End))
		}
	}
	for _, g := range compareClaims(arts) {
		fmt.Printf("%s: %d\n", g.Measure, len(g.Values))
	}
}
