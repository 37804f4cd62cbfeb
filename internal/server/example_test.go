package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"

	"github.com/lede-news/lede/internal/server"
	"github.com/lede-news/lede/internal/store"
	"github.com/lede-news/lede/internal/store/sqlite"
	"github.com/lede-news/lede/internal/store/storetest"
)

// The API over a store of one article, searched as lede search --json would.
func Example() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "lede-api")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	db, err := sqlite.Open(ctx, filepath.Join(dir, "lede.db"))
	if err != nil {
		panic(err)
	}
	defer db.Close()
	a := storetest.Article("https://wire.example/ferry", "Ferry crews strike", "Wire Agency", "2026-03-02",
		"Ferry crews walked out on Monday in a dispute over night shifts.")
	if _, err := db.Put(ctx, []store.Doc{storetest.Doc(a)}); err != nil {
		panic(err)
	}

	srv := httptest.NewServer(server.New(db, server.Options{}))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/api/search?q=ferry+shifts")
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	var res struct {
		Hits []struct{ Title, Outlet, Snippet string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil {
		panic(err)
	}
	fmt.Println(resp.Status)
	for _, h := range res.Hits {
		fmt.Printf("%s (%s): %s\n", h.Title, h.Outlet, h.Snippet)
	}

	resp, err = http.Get(srv.URL + "/api/articles/nope")
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	var e struct{ Error string }
	json.NewDecoder(resp.Body).Decode(&e)
	fmt.Println(resp.Status, e.Error)
	// Output:
	// 200 OK
	// Ferry crews strike (Wire Agency): <mark>Ferry</mark> crews walked out on Monday in a dispute over night <mark>shifts</mark>.
	// 404 Not Found no article nope
}

// An API asking for a bearer token: a request without it gets 401 and a
// challenge; the health check stays open.
func Example_token() {
	dir, err := os.MkdirTemp("", "lede-api")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	db, err := sqlite.Open(context.Background(), filepath.Join(dir, "lede.db"))
	if err != nil {
		panic(err)
	}
	defer db.Close()
	const token = "0f4c2a9d8e7b6a5c4d3e2f1a" // openssl rand -hex 32 makes a real one
	srv := httptest.NewServer(server.New(db, server.Options{Token: token}))
	defer srv.Close()
	for _, auth := range []string{"", "Bearer " + token} {
		req, _ := http.NewRequest("GET", srv.URL+"/api/stats", nil)
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			panic(err)
		}
		resp.Body.Close()
		fmt.Println(strings.TrimSpace(resp.Status + " " + resp.Header.Get("WWW-Authenticate")))
	}
	resp, err := http.Get(srv.URL + "/healthz")
	if err != nil {
		panic(err)
	}
	resp.Body.Close()
	fmt.Println(resp.Status)
	// Output:
	// 401 Unauthorized Bearer realm="lede"
	// 200 OK
	// 200 OK
}
