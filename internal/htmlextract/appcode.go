package htmlextract

import (
	"encoding/json"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Rule "app-state-code": some frameworks send their state as JavaScript
// that builds it, not as JSON. Nuxt 2 serialises with devalue:
//
//	window.__NUXT__=(function(a,b,c){b.id=7;return {layout:"default",
//	  data:[{post:{title:a,body:"\u003Cp\u003E...",tags:b}}],error:c}}("Pier",{},null));
//
// unquoted keys, single or double quotes, values bound to the function's
// parameters, statements filling shared objects (b.id=7, W[0]={...}),
// void 0, !0 and !1, Array(3), Object.create(null), new Date(...), and
// \u002F escapes. Vue and Redux stores written with serialize-javascript
// (window.__INITIAL_STATE__ = {...} holding undefined, new Date(...) or
// functions) and SvelteKit's hydration data (const data = [...], devalue
// again, with IIFEs inside) are the same kind. appCodeValue reads such an
// expression into the generic tree the JSON path builds (map[string]any,
// []any, string, float64, bool, nil), and the body search of rule
// "app-state" walks it as any JSON.
//
// The reader never runs anything: it knows literals, parameters bound to
// the arguments of an immediately called function, the member
// assignments and return of that function's body, and a few builtins that
// only build values (Object.create/assign/freeze, Array(n), new Map/Set,
// JSON.parse of a string). Any other expression (a call, an operator, an
// arrow function) is skipped over, by its brackets and quotes, and reads
// as null. Work, nesting, nested calls and the tree built are bounded.
//
// Gatsby is not among the forms: its pages carry the rendered markup, and
// the data behind it is fetched from /page-data/.../page-data.json, not
// sent in the page; there is nothing to read.

const (
	// maxAppCodeDepth bounds the nesting of literals and calls read (as
	// maxAppStateDepth bounds the JSON walk; past it the walk stops
	// anyway, so deeper source is malformed or hostile and is refused).
	maxAppCodeDepth = 4 * maxAppStateDepth
	// maxAppCodeCalls bounds nested function calls: devalue calls one
	// function, SvelteKit nests one per page node inside its data array.
	maxAppCodeCalls = 8
	// appCodeWork: the work of one read, counted in bytes scanned, values
	// built and function bodies re-read, is at most this many times the
	// script's length (plus appCodeWorkBase). A devalue IIFE is scanned
	// twice (its body is skipped to reach the arguments, then read), so 4
	// leaves room; more is a script that calls functions over and over.
	appCodeWork     = 4
	appCodeWorkBase = 1 << 16
	// maxAppCodeNodes bounds the tree built from one read. Devalue shares
	// objects between places (an author on every teaser); the tree copies
	// them where they are used, so a small script can name a large tree.
	// The largest Nuxt 2 state on the dev pages (a 423 KB script on
	// extract/) builds about 26,000 nodes, a twentieth of this; WCXB's
	// largest 3,628. (Counted by a probe run for the review of
	// 2026-11-27, not kept: appCodeState over every <script> of every
	// page of ../shared/bench/{extract,extract-wcxb}/cases.jsonl, counting
	// the values of each tree built.)
	maxAppCodeNodes = 1 << 19
)

// codeObj and codeArr are the objects and arrays read, mutable and shared
// by reference until the tree is built (codeTree), as in the script: a
// devalue parameter bound to {} is filled by statements after it is
// placed. keys keeps the order keys were set in, so that the tree built
// under the node cap is the same on every run.
type codeObj struct {
	keys []string
	m    map[string]any
}

type codeArr struct{ a []any }

func (o *codeObj) set(k string, v any) {
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
}

// codeName is a name bound to nothing the reader knows (window, Object,
// Object.create), kept as a dotted path so calls to known builtins are
// recognised; as a value it reads as null.
type codeName string

// codeFn is a function expression: its parameters, and its body's bounds
// in the source, read when it is called.
type codeFn struct {
	params     []string
	body, end  int // body: after "{"; end: the index of its "}"
	env        *codeEnv
	unreadable bool // destructured or defaulted parameters
}

// codeEnv binds names to values: a called function's parameters and its
// var/let/const, then its enclosing function's.
type codeEnv struct {
	vars map[string]any
	up   *codeEnv
}

func (e *codeEnv) lookup(name string) (any, bool) {
	for ; e != nil; e = e.up {
		if v, ok := e.vars[name]; ok {
			return v, true
		}
	}
	return nil, false
}

// bind sets a name already bound in e or its parents, or binds it in e.
func (e *codeEnv) bind(name string, v any) {
	for f := e; f != nil; f = f.up {
		if _, ok := f.vars[name]; ok {
			f.vars[name] = v
			return
		}
	}
	e.vars[name] = v
}

// codeReader reads one JavaScript expression from s at i.
type codeReader struct {
	s        string
	i        int
	depth    int
	calls    int
	work     int
	maxWork  int
	bad      bool
	lastName string // the name a function expression was declared with
}

// appCodeValue reads the JavaScript expression at data[at:] into a JSON
// tree (see rule "app-state-code"). It reports false when the expression
// is malformed, past a bound, or holds no object or array.
func appCodeValue(data string, at int) (any, bool) {
	r := codeReader{s: data, i: at, maxWork: appCodeWork*len(data) + appCodeWorkBase}
	v := r.expr(&codeEnv{vars: map[string]any{}})
	if r.bad {
		return nil, false
	}
	t := codeTree{path: map[any]bool{}}
	out := t.build(v, 0)
	switch out.(type) {
	case map[string]any, []any:
		return out, true
	}
	return nil, false
}

// spend counts n units of work and marks the read bad past its bound.
func (r *codeReader) spend(n int) {
	r.work += n
	if r.work > r.maxWork {
		r.bad = true
	}
}

func (r *codeReader) at(p string) bool { return strings.HasPrefix(r.s[r.i:], p) }

func (r *codeReader) atByte(c byte) bool { return r.i < len(r.s) && r.s[r.i] == c }

// keyword reports whether the word w starts at i and is not the start of
// a longer name.
func (r *codeReader) keyword(w string) bool {
	if !r.at(w) {
		return false
	}
	j := r.i + len(w)
	if j >= len(r.s) {
		return true
	}
	c, _ := utf8.DecodeRuneInString(r.s[j:])
	return !identPart(c)
}

// ws skips white space and comments.
func (r *codeReader) ws() {
	for r.i < len(r.s) {
		c := r.s[r.i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			r.i++
		case c == '/' && r.i+1 < len(r.s) && r.s[r.i+1] == '/':
			j := strings.IndexByte(r.s[r.i:], '\n')
			if j < 0 {
				r.i = len(r.s)
				return
			}
			r.i += j + 1
		case c == '/' && r.i+1 < len(r.s) && r.s[r.i+1] == '*':
			j := strings.Index(r.s[r.i+2:], "*/")
			if j < 0 {
				r.i = len(r.s)
				return
			}
			r.i += j + 4
		case c >= utf8.RuneSelf:
			// U+00A0, U+FEFF, U+2028 and U+2029 are white space too.
			ru, n := utf8.DecodeRuneInString(r.s[r.i:])
			if ru != 0xA0 && ru != 0xFEFF && ru != 0x2028 && ru != 0x2029 {
				return
			}
			r.i += n
		default:
			return
		}
	}
}

func identStart(c rune) bool {
	return c == '$' || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= utf8.RuneSelf && unicode.IsLetter(c))
}

func identPart(c rune) bool {
	return identStart(c) || (c >= '0' && c <= '9') || (c >= utf8.RuneSelf && (unicode.IsDigit(c) || unicode.In(c, unicode.Mn, unicode.Mc)))
}

// ident reads a name at i, or returns "".
func (r *codeReader) ident() string {
	start := r.i
	for r.i < len(r.s) {
		c, n := utf8.DecodeRuneInString(r.s[r.i:])
		if (r.i == start && !identStart(c)) || (r.i > start && !identPart(c)) {
			break
		}
		r.i += n
	}
	return r.s[start:r.i]
}

// enter goes one level deeper into nested expressions, or spoils the
// reading past maxAppCodeDepth (reporting false, the depth unchanged); a
// caller that entered defers leave.
func (r *codeReader) enter() bool {
	if r.depth >= maxAppCodeDepth {
		r.bad = true
		return false
	}
	r.depth++
	return true
}

func (r *codeReader) leave() { r.depth-- }

// expr reads an assignment expression. An assignment to a member of a
// value read (b.id=7, W[0]={...}) or to a bound name is made; an
// expression going on with an operator (a || {}, x ? y : z) is skipped
// and reads as null.
func (r *codeReader) expr(env *codeEnv) any {
	if r.bad {
		return nil
	}
	if !r.enter() {
		return nil
	}
	defer r.leave()
	v, parent, key := r.postfix(env)
	if r.bad {
		return nil
	}
	r.ws()
	if r.atByte('=') && !r.at("==") && !r.at("=>") {
		r.i++
		rhs := r.expr(env)
		switch p := parent.(type) {
		case *codeObj:
			if k, ok := propName(key); ok {
				p.set(k, rhs)
			}
		case *codeArr:
			if f, ok := key.(float64); ok && f >= 0 && f < float64(len(p.a)) && f == float64(int(f)) {
				p.a[int(f)] = rhs
			}
		case nil:
			// A bare name (postfix gives no key for other expressions).
			if name, ok := key.(string); ok {
				env.bind(name, rhs)
			}
		}
		return rhs
	}
	if r.i < len(r.s) && strings.IndexByte("|&?+-*/%<>=!^", r.s[r.i]) >= 0 ||
		r.keyword("instanceof") || r.keyword("in") {
		r.skip(",;")
		return nil
	}
	return v
}

// propName is a member key as a property name.
func propName(k any) (string, bool) {
	switch t := k.(type) {
	case string:
		return t, true
	case float64:
		return numberKey(t), true
	}
	return "", false
}

// numberKey is a numeric key as JavaScript names it ({1:..} is {"1":..}).
func numberKey(f float64) string {
	if f == float64(int64(f)) && f > -1e21 && f < 1e21 {
		return strconv.FormatInt(int64(f), 10)
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// postfix reads a primary expression and its member accesses and calls,
// and returns the value with the object and key of the last member read
// (for an assignment to it). For a bare name, key is the name and parent
// nil.
func (r *codeReader) postfix(env *codeEnv) (v, parent, key any) {
	r.ws()
	if r.i < len(r.s) && identStart(rune(r.s[r.i])) || r.i < len(r.s) && r.s[r.i] >= utf8.RuneSelf {
		save := r.i
		name := r.ident()
		// A parameter may be named NaN or undefined (devalue's names
		// run to three letters); keywords cannot.
		if v, ok := env.lookup(name); ok && name != "" {
			return r.members(env, v, nil, name)
		}
		if name != "" && !codeWords[name] {
			return r.members(env, codeName(name), nil, name)
		}
		r.i = save
	}
	v = r.primary(env)
	return r.members(env, v, nil, nil)
}

// codeWords are the names primary reads itself.
var codeWords = map[string]bool{"true": true, "false": true, "null": true, "undefined": true, "NaN": true, "Infinity": true,
	"void": true, "typeof": true, "function": true, "new": true, "async": true, "delete": true, "await": true}

// members reads the member accesses and calls after a value.
func (r *codeReader) members(env *codeEnv, v, parent, key any) (any, any, any) {
	for !r.bad {
		r.ws()
		switch {
		case r.at("?."):
			r.i += 2
			r.ws()
			if r.atByte('(') || r.atByte('[') {
				continue
			}
			fallthrough
		case r.atByte('.') && !r.at("..."):
			if r.atByte('.') {
				r.i++
			}
			r.ws()
			name := r.ident()
			if name == "" {
				r.bad = true
				return nil, nil, nil
			}
			parent, key, v = v, name, member(v, name)
		case r.atByte('['):
			r.i++
			k := r.expr(env)
			r.ws()
			if !r.atByte(']') {
				r.bad = true
				return nil, nil, nil
			}
			r.i++
			parent, key, v = v, k, member(v, k)
		case r.atByte('('):
			v = r.call(env, v)
			parent, key = nil, nil
		case r.atByte('`'):
			// A tagged template: a call.
			r.skipString('`')
			v, parent, key = nil, nil, nil
		default:
			return v, parent, key
		}
	}
	return nil, nil, nil
}

// member is v[k] for the values the reader builds.
func member(v, k any) any {
	switch t := v.(type) {
	case *codeObj:
		if s, ok := propName(k); ok {
			return t.m[s]
		}
	case *codeArr:
		if f, ok := k.(float64); ok && f >= 0 && f < float64(len(t.a)) && f == float64(int(f)) {
			return t.a[int(f)]
		}
		if k == "length" {
			return float64(len(t.a))
		}
	case codeName:
		if s, ok := k.(string); ok {
			return codeName(string(t) + "." + s)
		}
	}
	return nil
}

// primary reads a literal, a parenthesised expression, a function
// expression, new, or a unary operator.
func (r *codeReader) primary(env *codeEnv) any {
	r.ws()
	if r.i >= len(r.s) {
		r.bad = true
		return nil
	}
	r.spend(1)
	c := r.s[r.i]
	switch {
	case c == '"' || c == '\'':
		s, ok := r.str(c)
		if !ok {
			r.bad = true
			return nil
		}
		return s
	case c == '`':
		s, ok := r.str(c)
		if !ok {
			return nil
		}
		return s
	case c == '{':
		return r.object(env)
	case c == '[':
		return r.array(env)
	case c == '(':
		return r.paren(env)
	case c == '!':
		r.i++
		v, _, _ := r.unary(env)
		switch t := v.(type) {
		case float64:
			return t == 0
		case bool:
			return !t
		case string:
			return t == ""
		case nil:
			return true
		}
		return nil
	case c == '-' || c == '+' || c == '~':
		r.i++
		v, _, _ := r.unary(env)
		if f, ok := v.(float64); ok && c != '~' {
			if c == '-' {
				return -f
			}
			return f
		}
		return nil
	case c >= '0' && c <= '9' || c == '.' && r.i+1 < len(r.s) && r.s[r.i+1] >= '0' && r.s[r.i+1] <= '9':
		return r.number()
	case c == '/':
		r.skipRegex()
		return nil
	}
	name := r.ident()
	switch name {
	case "":
		r.bad = true
		return nil
	case "true":
		return true
	case "false":
		return false
	case "null", "undefined", "NaN", "Infinity":
		return nil
	case "void", "typeof", "delete", "await":
		r.unary(env)
		return nil
	case "async":
		// async function or async arrow: skipped as code.
		r.skip(",;")
		return nil
	case "function":
		return r.function(env)
	case "new":
		return r.newExpr(env)
	}
	if v, ok := env.lookup(name); ok {
		return v
	}
	return codeName(name)
}

// unary reads the operand of a unary operator.
func (r *codeReader) unary(env *codeEnv) (any, any, any) {
	if !r.enter() {
		return nil, nil, nil
	}
	defer r.leave()
	return r.postfix(env)
}

// str reads a string literal quoted by q, with JavaScript's escapes. A
// template literal with substitutions reads as not ok (after it).
func (r *codeReader) str(q byte) (string, bool) {
	r.i++
	start := r.i
	for r.i < len(r.s) {
		c := r.s[r.i]
		if c == q {
			s := r.s[start:r.i]
			r.i++
			r.spend(len(s))
			if !utf8.ValidString(s) {
				s = strings.ToValidUTF8(s, "\uFFFD")
			}
			return s, true
		}
		if c == '\\' || (q == '`' && c == '$') {
			break
		}
		if (c == '\n' || c == '\r') && q != '`' {
			return "", false
		}
		r.i++
	}
	var b strings.Builder
	b.WriteString(r.s[start:r.i])
	subst := false
	for r.i < len(r.s) {
		c := r.s[r.i]
		switch {
		case c == q:
			r.i++
			r.spend(r.i - start)
			s := b.String()
			if !utf8.ValidString(s) {
				s = strings.ToValidUTF8(s, "\uFFFD")
			}
			return s, !subst
		case q == '`' && r.at("${"):
			r.i += 2
			r.skip("")
			if !r.atByte('}') {
				return "", false
			}
			r.i++
			subst = true
		case (c == '\n' || c == '\r') && q != '`':
			return "", false
		case c == '\\':
			r.i++
			if r.i >= len(r.s) {
				return "", false
			}
			r.escape(&b)
		default:
			b.WriteByte(c)
			r.i++
		}
	}
	return "", false
}

// escape reads one escape after a backslash into b.
func (r *codeReader) escape(b *strings.Builder) {
	e := r.s[r.i]
	r.i++
	switch e {
	case 'n':
		b.WriteByte('\n')
	case 't':
		b.WriteByte('\t')
	case 'r':
		b.WriteByte('\r')
	case 'b':
		b.WriteByte('\b')
	case 'f':
		b.WriteByte('\f')
	case 'v':
		b.WriteByte('\v')
	case '0':
		b.WriteByte(0)
	case '\r':
		// A line continuation: nothing.
		if r.atByte('\n') {
			r.i++
		}
	case '\n':
	case 'x':
		if n, ok := hexAt(r.s, r.i, 2); ok {
			b.WriteRune(rune(n))
			r.i += 2
		} else {
			b.WriteByte('x')
		}
	case 'u':
		b.WriteRune(r.unicodeEscape())
	default:
		// \" \' \\ \/ and any other character stand for themselves
		// (U+2028 and U+2029 after a backslash are continuations).
		r.i--
		ru, n := utf8.DecodeRuneInString(r.s[r.i:])
		r.i += n
		if ru != 0x2028 && ru != 0x2029 {
			b.WriteString(r.s[r.i-n : r.i])
		}
	}
}

// unicodeEscape reads the rest of \uXXXX (a surrogate pair joined) or
// \u{X...}; a lone surrogate or a bad escape is U+FFFD.
func (r *codeReader) unicodeEscape() rune {
	if r.atByte('{') {
		j := strings.IndexByte(r.s[r.i:], '}')
		if j < 2 || j > 7 {
			return utf8.RuneError
		}
		n, err := strconv.ParseUint(r.s[r.i+1:r.i+j], 16, 32)
		r.i += j + 1
		if err != nil || n > unicode.MaxRune {
			return utf8.RuneError
		}
		return rune(n)
	}
	n, ok := hexAt(r.s, r.i, 4)
	if !ok {
		return utf8.RuneError
	}
	r.i += 4
	if n >= 0xD800 && n < 0xDC00 && r.at(`\u`) {
		if lo, ok := hexAt(r.s, r.i+2, 4); ok && lo >= 0xDC00 && lo < 0xE000 {
			r.i += 6
			return rune(0x10000 + (n-0xD800)<<10 + (lo - 0xDC00))
		}
	}
	if n >= 0xD800 && n < 0xE000 {
		return utf8.RuneError
	}
	return rune(n)
}

// hexAt reads n hex digits at s[i:].
func hexAt(s string, i, n int) (int, bool) {
	if i+n > len(s) {
		return 0, false
	}
	v, err := strconv.ParseUint(s[i:i+n], 16, 32)
	return int(v), err == nil
}

// number reads a numeric literal (decimal, 0x/0o/0b, with _ separators,
// a BigInt's n dropped) as float64, as encoding/json reads numbers.
func (r *codeReader) number() any {
	start := r.i
	for r.i < len(r.s) {
		c := r.s[r.i]
		if c >= '0' && c <= '9' || c == '.' || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' ||
			(c == '+' || c == '-') && (r.s[r.i-1] == 'e' || r.s[r.i-1] == 'E') && !strings.HasPrefix(r.s[start:], "0x") && !strings.HasPrefix(r.s[start:], "0X") {
			r.i++
			continue
		}
		break
	}
	lit := strings.ReplaceAll(r.s[start:r.i], "_", "")
	lit = strings.TrimSuffix(lit, "n")
	if len(lit) > 2 && lit[0] == '0' && strings.IndexByte("xXoObB", lit[1]) >= 0 {
		if n, err := strconv.ParseInt(lit, 0, 64); err == nil {
			return float64(n)
		}
		return nil
	}
	f, err := strconv.ParseFloat(lit, 64)
	if err != nil || strings.ContainsAny(lit, "iInN") {
		// (ParseFloat takes "inf" and "nan"; JavaScript's literals do not.)
		return nil
	}
	return f
}

// sep reads what follows a list's item: a comma, or the list's closer
// (left for the list's loop to read); anything else spoils the reading.
func (r *codeReader) sep(closer byte) {
	r.ws()
	switch {
	case r.atByte(','):
		r.i++
	case r.atByte(closer):
	default:
		r.bad = true
	}
}

// object reads an object literal: keys named, quoted, numeric or
// computed, shorthand members, spreads; methods and accessors are
// skipped.
func (r *codeReader) object(env *codeEnv) any {
	r.i++
	if !r.enter() {
		return nil
	}
	defer r.leave()
	o := &codeObj{m: map[string]any{}}
	for !r.bad {
		r.ws()
		if r.i >= len(r.s) {
			r.bad = true
			return nil
		}
		if r.atByte('}') {
			r.i++
			return o
		}
		if r.at("...") {
			r.i += 3
			if src, ok := r.expr(env).(*codeObj); ok {
				for _, k := range src.keys {
					o.set(k, src.m[k])
				}
			}
		} else {
			r.member(env, o)
		}
		r.sep('}')
	}
	return nil
}

// member reads one "key: value" (or shorthand, or method) into o.
func (r *codeReader) member(env *codeEnv, o *codeObj) {
	var key string
	named := false
	switch c := r.s[r.i]; {
	case c == '"' || c == '\'':
		s, ok := r.str(c)
		if !ok {
			r.bad = true
			return
		}
		key = s
	case c >= '0' && c <= '9' || c == '.':
		f, ok := r.number().(float64)
		if !ok {
			r.bad = true
			return
		}
		key = numberKey(f)
	case c == '[':
		r.i++
		k := r.expr(env)
		r.ws()
		if !r.atByte(']') {
			r.bad = true
			return
		}
		r.i++
		key, _ = propName(k)
	default:
		key = r.ident()
		if key == "" {
			r.bad = true
			return
		}
		named = true
	}
	r.ws()
	switch {
	case r.atByte(':'):
		r.i++
		v := r.expr(env)
		if key != "" {
			o.set(key, v)
		}
	case named && (r.atByte(',') || r.atByte('}')):
		v, _ := env.lookup(key)
		o.set(key, v)
	default:
		// A method, a getter or setter, an async or generator method:
		// code, skipped to the next member.
		r.skip(",")
	}
}

// array reads an array literal, holes and spreads included.
func (r *codeReader) array(env *codeEnv) any {
	r.i++
	if !r.enter() {
		return nil
	}
	defer r.leave()
	a := &codeArr{}
	for !r.bad {
		r.ws()
		switch {
		case r.i >= len(r.s):
			r.bad = true
			return nil
		case r.atByte(']'):
			r.i++
			return a
		case r.atByte(','):
			r.i++
			a.a = append(a.a, nil)
			continue
		case r.at("..."):
			r.i += 3
			if src, ok := r.expr(env).(*codeArr); ok {
				a.a = append(a.a, src.a...)
			}
		default:
			a.a = append(a.a, r.expr(env))
		}
		r.sep(']')
	}
	return nil
}

// paren reads a parenthesised expression; arrow functions' parameter
// lists and comma sequences are skipped, and read as null.
func (r *codeReader) paren(env *codeEnv) any {
	open := r.i
	r.i++
	v := r.expr(env)
	if r.bad {
		return nil
	}
	r.ws()
	if !r.atByte(')') {
		r.i = open
		r.skipGroup()
		v = nil
	} else {
		r.i++
	}
	r.ws()
	if r.at("=>") {
		r.i += 2
		r.ws()
		if r.atByte('{') {
			r.skipGroup()
		} else {
			r.skip(",;")
		}
		return nil
	}
	return v
}

// function reads a function expression after its keyword: its
// parameters, and its body's bounds (skipped now, read when called).
func (r *codeReader) function(env *codeEnv) any {
	r.ws()
	if r.atByte('*') {
		r.i++
		r.ws()
	}
	r.lastName = r.ident()
	r.ws()
	if !r.atByte('(') {
		r.bad = true
		return nil
	}
	f := &codeFn{env: env}
	open := r.i
	r.i++
	for !r.bad {
		r.ws()
		if r.atByte(')') {
			r.i++
			break
		}
		p := r.ident()
		r.ws()
		if p == "" || !(r.atByte(',') || r.atByte(')')) {
			f.unreadable = true
			r.i = open
			r.skipGroup()
			break
		}
		f.params = append(f.params, p)
		if r.atByte(',') {
			r.i++
		}
	}
	r.ws()
	if r.bad || !r.atByte('{') {
		r.bad = true
		return nil
	}
	f.body = r.i + 1
	r.skipGroup()
	f.end = r.i - 1
	return f
}

// call reads a call's arguments and makes it when the callee is a
// function expression read or a builtin that builds a value; other
// calls are skipped and read as null.
func (r *codeReader) call(env *codeEnv, callee any) any {
	switch f := callee.(type) {
	case *codeFn:
		return r.invoke(f, r.args(env))
	case codeName:
		switch f {
		case "Object", "Object.freeze", "Object.assign", "Object.create", "Array", "JSON.parse":
			return codeBuiltin(r, string(f), r.args(env))
		}
	}
	r.skipGroup()
	return nil
}

// args reads an argument list.
func (r *codeReader) args(env *codeEnv) []any {
	r.i++
	var out []any
	for !r.bad {
		r.ws()
		if r.atByte(')') {
			r.i++
			return out
		}
		if r.at("...") {
			r.i += 3
			if a, ok := r.expr(env).(*codeArr); ok {
				out = append(out, a.a...)
			}
		} else {
			out = append(out, r.expr(env))
		}
		r.sep(')')
	}
	return nil
}

// codeBuiltin makes a call to a builtin that only builds a value.
func codeBuiltin(r *codeReader, name string, args []any) any {
	arg := func(i int) any {
		if i < len(args) {
			return args[i]
		}
		return nil
	}
	switch name {
	case "Object", "Object.freeze":
		return arg(0)
	case "Object.assign":
		t, ok := arg(0).(*codeObj)
		if !ok {
			return nil
		}
		for _, x := range args[1:] {
			if s, ok := x.(*codeObj); ok {
				for _, k := range s.keys {
					t.set(k, s.m[k])
				}
			}
		}
		return t
	case "Object.create":
		// Object.create(null, {key: {value: v, writable: true, ...}}).
		o := &codeObj{m: map[string]any{}}
		if d, ok := arg(1).(*codeObj); ok {
			for _, k := range d.keys {
				if p, ok := d.m[k].(*codeObj); ok {
					o.set(k, p.m["value"])
				}
			}
		}
		return o
	case "Array", "new Array":
		if f, ok := arg(0).(float64); ok && len(args) == 1 {
			if f < 0 || f != float64(int(f)) || f > maxAppCodeNodes {
				return nil
			}
			r.spend(int(f))
			return &codeArr{a: make([]any, int(f))}
		}
		return &codeArr{a: args}
	case "new Set":
		if a, ok := arg(0).(*codeArr); ok {
			return &codeArr{a: append([]any(nil), a.a...)}
		}
		return &codeArr{}
	case "new Map":
		o := &codeObj{m: map[string]any{}}
		if a, ok := arg(0).(*codeArr); ok {
			for _, x := range a.a {
				if kv, ok := x.(*codeArr); ok && len(kv.a) == 2 {
					if k, ok := propName(kv.a[0]); ok {
						o.set(k, kv.a[1])
					}
				}
			}
		}
		return o
	case "new Object":
		return &codeObj{m: map[string]any{}}
	case "JSON.parse":
		s, ok := arg(0).(string)
		if !ok {
			return nil
		}
		r.spend(len(s))
		var v any
		if json.Unmarshal([]byte(s), &v) != nil {
			return nil
		}
		return v
	}
	return nil
}

// newExpr reads "new C(args)" after its keyword: Array, Map, Set and
// Object build values; Date, URL, RegExp and the rest read as null.
func (r *codeReader) newExpr(env *codeEnv) any {
	r.ws()
	var name strings.Builder
	for {
		id := r.ident()
		if id == "" {
			r.bad = true
			return nil
		}
		name.WriteString(id)
		r.ws()
		if !r.atByte('.') {
			break
		}
		r.i++
		name.WriteByte('.')
		r.ws()
	}
	n := "new " + name.String()
	switch n {
	case "new Array", "new Map", "new Set", "new Object":
		var args []any
		if r.atByte('(') {
			args = r.args(env)
		}
		return codeBuiltin(r, n, args)
	}
	if r.atByte('(') {
		r.skipGroup()
	}
	return nil
}

// invoke calls a function expression read: its parameters are bound to
// the arguments, and its body's statements read up to its return.
func (r *codeReader) invoke(f *codeFn, args []any) any {
	if f.unreadable || r.calls >= maxAppCodeCalls || r.bad {
		return nil
	}
	r.spend(f.end - f.body)
	env := &codeEnv{vars: make(map[string]any, len(f.params)), up: f.env}
	for i, p := range f.params {
		var v any
		if i < len(args) {
			v = args[i]
		}
		env.vars[p] = v
	}
	save := r.i
	r.i = f.body
	r.calls++
	v, _ := r.statements(env)
	r.calls--
	r.i = save
	return v
}

// statements reads statements up to the "}" closing their block, and
// returns the value of a return met.
func (r *codeReader) statements(env *codeEnv) (any, bool) {
	for !r.bad {
		r.ws()
		if r.i >= len(r.s) || r.atByte('}') {
			return nil, false
		}
		from := r.i
		if v, ok := r.statement(env); ok {
			return v, true
		}
		r.ws()
		if r.atByte(';') {
			r.i++
		}
		if r.i == from {
			r.skip(";")
			if r.i == from {
				r.i++
			}
		}
	}
	return nil, false
}

// statement reads one statement: return, var/let/const, a block, a
// function declaration, or an expression (assignments made); other
// statements (if, for, try, ...) are skipped.
func (r *codeReader) statement(env *codeEnv) (any, bool) {
	switch {
	case r.atByte(';'):
		r.i++
	case r.atByte('{'):
		r.i++
		if v, ok := r.statements(env); ok {
			return v, true
		}
		if r.atByte('}') {
			r.i++
		}
	case r.keyword("return"):
		r.i += len("return")
		r.ws()
		if r.atByte(';') || r.atByte('}') {
			return nil, true
		}
		return r.expr(env), true
	case r.keyword("var") || r.keyword("let") || r.keyword("const"):
		r.ident()
		for !r.bad {
			r.ws()
			name := r.ident()
			if name == "" {
				// Destructuring: skipped.
				r.skip(";")
				return nil, false
			}
			r.ws()
			var v any
			if r.atByte('=') {
				r.i++
				v = r.expr(env)
			}
			env.vars[name] = v
			r.ws()
			if !r.atByte(',') {
				break
			}
			r.i++
		}
	case r.keyword("function"):
		r.i += len("function")
		f := r.function(env)
		if r.lastName != "" {
			env.vars[r.lastName] = f
		}
	case r.keyword("if") || r.keyword("for") || r.keyword("while") || r.keyword("do") || r.keyword("switch") ||
		r.keyword("try") || r.keyword("throw") || r.keyword("class") || r.keyword("break") || r.keyword("continue"):
		r.skip(";")
	default:
		r.expr(env)
	}
	return nil, false
}

// skip advances over source, keeping to strings, comments, regular
// expressions and brackets, to a byte of stops outside brackets or to an
// unmatched closing bracket (neither consumed).
func (r *codeReader) skip(stops string) {
	start := r.i
	depth := 0
	prev := byte('(') // the last byte seen outside white space
	for r.i < len(r.s) && !r.bad {
		c := r.s[r.i]
		switch {
		case c == '"' || c == '\'' || c == '`':
			r.skipString(c)
			prev = '"'
			continue
		case c == '/' && r.i+1 < len(r.s) && (r.s[r.i+1] == '/' || r.s[r.i+1] == '*'):
			r.ws()
			continue
		case c == '/' && strings.IndexByte("(,=:[!&|?{};+-*%<>~^", prev) >= 0:
			r.skipRegex()
			prev = '/'
			continue
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']' || c == '}':
			if depth == 0 {
				r.spend(r.i - start)
				return
			}
			depth--
		case depth == 0 && strings.IndexByte(stops, c) >= 0:
			r.spend(r.i - start)
			return
		}
		if c > ' ' {
			prev = c
		}
		r.i++
	}
	r.spend(r.i - start)
}

// skipGroup skips a bracketed group from its opening bracket to after its
// closing one.
func (r *codeReader) skipGroup() {
	r.i++
	r.skip("")
	if r.i >= len(r.s) {
		r.bad = true
		return
	}
	r.i++
}

// skipString skips a string literal (a template's substitutions too).
func (r *codeReader) skipString(q byte) {
	r.i++
	for r.i < len(r.s) && !r.bad {
		c := r.s[r.i]
		switch {
		case c == '\\':
			r.i += 2
			continue
		case c == q:
			r.i++
			return
		case q == '`' && r.at("${"):
			r.i += 2
			r.skip("")
			if r.atByte('}') {
				r.i++
			}
			continue
		case (c == '\n' || c == '\r') && q != '`':
			// Unterminated: the line ends it.
			return
		}
		r.i++
	}
	r.i = min(r.i, len(r.s))
}

// skipRegex skips a regular expression literal and its flags.
func (r *codeReader) skipRegex() {
	r.i++
	class := false
	for r.i < len(r.s) {
		c := r.s[r.i]
		switch {
		case c == '\\':
			r.i++
		case c == '\n':
			return
		case c == '[':
			class = true
		case c == ']':
			class = false
		case c == '/' && !class:
			r.i++
			r.ident()
			return
		}
		r.i++
	}
	r.i = min(r.i, len(r.s))
}

// codeTree builds the JSON tree from the values read: objects and arrays
// shared in the script are copied where they are used, a cycle is cut
// (null where an object would hold itself), and the tree is cut at
// maxAppCodeNodes, so that every walk over it is as bounded as over JSON.
type codeTree struct {
	nodes int
	path  map[any]bool
}

func (t *codeTree) build(v any, depth int) any {
	if t.nodes >= maxAppCodeNodes {
		return nil
	}
	t.nodes++
	switch x := v.(type) {
	case *codeObj:
		if t.path[x] || depth > maxAppCodeDepth {
			return nil
		}
		t.path[x] = true
		m := make(map[string]any, len(x.keys))
		for _, k := range x.keys {
			if t.nodes >= maxAppCodeNodes {
				break
			}
			m[k] = t.build(x.m[k], depth+1)
		}
		delete(t.path, x)
		return m
	case *codeArr:
		if t.path[x] || depth > maxAppCodeDepth {
			return nil
		}
		t.path[x] = true
		a := make([]any, 0, len(x.a))
		for _, e := range x.a {
			if t.nodes >= maxAppCodeNodes {
				break
			}
			a = append(a, t.build(e, depth+1))
		}
		delete(t.path, x)
		return a
	case codeName, *codeFn:
		return nil
	}
	// Strings, numbers, booleans, null, and the JSON trees of JSON.parse.
	return v
}

// appCodeState reads a script's app state written as code (rule
// "app-state-code"): an assignment to one of globals (the
// appStateGlobals the script names, in their order), or SvelteKit's
// hydration data.
func appCodeState(data string, globals []string) (appScript, bool) {
	for _, g := range globals {
		if v, ok := assignedCode(data, g); ok {
			return appScript{name: g, v: v}, true
		}
	}
	if i := strings.Index(data, "__sveltekit_"); i >= 0 {
		// const data = [null,{type:"data",data:{...}}]; (or data: [...]
		// inside the start call of older versions).
		from := i
		for tries := 0; tries < 8; tries++ {
			j := strings.Index(data[from:], "data")
			if j < 0 {
				break
			}
			at := from + j + len("data")
			from = at
			if c := data[at-len("data")-1]; c == '_' || c == '.' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				continue
			}
			rest := strings.TrimLeft(data[at:], " \t\r\n")
			if !strings.HasPrefix(rest, "=") && !strings.HasPrefix(rest, ":") {
				continue
			}
			rest = strings.TrimLeft(rest[1:], " \t\r\n")
			if !strings.HasPrefix(rest, "[") {
				continue
			}
			if v, ok := appCodeValue(data, len(data)-len(rest)); ok {
				return appScript{name: "sveltekit", v: v}, true
			}
		}
	}
	return appScript{}, false
}

// assignedCode finds "name = <expression>" in a script, as assignedJSON
// does, and reads the expression as code.
func assignedCode(data, name string) (any, bool) {
	for rest := range assignments(data, name) {
		if isJSONValue(rest) {
			// JSON is the JSON path's (assignedJSON): there it failed
			// its look (mayHoldBody), and is not read again as code.
			continue
		}
		if v, ok := appCodeValue(data, len(data)-len(rest)); ok {
			return v, true
		}
	}
	return nil, false
}

// isJSONValue reports whether s starts with JSON in braces or brackets, or
// JSON.parse of a JSON string.
func isJSONValue(s string) bool {
	if p, ok := strings.CutPrefix(s, "JSON.parse("); ok {
		return strings.HasPrefix(p, `"`) && json.NewDecoder(strings.NewReader(p)).Decode(new(string)) == nil
	}
	if s == "" || (s[0] != '{' && s[0] != '[') {
		return false
	}
	return json.NewDecoder(strings.NewReader(s)).Decode(new(json.RawMessage)) == nil
}
