package server

import (
	"net/netip"
	"runtime"
	"testing"
	"time"
)

// BenchmarkFailLimiterMemory fills a failLimiter to maxTrackedClients with
// IPv6 clients (keys as clientKey makes them: a /64 each) and reports the
// heap bytes one entry takes (B/client), the figure maxTrackedClients'
// comment gives:
//
//	go test -run '^$' -bench FailLimiterMemory -benchtime 3x ./internal/server
func BenchmarkFailLimiterMemory(b *testing.B) {
	key := func(i int) string { // made in the loop: the key is part of the entry
		a := netip.AddrFrom16([16]byte{0x20, 0x01, 0x0d, 0xb8, byte(i >> 16), byte(i >> 8), byte(i), 1, 15: 1})
		p, _ := a.Prefix(ipv6ClientBits)
		return p.String()
	}
	var perClient float64
	for b.Loop() {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		l := newFailLimiter(DefaultMaxFailedAuth, time.Hour)
		for i := range maxTrackedClients {
			l.fail(key(i))
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		if n := l.tracked(); n != maxTrackedClients {
			b.Fatalf("%d clients tracked, want %d", n, maxTrackedClients)
		}
		perClient = float64(after.HeapAlloc-before.HeapAlloc) / maxTrackedClients
		runtime.KeepAlive(l)
	}
	b.ReportMetric(perClient, "B/client")
}
