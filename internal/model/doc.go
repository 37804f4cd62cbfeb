// Package model holds Lede's domain types — the Article record and its parts
// (blocks, media, embeds, quotes, people, claims), stories — and the sentinel
// errors for bad input. It is the leaf every pipeline stage imports; it imports
// nothing of Lede's own, so no cycle can form.
package model
