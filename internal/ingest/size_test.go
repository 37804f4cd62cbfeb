package ingest

import "testing"

func TestSizeText(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{0, "0 bytes"},
		{100, "100 bytes"},
		{1536, "1.5 KiB"},
		{16 << 20, "16 MiB"},
		{50 << 20, "50 MiB"},
		{64<<20 + 512<<10, "64.5 MiB"},
	}
	for _, tt := range tests {
		if got := sizeText(tt.n); got != tt.want {
			t.Errorf("sizeText(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}
