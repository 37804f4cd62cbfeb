package main

import (
	"bufio"
	"bytes"
	"encoding"
	"encoding/json"
	"io"
	"math"
	"reflect"
	"strings"
	"sync"
	"unicode/utf8"
)

// Streamed JSON output. json.Encoder.Encode builds a value's whole encoding
// in memory (and, indented, a second copy) before writing it: for a record of
// a million blocks that is several times the record's text. encodeJSONStream
// writes the same bytes as an Encoder with the same settings, but walks the
// value itself down to parts of at most jsonLeafLimit bytes, each encoded by
// encoding/json and written at once through a buffered writer, and cuts long
// strings into chunks. Nothing is written by hand but the punctuation between
// the parts: field names, omitempty, HTML escaping, invalid UTF-8 and
// MarshalJSON stay encoding/json's, so the output cannot drift from
// json.Marshal (TestEncodeJSONStream checks it on rich records).
var (
	// json-leaf-limit: a value whose estimated encoding is at most this many
	// bytes is encoded whole by encoding/json. Its copy in memory is then
	// small, and the walk's reflection is paid only on the few large values
	// (the record, its long lists, a huge block).
	jsonLeafLimit = 64 << 10
	// json-chunk: a long string is encoded this many bytes at a time.
	jsonChunk = 64 << 10
)

// encodeJSONStream writes v and a newline to w exactly as
// json.NewEncoder(w) with SetEscapeHTML(escapeHTML) and SetIndent(prefix,
// indent) would. Unsupported floats (NaN, ±Inf) are found before anything
// is written, so such a value fails with the Encoder's error and no output
// as before. A MarshalJSON method failing midway would leave partial output;
// no type of the Article record has one.
func encodeJSONStream(w io.Writer, v any, prefix, indent string, escapeHTML bool) error {
	rv := reflect.ValueOf(v)
	if jsonEstimate(rv, 0, jsonLeafLimit) <= jsonLeafLimit {
		// Rule json-small-record: a value the walk would encode whole, as
		// most records are, goes to a json.Encoder on w as before the
		// stream: no 64 KB buffered writer made a record and no walk for
		// floats, the Encoder refusing a NaN before it writes.
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(escapeHTML)
		enc.SetIndent(prefix, indent)
		return enc.Encode(v)
	}
	if err := jsonCheckFloats(rv, 0); err != nil {
		return err
	}
	s := &jsonStreamer{
		w:          bufio.NewWriterSize(w, 64<<10),
		escapeHTML: escapeHTML,
		prefix:     prefix,
		indent:     indent,
		indented:   prefix != "" || indent != "",
	}
	if err := s.value(rv, 0); err != nil {
		return err
	}
	s.w.WriteByte('\n')
	return s.w.Flush()
}

type jsonStreamer struct {
	w              *bufio.Writer
	escapeHTML     bool
	prefix, indent string
	indented       bool
	scratch        bytes.Buffer
	encs           []*json.Encoder // by depth: prefix+indent*depth, into scratch
	flat           *json.Encoder   // no indentation, for string chunks
}

// jsonMaxDepth bounds the walk; deeper values (a cycle) are left to
// encoding/json, which reports the cycle.
const jsonMaxDepth = 200

func (s *jsonStreamer) value(v reflect.Value, depth int) error {
	if !v.IsValid() || depth > jsonMaxDepth || jsonOpaque(v.Type()) ||
		jsonEstimate(v, 0, jsonLeafLimit) <= jsonLeafLimit {
		return s.leaf(v, depth)
	}
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			return s.value(v.Elem(), depth)
		}
	case reflect.String:
		return s.str(v.String())
	case reflect.Slice:
		if !v.IsNil() {
			return s.array(v, depth)
		}
	case reflect.Struct:
		if fields, ok := jsonFieldsOf(v.Type()); ok {
			return s.object(v, fields, depth)
		}
	}
	return s.leaf(v, depth)
}

// leaf encodes v whole with encoding/json, indented for its depth. An
// addressable value is encoded through its address, as encoding/json does
// inside a record, so pointer-receiver MarshalJSON methods apply alike.
func (s *jsonStreamer) leaf(v reflect.Value, depth int) error {
	var x any
	switch {
	case !v.IsValid():
	case v.CanAddr():
		x = v.Addr().Interface()
	default:
		x = v.Interface()
	}
	s.scratch.Reset()
	if err := s.encoder(depth).Encode(x); err != nil {
		return err
	}
	b := s.scratch.Bytes()
	_, err := s.w.Write(b[:len(b)-1]) // without the Encoder's newline
	return err
}

func (s *jsonStreamer) encoder(depth int) *json.Encoder {
	for len(s.encs) <= depth {
		e := json.NewEncoder(&s.scratch)
		e.SetEscapeHTML(s.escapeHTML)
		e.SetIndent(s.prefix+strings.Repeat(s.indent, len(s.encs)), s.indent)
		s.encs = append(s.encs, e)
	}
	return s.encs[depth]
}

// str writes a long string in chunks. A chunk ends where a new character
// starts in encoding/json's own reading of the string (no valid UTF-8
// sequence runs across the cut; an invalid byte is read alone), so the
// chunks' encodings, quotes stripped, join to the whole string's.
func (s *jsonStreamer) str(str string) error {
	if s.flat == nil {
		s.flat = json.NewEncoder(&s.scratch)
		s.flat.SetEscapeHTML(s.escapeHTML)
	}
	s.w.WriteByte('"')
	for len(str) > 0 {
		n := jsonCut(str, jsonChunk)
		s.scratch.Reset()
		if err := s.flat.Encode(str[:n]); err != nil {
			return err
		}
		b := s.scratch.Bytes()
		s.w.Write(b[1 : len(b)-2]) // without the quotes and the newline
		str = str[n:]
	}
	return s.w.WriteByte('"')
}

// jsonCut returns where to end a chunk of at most about n bytes of s: at n,
// or before the valid multi-byte character that n falls inside, or after it
// when that character starts the chunk.
func jsonCut(s string, n int) int {
	if n < 1 {
		n = 1
	}
	if n >= len(s) {
		return len(s)
	}
	for q := n - 1; q >= 0 && q >= n-(utf8.UTFMax-1); q-- {
		c := s[q]
		if c < utf8.RuneSelf {
			break // ASCII: nothing before it runs past it
		}
		if c&0xC0 == 0x80 {
			continue // a continuation byte: look further back
		}
		if r, size := utf8.DecodeRuneInString(s[q:]); !(r == utf8.RuneError && size == 1) && q+size > n {
			if q == 0 {
				return size
			}
			return q
		}
		break
	}
	return n
}

func (s *jsonStreamer) newline(depth int) {
	if !s.indented {
		return
	}
	s.w.WriteByte('\n')
	s.w.WriteString(s.prefix)
	for range depth {
		s.w.WriteString(s.indent)
	}
}

func (s *jsonStreamer) array(v reflect.Value, depth int) error {
	n := v.Len()
	if n == 0 {
		_, err := s.w.WriteString("[]")
		return err
	}
	s.w.WriteByte('[')
	for i := range n {
		if i > 0 {
			s.w.WriteByte(',')
		}
		s.newline(depth + 1)
		if err := s.value(v.Index(i), depth+1); err != nil {
			return err
		}
	}
	s.newline(depth)
	return s.w.WriteByte(']')
}

func (s *jsonStreamer) object(v reflect.Value, fields []jsonField, depth int) error {
	first := true
	for _, f := range fields {
		fv := v.Field(f.index)
		if f.omitEmpty && jsonIsEmpty(fv) {
			continue
		}
		if first {
			s.w.WriteByte('{')
		} else {
			s.w.WriteByte(',')
		}
		first = false
		s.newline(depth + 1)
		s.w.WriteString(f.key)
		if s.indented {
			s.w.WriteByte(' ')
		}
		if err := s.value(fv, depth+1); err != nil {
			return err
		}
	}
	if first {
		_, err := s.w.WriteString("{}")
		return err
	}
	s.newline(depth)
	return s.w.WriteByte('}')
}

// jsonField is a struct field as encoding/json writes it.
type jsonField struct {
	index     int
	key       string // `"name":`
	omitEmpty bool
}

var jsonFieldCache sync.Map // reflect.Type -> []jsonField, or nil when unsupported

// jsonFieldsOf lists t's fields in encoding/json's order, names and
// omitempty, when t keeps to the simple rules read here: no embedded field,
// no option other than omitempty (omitzero and string are left to
// encoding/json), plain ASCII names, no duplicate. Any other struct is
// encoded whole by encoding/json, never guessed.
func jsonFieldsOf(t reflect.Type) ([]jsonField, bool) {
	if c, ok := jsonFieldCache.Load(t); ok {
		f := c.([]jsonField)
		return f, f != nil
	}
	fields, ok := jsonFieldsScan(t) // nil when not ok
	jsonFieldCache.Store(t, fields)
	return fields, ok
}

func jsonFieldsScan(t reflect.Type) ([]jsonField, bool) {
	fields := []jsonField{}
	seen := map[string]bool{}
	for i := range t.NumField() {
		sf := t.Field(i)
		if sf.Anonymous {
			return nil, false
		}
		if !sf.IsExported() {
			continue
		}
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		omit := false
		for opt := range strings.SplitSeq(opts, ",") {
			switch opt {
			case "":
			case "omitempty":
				omit = true
			default:
				return nil, false
			}
		}
		if name == "" {
			name = sf.Name
		}
		if !jsonPlainName(name) || seen[name] {
			return nil, false
		}
		seen[name] = true
		fields = append(fields, jsonField{index: i, key: `"` + name + `":`, omitEmpty: omit})
	}
	return fields, true
}

func jsonPlainName(name string) bool {
	for _, c := range []byte(name) {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return name != ""
}

// jsonIsEmpty is encoding/json's test for omitempty.
func jsonIsEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64,
		reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

var (
	jsonMarshalerType     = reflect.TypeFor[json.Marshaler]()
	jsonTextMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
)

// jsonMarshals tells whether t or *t has a MarshalJSON or MarshalText
// method, which encoding/json calls instead of reading the value.
func jsonMarshals(t reflect.Type) bool {
	pt := reflect.PointerTo(t)
	return t.Implements(jsonMarshalerType) || t.Implements(jsonTextMarshalerType) ||
		pt.Implements(jsonMarshalerType) || pt.Implements(jsonTextMarshalerType)
}

// jsonOpaque: values encoding/json writes in its own way, whole: those with
// a MarshalJSON or MarshalText method, []byte (base64), maps, arrays,
// interfaces and the rest.
func jsonOpaque(t reflect.Type) bool {
	if jsonMarshals(t) {
		return true
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.String, reflect.Struct:
		return false
	case reflect.Slice:
		return t.Elem().Kind() == reflect.Uint8
	}
	return true
}

// jsonEstimate adds to n a rough size of v's encoding, stopping once past
// limit: it only tells a small value from a large one.
func jsonEstimate(v reflect.Value, n, limit int) int {
	switch v.Kind() {
	case reflect.String:
		return n + v.Len() + 2
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 {
			return n + v.Len()*4/3 + 2
		}
		n += 2
		for i := 0; i < v.Len() && n <= limit; i++ {
			n = jsonEstimate(v.Index(i), n+1, limit)
		}
		return n
	case reflect.Map:
		n += 2
		for it := v.MapRange(); it.Next() && n <= limit; {
			n = jsonEstimate(it.Value(), jsonEstimate(it.Key(), n+2, limit), limit)
		}
		return n
	case reflect.Struct:
		n += 2
		t := v.Type()
		for i := 0; i < v.NumField() && n <= limit; i++ {
			n = jsonEstimate(v.Field(i), n+len(t.Field(i).Name)+4, limit)
		}
		return n
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return n + 4
		}
		return jsonEstimate(v.Elem(), n+1, limit)
	}
	return n + 8
}

// jsonCheckFloats finds a NaN or infinite float that encoding/json would
// refuse, before anything is written, and returns encoding/json's error. It
// walks only the types that can hold a float.
func jsonCheckFloats(v reflect.Value, depth int) error {
	if !v.IsValid() || depth > jsonMaxDepth || !jsonMayHoldFloat(v.Type()) {
		return nil
	}
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		if f := v.Float(); math.IsNaN(f) || math.IsInf(f, 0) {
			x := reflect.New(v.Type()).Elem()
			x.SetFloat(f)
			_, err := json.Marshal(x.Interface())
			return err
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			return jsonCheckFloats(v.Elem(), depth+1)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if err := jsonCheckFloats(v.Index(i), depth+1); err != nil {
				return err
			}
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			if err := jsonCheckFloats(it.Value(), depth+1); err != nil {
				return err
			}
		}
	case reflect.Struct:
		if fields, ok := jsonFieldsOf(v.Type()); ok {
			for _, f := range fields {
				if err := jsonCheckFloats(v.Field(f.index), depth+1); err != nil {
					return err
				}
			}
			return nil
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				if err := jsonCheckFloats(v.Field(i), depth+1); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

var jsonFloatCache sync.Map // reflect.Type -> bool

// jsonMayHoldFloat tells whether a value of type t can hold a float that
// encoding/json itself encodes (not inside a MarshalJSON method).
func jsonMayHoldFloat(t reflect.Type) bool {
	if c, ok := jsonFloatCache.Load(t); ok {
		return c.(bool)
	}
	jsonFloatCache.Store(t, true) // a recursive type: assume so while scanning
	r := jsonFloatScan(t)
	jsonFloatCache.Store(t, r)
	return r
}

func jsonFloatScan(t reflect.Type) bool {
	if jsonMarshals(t) {
		return false
	}
	switch t.Kind() {
	case reflect.Float32, reflect.Float64, reflect.Interface:
		return true
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
		return jsonMayHoldFloat(t.Elem())
	case reflect.Struct:
		for i := range t.NumField() {
			if jsonMayHoldFloat(t.Field(i).Type) {
				return true
			}
		}
	}
	return false
}
