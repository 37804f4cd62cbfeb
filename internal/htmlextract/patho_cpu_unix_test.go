//go:build unix

package htmlextract

import (
	"syscall"
	"time"
)

// processCPU is the CPU time (user and system) the process has used so
// far: on a machine shared with other jobs a benchmark's wall time counts
// the waits for a core, its CPU time does not.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
