package store

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"sort"
	"strings"
	"time"
)

// trackingParams are query parameters that only track the visitor and never
// select content; two URLs differing only in them are the same article.
// Example: https://x.org/a?utm_source=tw&id=3 and https://x.org/a?id=3.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "mc_cid": true, "mc_eid": true, "igshid": true, "yclid": true,
	"twclid": true, "ttclid": true, "_ga": true, "_gl": true, "_hsenc": true, "_hsmi": true,
	"mkt_tok": true, "oly_anon_id": true, "oly_enc_id": true, "vero_id": true,
	"ref_src": true, "ref_url": true, "cmpid": true, "ncid": true, "ocid": true,
	"sr_share": true, "spm": true, "at_medium": true, "at_campaign": true,
}

// isTracking reports whether a query parameter is a tracking one: the named
// ones above and every utm_* (utm_source, utm_medium, ...).
func isTracking(name string) bool {
	n := strings.ToLower(name)
	return strings.HasPrefix(n, "utm_") || trackingParams[n]
}

// CanonicalURL returns the form of a URL used to identify an article:
// scheme and host lower-cased, default port, fragment and tracking
// parameters dropped, remaining parameters sorted, an empty path as "/".
// A string that does not parse as an absolute URL is returned trimmed.
func CanonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if (u.Scheme == "http" && strings.HasSuffix(u.Host, ":80")) || (u.Scheme == "https" && strings.HasSuffix(u.Host, ":443")) {
		u.Host = u.Host[:strings.LastIndexByte(u.Host, ':')]
	}
	u.Fragment, u.RawFragment = "", ""
	u.User = nil
	if u.Path == "" {
		u.Path = "/"
	}
	if u.RawQuery != "" {
		parts := strings.Split(u.RawQuery, "&")
		kept := parts[:0]
		for _, p := range parts {
			if p == "" {
				continue
			}
			name, _, _ := strings.Cut(p, "=")
			if n, err := url.QueryUnescape(name); err == nil {
				name = n
			}
			if !isTracking(name) {
				kept = append(kept, p)
			}
		}
		sort.Strings(kept)
		u.RawQuery = strings.Join(kept, "&")
	}
	u.ForceQuery = false
	return u.String()
}

// idLen is the number of hex digits of an article id: 64 bits, so that a
// corpus of a hundred million articles has a collision chance under 1e-3.
const idLen = 16

// ArticleID returns the stable id of an article: from its canonical URL when
// it has one, else from its content hash (so the same text without a URL is
// one article however often it is ingested).
func ArticleID(rawURL, contentHash string) string {
	if c := CanonicalURL(rawURL); c != "" {
		sum := sha256.Sum256([]byte(c))
		return hex.EncodeToString(sum[:])[:idLen]
	}
	if len(contentHash) >= idLen {
		return contentHash[:idLen]
	}
	return contentHash
}

// ContentHash returns the hex SHA-256 of raw content: the same page fetched
// twice hashes the same, any changed byte makes a new version.
func ContentHash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// ParseTime reads a record date (YYYY-MM-DD or RFC 3339, the forms Date.Value
// takes) into UTC, with the original offset in seconds when the value gave
// one (nil for a bare date or an unparsable value).
func ParseTime(v string) (utc time.Time, offset *int, ok bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return time.Time{}, nil, false
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, v); err == nil {
			if strings.ContainsAny(v[10:], "Z+-") {
				_, off := t.Zone()
				return t.UTC(), &off, true
			}
			return t.UTC(), nil, true
		}
	}
	if t, err := time.Parse("2006-01-02", v); err == nil {
		return t, nil, true
	}
	return time.Time{}, nil, false
}

// ParseDay reads a command-line date bound: YYYY-MM-DD (midnight UTC; with
// end true, the last instant of that day) or RFC 3339.
func ParseDay(v string, end bool) (time.Time, error) {
	if t, err := time.Parse("2006-01-02", v); err == nil {
		if end {
			return t.Add(24*time.Hour - time.Nanosecond), nil
		}
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, v)
	if err != nil {
		return time.Time{}, &time.ParseError{Layout: "YYYY-MM-DD or RFC 3339", Value: v, Message: ": want YYYY-MM-DD or RFC 3339"}
	}
	return t.UTC(), nil
}
