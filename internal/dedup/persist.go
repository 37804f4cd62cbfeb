package dedup

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

// shingleVersion names the way shingles are computed; Encode writes it
// and DecodePrepared refuses an entry of another version, whose article
// is then prepared again (see stories.Refresh): shingles of one version
// never meet another's. 1: the shingles of rule letter-shingles and rule
// width (entries written before have no version and are refused too).
// 2: leads of rule unit-lead (a Chinese or Japanese lead holds twice the
// shingles it did).
const shingleVersion = 2

// Encode serialises a prepared text (its shingle set and lead shingles)
// for storage, so that a saved index can be restored without the texts.
// The LSH keys are recomputed on decoding.
func (p Prepared) Encode() []byte {
	b := make([]byte, 0, 2*binary.MaxVarintLen32+1+4*(len(p.shingles)+len(p.lead)))
	b = binary.AppendUvarint(b, uint64(len(p.shingles)))
	b = binary.AppendUvarint(b, uint64(len(p.lead)))
	b = append(b, shingleVersion)
	for _, s := range p.shingles {
		b = binary.LittleEndian.AppendUint32(b, s)
	}
	for _, s := range p.lead {
		b = binary.LittleEndian.AppendUint32(b, s)
	}
	return b
}

var errBadPrepared = errors.New("dedup: malformed saved index entry")

// DecodePrepared reads what Encode wrote.
func DecodePrepared(b []byte) (Prepared, error) {
	ns, k := binary.Uvarint(b)
	if k <= 0 {
		return Prepared{}, errBadPrepared
	}
	b = b[k:]
	nl, k := binary.Uvarint(b)
	if k <= 0 || nl > maxLead {
		return Prepared{}, errBadPrepared
	}
	b = b[k:]
	// An entry without a version has exactly 4*(ns+nl) bytes left here,
	// one too few.
	if len(b) == 0 || b[0] != shingleVersion {
		return Prepared{}, fmt.Errorf("%w: not of shingle version %d", errBadPrepared, shingleVersion)
	}
	b = b[1:]
	if ns > uint64(len(b)) || uint64(len(b)) != 4*(ns+nl) {
		return Prepared{}, fmt.Errorf("%w: %d bytes for %d shingles", errBadPrepared, len(b), ns+nl)
	}
	p := Prepared{shingles: make([]uint32, ns), lead: make([]uint32, nl)}
	for i := range p.shingles {
		p.shingles[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	b = b[4*ns:]
	for i := range p.lead {
		p.lead[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	if !slices.IsSorted(p.shingles) {
		return Prepared{}, fmt.Errorf("%w: shingles out of order", errBadPrepared)
	}
	sig := MinHash(p.shingles)
	p.keys = BandKeys(&sig)
	return p, nil
}

// Restore puts a saved article back in the index without checking it
// against the others: its copy links were found when it was first added
// and come back with Join. Restoring and then adding new articles is how
// the index grows across runs without a rebuild.
func (ix *Index) Restore(d Doc, p Prepared) {
	ix.insert(d, p)
}

// Join puts a restored article in the copy group of source. It reports
// false when either is not indexed.
func (ix *Index) Join(id, source string) bool {
	i, ok1 := ix.byID[id]
	s, ok2 := ix.byID[source]
	if !ok1 || !ok2 {
		return false
	}
	ri, rs := ix.find(i), ix.find(s)
	if ri != rs {
		ix.docs[ri].parent = rs
	}
	return true
}
