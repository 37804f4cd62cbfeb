//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAnalyseLock: the lock refuses a second holder while held, unlock
// removes its file, and the next run takes it again.
func TestAnalyseLock(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	unlock, err := analyseLock(db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := analyseLock(db); err == nil || !strings.Contains(err.Error(), "another lede analyse is running") {
		t.Errorf("second lock while held: %v", err)
	}
	unlock()
	if _, err := os.Stat(db + ".analyse-lock"); !os.IsNotExist(err) {
		t.Errorf("lock file after unlock: %v", err)
	}
	unlock, err = analyseLock(db)
	if err != nil {
		t.Fatalf("lock after unlock: %v", err)
	}
	unlock()
}

// TestAnalyseLockReplacedFile: a lock file removed (by the run that held
// it) between opening and locking it, and created again by a third run,
// is locked again by path: the lock held is the one the next run sees.
func TestAnalyseLockReplacedFile(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	replaced := false
	analyseLockOpened = func(path string) {
		if !replaced {
			replaced = true
			os.Remove(path)
			os.WriteFile(path, nil, 0o644)
		}
	}
	t.Cleanup(func() { analyseLockOpened = func(string) {} })
	unlock, err := analyseLock(db)
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	if _, err := analyseLock(db); err == nil {
		t.Error("a second run took the lock: the first held a removed file")
	}
}
