package model

// Input is one raw article as read from a file, stdin or the web.
type Input struct {
	// Data is the raw bytes, in any encoding.
	Data []byte
	// URL is the article's original URL, if known.
	URL string
	// ContentType is the HTTP Content-Type header, if known (it may name the charset).
	ContentType string
	// Name is a label for messages (a file path, "-", a URL).
	Name string
	// Cut says Data ends before the input did (a gzipped page cut short):
	// the article is marked Source.Cut.
	Cut bool
	// Warnings are what reading the input noticed; they join the
	// article's warnings.
	Warnings []string
}
