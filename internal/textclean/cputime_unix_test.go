//go:build unix

package textclean

import (
	"syscall"
	"time"
)

// processCPU is the CPU time the process has used (user and system, all
// threads, the collector's too): benchmarks report it beside wall time,
// which a machine shared with other jobs stretches.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
