package ingest_test

import (
	"errors"
	"testing"

	"github.com/nlnwa/gowarc/v3"

	"github.com/lede-news/lede/internal/ingest"
)

// bracketedTargetTests: rule bracketed-target-uri takes back only an
// http(s) address written in angle brackets, from gowarc's warning on the
// WARC-Target-URI field.
var bracketedTargetTests = []struct {
	name       string
	validation []error
	want       string
}{
	{"bracketed", []error{&gowarc.HeaderFieldError{FieldName: gowarc.WarcTargetURI, Msg: "Error: missing scheme. Url: '<https://dorrin-post.example/a/b?x=1>'"}}, "https://dorrin-post.example/a/b?x=1"},
	{"bracketed, spaces inside", []error{&gowarc.HeaderFieldError{FieldName: gowarc.WarcTargetURI, Msg: "Error: missing scheme. Url: '< http://dorrin-post.example/c >'"}}, "http://dorrin-post.example/c"},
	{"after another warning", []error{errors.New("gowarc: wrong line ending"), &gowarc.HeaderFieldError{FieldName: gowarc.WarcTargetURI, Msg: "Error: x. Url: '<https://dorrin-post.example/d>', Cause: y"}}, "https://dorrin-post.example/d"},
	{"no brackets", []error{&gowarc.HeaderFieldError{FieldName: gowarc.WarcTargetURI, Msg: "Error: bad host. Url: 'https://dorrin post.example/'"}}, ""},
	{"not http", []error{&gowarc.HeaderFieldError{FieldName: gowarc.WarcTargetURI, Msg: "Error: x. Url: '<dns:dorrin-post.example>'"}}, ""},
	{"relative", []error{&gowarc.HeaderFieldError{FieldName: gowarc.WarcTargetURI, Msg: "Error: x. Url: '</a/b>'"}}, ""},
	{"another field", []error{&gowarc.HeaderFieldError{FieldName: gowarc.WarcRefersToTargetURI, Msg: "Error: x. Url: '<https://dorrin-post.example/e>'"}}, ""},
	{"no warning", nil, ""},
}

func TestBracketedTarget(t *testing.T) {
	for _, tc := range bracketedTargetTests {
		if got := ingest.BracketedTarget(tc.validation); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
