package score

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
)

// The reference scorers are Python; these helpers give Go the few Python
// behaviours the figures depend on: str() of a JSON value, truthiness, float
// repr, and universal-newline line splitting.

// decodeJSON decodes one JSON value keeping numbers as json.Number, so that
// str() of an integer prints it as Python would.
func decodeJSON(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	return dec.Decode(v)
}

// pyStr is Python's str() of a value decoded from JSON.
func pyStr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case string:
		return x
	case bool:
		if x {
			return "True"
		}
		return "False"
	case json.Number:
		return pyNumber(x)
	case float64:
		return pyFloatRepr(x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = pyRepr(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys) // Python keeps file order; Go maps do not remember it
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = pyRepr(k) + ": " + pyRepr(x[k])
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return fmt.Sprint(v)
}

// pyRepr is Python's repr() for the JSON values pyStr nests.
func pyRepr(v any) string {
	if s, ok := v.(string); ok {
		if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
			return `"` + s + `"`
		}
		return "'" + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), "'", `\'`) + "'"
	}
	return pyStr(v)
}

// pyNumber prints a JSON number as Python's json module would have read it:
// an int when it has no fraction or exponent, else a float.
func pyNumber(n json.Number) string {
	s := string(n)
	if !strings.ContainsAny(s, ".eE") {
		var i big.Int
		if _, ok := i.SetString(s, 10); ok {
			return i.String()
		}
		return s
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		// Python turns out-of-range floats into inf.
		if math.IsInf(f, 0) {
			return pyFloatRepr(f)
		}
		return s
	}
	return pyFloatRepr(f)
}

// pyTruthy is Python's bool() of a value decoded from JSON.
func pyTruthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case string:
		return x != ""
	case bool:
		return x
	case json.Number:
		f, err := strconv.ParseFloat(string(x), 64)
		return err != nil || f != 0
	case float64:
		return x != 0
	case []any:
		return len(x) > 0
	case map[string]any:
		return len(x) > 0
	}
	return true
}

// pyFloatRepr is Python's repr() of a float: the shortest digits that read
// back, positional between 1e-4 and 1e16, with ".0" on whole numbers.
func pyFloatRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64) // [-]d[.ddd]e±XX
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	epos := strings.IndexByte(s, 'e')
	mant, exp := s[:epos], s[epos+1:]
	e, _ := strconv.Atoi(exp)
	digits := strings.Replace(mant, ".", "", 1)
	if e < -4 || e >= 16 {
		es := "+"
		if e < 0 {
			es, e = "-", -e
		}
		return fmt.Sprintf("%s%se%s%02d", sign, mant, es, e)
	}
	var out string
	switch {
	case e < 0:
		out = "0." + strings.Repeat("0", -e-1) + digits
	case e+1 >= len(digits):
		out = digits + strings.Repeat("0", e+1-len(digits)) + ".0"
	default:
		out = digits[:e+1] + "." + digits[e+1:]
	}
	return sign + out
}

// pyLines splits text into lines the way iterating over a file opened in
// Python's text mode does (universal newlines: \n, \r\n and \r end a line),
// without the line ends.
func pyLines(data []byte) []string {
	s := string(data)
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	lines := strings.Split(s, "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// pyTrueDiv is Python's a / b on ints: the exact quotient rounded once.
func pyTrueDiv(a, b int64) float64 {
	const exact = 1 << 53
	if a > -exact && a < exact && b > -exact && b < exact {
		return float64(a) / float64(b)
	}
	f, _ := new(big.Rat).SetFrac(big.NewInt(a), big.NewInt(b)).Float64()
	return f
}

// pySum adds floats left to right, as Python 3.11's sum() does (the reference
// Python; 3.12 moved to compensated summation, a difference far below 1e-9).
func pySum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}
