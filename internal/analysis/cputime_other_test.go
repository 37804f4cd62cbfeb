//go:build !unix

package analysis

import "time"

// cpuTime is unknown here; BenchmarkAnalyze then reports wall time only.
func cpuTime() time.Duration { return 0 }
