#!/usr/bin/env bash
# Gate: quote extraction and attribution on PolNeAR dev and GGT dev
# (../shared/bench/quotes).
# Floors sit just under what the rules reach (see `lede bench quotes`); raise
# them as the rules improve. Skips when ../shared is absent.
set -euo pipefail
cd "$(dirname "$0")/../.."
gold=../shared/bench/quotes/polnear-dev.jsonl
if [ ! -f "$gold" ]; then
  echo "skip: $gold not found"
  exit 0
fi
bin=.ci/bin/lede
[ -x "$bin" ] || { mkdir -p .ci/bin; go build -o "$bin" ./cmd/lede; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# check NAME VALUE FLOOR: fail when VALUE < FLOOR.
fail=0
check() {
  if awk -v v="$2" -v f="$3" 'BEGIN{exit !(v+0 < f+0)}'; then
    echo "FAIL $1 = $2 < floor $3"; fail=1
  else
    echo "ok   $1 = $2 (floor $3)"
  fi
}
field() { sed -n "s/^$1 .*$2=\([0-9.]*\).*/\1/p" "$3" | head -1; }

"$bin" bench quotes --gold "$gold" --out "$tmp/direct.jsonl" --direct-only | tee "$tmp/direct.txt"
check "polnear direct-only quote F1" "$(field quotes F1 "$tmp/direct.txt")" 0.86
check "polnear direct-only mention accuracy" "$(field mention accuracy "$tmp/direct.txt")" 0.90

"$bin" bench quotes --gold "$gold" --out "$tmp/all.jsonl" | tee "$tmp/all.txt"
check "polnear all quote F1" "$(field quotes F1 "$tmp/all.txt")" 0.62

ggt=../shared/bench/quotes/ggt-dev.jsonl
"$bin" bench quotes --gold "$ggt" --out "$tmp/ggt.jsonl" | tee "$tmp/ggt.txt"
check "ggt quote F1" "$(field quotes F1 "$tmp/ggt.txt")" 0.72
check "ggt quote F1 (30% rule)" "$(field ggt@0.3 F1 "$tmp/ggt.txt")" 0.78
check "ggt speaker name strict" "$(field name strict "$tmp/ggt.txt")" 0.86
exit $fail
