package sqlite

import "context"

// OpenImmutable is OpenReadOnly's fallback for a store in a directory it
// cannot write, which a test run as root cannot arrange.
func OpenImmutable(ctx context.Context, path string) (*DB, error) { return openRO(ctx, path, true) }
