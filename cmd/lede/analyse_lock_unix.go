//go:build unix

package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// analyseLock takes the store's analyse lock: a second lede analyse on the
// same store is refused rather than let both analyse the same articles
// (it would be safe, SetAnalysis skips what another run wrote, but each
// would spend the CPU on every article: measured, two lede analyse runs
// started at once on the 10,000-page store (lede ingest --no-analysis of
// the WARC of go run ./internal/ingest/gen/genwarc -n 10000) split the
// writes 6,499/3,501 and each analysed more than 9,800). The lock is
// flock(2) on a side file, so that it dies with the process (kill -9 leaves
// no stale lock) and never touches the SQLite file's own locks; unlock
// removes the file. A run that locked a file another run has just removed
// holds a lock nobody else can see, so the lock counts only while the path
// still names the locked file (else it is taken again). Correctness never
// rests on it: should two runs pass it, they stay safe.
func analyseLock(dbPath string) (unlock func(), err error) {
	path := dbPath + ".analyse-lock"
	for range analyseLockTries {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			return nil, fmt.Errorf("analyse lock %s: %w", path, err)
		}
		analyseLockOpened(path)
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
			f.Close()
			if errors.Is(err, syscall.EWOULDBLOCK) {
				return nil, fmt.Errorf("another lede analyse is running on %s: wait for it to finish (or stop it; what it analysed is kept)", dbPath)
			}
			return nil, fmt.Errorf("analyse lock %s: %w", path, err)
		}
		held, err1 := f.Stat()
		named, err2 := os.Stat(path)
		if err1 == nil && err2 == nil && os.SameFile(held, named) {
			return func() {
				os.Remove(path)
				f.Close()
			}, nil
		}
		f.Close() // removed by the run that held it: lock the new file
	}
	return nil, fmt.Errorf("analyse lock %s: the lock file keeps being replaced", path)
}

// analyseLockTries bounds the retries when the lock file is replaced
// between opening and locking it (each retry needs another run to finish
// in that instant).
const analyseLockTries = 5

// analyseLockOpened runs between opening the lock file and locking it:
// tests replace it to play the other run that removes the file then.
var analyseLockOpened = func(path string) {}
