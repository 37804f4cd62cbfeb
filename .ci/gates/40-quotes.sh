#!/usr/bin/env bash
# Gate: quote extraction and attribution on PolNeAR dev and GGT dev
# (../shared/bench/quotes).
# Floors sit just under what the rules reach (see `lede bench quotes`); raise
# them as the rules improve. Skips when ../shared is absent.
. "$(dirname "$0")/../lib.sh"
gold=$shared/quotes/polnear-dev.jsonl
need_shared "$gold" "$shared/quotes/ggt-dev.jsonl"

field() { sed -n "s/^$1 .*$2=\([0-9.]*\).*/\1/p" "$3" | head -1; }

"$bin" bench quotes --gold "$gold" --out "$tmp/direct.jsonl" --direct-only | tee "$tmp/direct.txt"
check "polnear direct-only quote F1" "$(field quotes F1 "$tmp/direct.txt")" 0.885
check "polnear direct-only mention accuracy" "$(field mention accuracy "$tmp/direct.txt")" 0.922

"$bin" bench quotes --gold "$gold" --out "$tmp/all.jsonl" | tee "$tmp/all.txt"
check "polnear all quote F1" "$(field quotes F1 "$tmp/all.txt")" 0.670
check "polnear all mention accuracy" "$(field mention accuracy "$tmp/all.txt")" 0.905

ggt=$shared/quotes/ggt-dev.jsonl
"$bin" bench quotes --gold "$ggt" --out "$tmp/ggt.jsonl" | tee "$tmp/ggt.txt"
check "ggt quote F1" "$(field quotes F1 "$tmp/ggt.txt")" 0.837
check "ggt quote F1 (30% rule)" "$(field ggt@0.3 F1 "$tmp/ggt.txt")" 0.880
check "ggt speaker name strict" "$(field name strict "$tmp/ggt.txt")" 0.907
exit $fail
