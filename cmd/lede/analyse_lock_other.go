//go:build !unix

package main

// analyseLock is a no-op where flock(2) is missing: two lede analyse runs on
// one store stay safe (SetAnalysis skips what the other wrote), they only
// both spend the CPU.
func analyseLock(dbPath string) (unlock func(), err error) {
	return func() {}, nil
}
