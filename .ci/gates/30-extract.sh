#!/usr/bin/env bash
# Gate: the HTML engine's own floors (internal/htmlextract), on
# ../shared/bench/extract and extract-wcxb via `lede bench extract`.
# Floors sit just under what the engine reached when they were set
# (2026-11-26: body F1 0.983, snippets F1 0.926, words F1 0.857,
# words_article F1 0.952, allocation 0.97 MB/page on extract/, 1.6 on
# WCXB); raise them as the engine improves. Allocation is gated against
# readeck go-readability's (1.13 and 2.3 MB/page). Speed is not gated here:
# CI machines are shared and timings noisy (`lede bench extract --peers`
# reports the ratios). Skips when ../shared is absent. About a minute.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=../shared/bench
if [ ! -f "$shared/extract/cases.jsonl" ] || [ ! -f "$shared/extract-wcxb/cases.jsonl" ]; then
  echo "skip: $shared/extract or extract-wcxb not found"
  exit 0
fi
bin=.ci/bin/lede
[ -x "$bin" ] || { mkdir -p .ci/bin; go build -o "$bin" ./cmd/lede; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail=0
check() { # NAME VALUE FLOOR
  if [ -z "$2" ] || awk -v v="$2" -v f="$3" 'BEGIN{exit !(v+0 < f+0)}'; then
    echo "FAIL $1 = ${2:-missing} < floor $3"; fail=1
  else
    echo "ok   $1 = $2 (floor $3)"
  fi
}
ceiling() { # NAME VALUE CEILING
  if [ -z "$2" ] || awk -v v="$2" -v f="$3" 'BEGIN{exit !(v+0 > f+0)}'; then
    echo "FAIL $1 = ${2:-missing} > ceiling $3"; fail=1
  else
    echo "ok   $1 = $2 (ceiling $3)"
  fi
}
f1() { sed -n "s/^$1 .*  F1=\([0-9.]*\).*/\1/p" "$2" | head -1; }
alloc() { sed -n 's/^lede .* alloc \([0-9.]*\) MB\/page.*/\1/p' "$1" | head -1; }
errors() { sed -n 's/^lede .* errors=\([0-9]*\).*/\1/p' "$1" | head -1; }

for set in extract extract-wcxb; do
  "$bin" bench extract --cases "$shared/$set/cases.jsonl" --out "$tmp/$set.jsonl" > "$tmp/$set.txt"
  grep -v '^error ' "$tmp/$set.txt" || true
done
check "extract body F1" "$(f1 body "$tmp/extract.txt")" 0.978
check "extract snippets F1" "$(f1 snippets "$tmp/extract.txt")" 0.92
check "wcxb words F1" "$(f1 words "$tmp/extract-wcxb.txt")" 0.852
check "wcxb words_article F1" "$(f1 words_article "$tmp/extract-wcxb.txt")" 0.947
ceiling "extract alloc MB/page" "$(alloc "$tmp/extract.txt")" 1.13
ceiling "wcxb alloc MB/page" "$(alloc "$tmp/extract-wcxb.txt")" 2.3
# Pages with no content found: none of the extract/ pages, one WCXB page
# (a script-only shell with no description) when this was set.
ceiling "extract pages without content" "$(errors "$tmp/extract.txt")" 0
ceiling "wcxb pages without content" "$(errors "$tmp/extract-wcxb.txt")" 5
exit $fail
