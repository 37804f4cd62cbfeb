package dedup

// bucketTable maps an LSH bucket key to the last document that fell in it.
// It is an open-addressing table of (key, doc+1) pairs packed into one
// word, kept at most half full: a bucket costs 8 bytes and one probe
// sequence that reads and replaces the head in one go. On a Go map the
// lookup and the store were two probe sequences over a control group and a
// slot, the largest cost of AddPrepared (the sequential part of copy
// detection).
type bucketTable struct {
	slots []uint64
	n     int
}

func newBucketTable(n int) bucketTable {
	size := 1024
	for size < 2*n {
		size <<= 1
	}
	return bucketTable{slots: make([]uint64, size)}
}

// swap makes doc the head of bucket key and returns the previous head, if any.
func (t *bucketTable) swap(key uint32, doc int32) (prev int32, ok bool) {
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	mask := uint64(len(t.slots) - 1)
	e := uint64(key)<<32 | uint64(uint32(doc+1))
	for i := slot(key, mask); ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			t.slots[i] = e
			t.n++
			return -1, false
		}
		if uint32(s>>32) == key {
			t.slots[i] = e
			return int32(uint32(s)) - 1, true
		}
	}
}

func (t *bucketTable) grow() {
	old := t.slots
	t.slots = make([]uint64, 2*len(old))
	mask := uint64(len(t.slots) - 1)
	for _, s := range old {
		if s == 0 {
			continue
		}
		i := slot(uint32(s>>32), mask)
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
	}
}

// slot is a key's first slot. Keys are hash bits already; the
// multiplication spreads them over the table's index bits anyway.
func slot(key uint32, mask uint64) uint64 {
	return uint64(key) * 0x9E3779B97F4A7C15 >> 32 & mask
}
