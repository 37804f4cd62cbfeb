package server

import (
	"net/http"
	"time"
)

// SetClock makes the failed-token limit of h (a handler from New) read
// the time from now.
func SetClock(h http.Handler, now func() time.Time) {
	if l := h.(*api).access.failures; l != nil {
		l.now = now
	}
}

// TrackedClients is how many clients the failed-token limit of h counts.
func TrackedClients(h http.Handler) int {
	if l := h.(*api).access.failures; l != nil {
		return l.tracked()
	}
	return 0
}

// MaxTrackedClients is the cap on TrackedClients.
const MaxTrackedClients = maxTrackedClients
