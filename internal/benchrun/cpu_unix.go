//go:build unix

package benchrun

import (
	"syscall"
	"time"
)

// ProcessCPU is the user plus system CPU time the process has used so far
// (all threads: the collector's background work counts too).
func ProcessCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
