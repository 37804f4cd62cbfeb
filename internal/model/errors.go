package model

import "errors"

// Sentinel errors for bad input. Callers branch on them with errors.Is; the
// CLI turns each into one clear line and a non-zero exit.
var (
	// ErrEmpty: the input holds no bytes, or nothing but white space.
	ErrEmpty = errors.New("lede: empty input")
	// ErrBinary: the input is binary data (an image, an archive, ...), not text or HTML.
	ErrBinary = errors.New("lede: binary input, not text or HTML")
	// ErrNotHTML: HTML was required but the input is something else.
	ErrNotHTML = errors.New("lede: not HTML")
	// ErrTooLarge: the input exceeds the size cap.
	ErrTooLarge = errors.New("lede: input too large")
	// ErrUnsupportedScheme: a URL with a scheme other than http or https.
	ErrUnsupportedScheme = errors.New("lede: unsupported URL scheme")
	// ErrFetch: a URL could not be fetched (network error, bad status, ...).
	ErrFetch = errors.New("lede: fetch failed")
	// ErrNoContent: no article content could be found in the page.
	ErrNoContent = errors.New("lede: no content found")
	// ErrNotFound: a stored item (article, story) does not exist.
	ErrNotFound = errors.New("lede: not found")
	// ErrIsDirectory: a directory was given where a file was expected.
	ErrIsDirectory = errors.New("lede: is a directory")
)
