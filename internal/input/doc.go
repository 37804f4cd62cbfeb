// Package input reads raw articles — from a file, stdin or an http(s) URL —
// within a size cap, tells HTML from plain text from binary data, and decodes
// any character encoding to UTF-8 (BOM, HTTP header, meta charset, then
// detection). Invalid bytes never fail: they become U+FFFD and a warning.
package input
