//go:build !unix

package htmlextract

import "time"

// processCPU is not measured here: BenchmarkPatho's cpu-ms/MB reads 0.
func processCPU() time.Duration { return 0 }
