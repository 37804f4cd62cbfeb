//go:build !unix

package benchrun

import "time"

// ProcessCPU is not measured on this system.
func ProcessCPU() time.Duration { return 0 }
