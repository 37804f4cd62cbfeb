package ingest

import (
	"os"
	"runtime/debug"
)

// GC tuning for a bulk ingest. Extraction allocates fast (parse trees,
// token strings) while the live heap stays small (~40 MB: a few pages in
// flight and one write batch), so at Go's default GOGC=100 a 10,000-page
// WARC ran about 900 collections. Each one stops the world and preempts
// every goroutine; on a loaded 2-core machine a thread that the OS has
// descheduled holds up the whole process, and ingest used only about one
// core. Measured on the generated 10k WARC with --no-analysis, same run of
// the machine: GOGC=100 905 GCs, 23.6 s wall, 100% CPU; 200: 444 GCs,
// 18.8 s; 400: 212 GCs, 17.1 s, 122% CPU, peak RSS 115 → 181 MB.
const (
	// ingestGCPercent is the GOGC used during ingest (see above).
	ingestGCPercent = 400
	// ingestMemoryLimit is a soft heap limit that makes the collector work
	// harder again before the larger GOGC could push the process toward
	// the 1 GB peak RSS budget of issue 5 (a batch of unusually large pages).
	ingestMemoryLimit = 700 << 20
)

// TuneGC sets the garbage collector for a bulk ingest, unless the user
// chose their own settings with GOGC or GOMEMLIMIT. It returns a function
// that restores the previous settings.
func TuneGC() (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	pct := debug.SetGCPercent(ingestGCPercent)
	lim := debug.SetMemoryLimit(ingestMemoryLimit)
	return func() {
		debug.SetGCPercent(pct)
		debug.SetMemoryLimit(lim)
	}
}
