#!/usr/bin/env bash
# Gate: rule "app-state" of the HTML engine (internal/htmlextract,
# appstate.go, appflight.go): article bodies of script-rendered pages read
# from their app state JSON. The bench pages all carry their article in the
# markup too (30-extract keeps them byte-identical), so this gate measures
# the rule on those carrying app state with their <body> stripped to its
# scripts (TestAppStateSkeleton). Floors sit just under what the rule reached
# when set (this gate's appstate-skeleton lines, before= -> after=;
# 2026-11-27: extract/ 23 pages, 0.221 without the rule -> 0.637;
# WCXB 157 pages, 0.065 -> 0.361; 0.369 since rule app-state-tree,
# e124887). Since rules app-state-code (appcode.go), app-state-json-body
# and app-state-angular, with SvelteKit and Angular state pages taken too:
# extract/ 26 pages 0.197 -> 0.653, WCXB 161 pages 0.070 -> 0.384 (163
# with Remix pages: 0.385); floors raised to just under. About 10 s.
. "$(dirname "$0")/../lib.sh"
need_shared "$shared/extract/cases.jsonl" "$shared/extract-wcxb/cases.jsonl"

for set in extract extract-wcxb; do
  LEDE_APPSTATE_CASES=$PWD/$shared/$set/cases.jsonl go test ./internal/htmlextract -count=1 \
    -run '^TestAppStateSkeleton$' -v > "$tmp/$set.txt" 2>&1 || { cat "$tmp/$set.txt"; echo "FAIL $set: test failed"; fail=1; }
  grep '^appstate-skeleton' "$tmp/$set.txt" | sed "s/^/$set: /" || true
done
after() { sed -n 's/^appstate-skeleton .* after=\([0-9.]*\).*/\1/p' "$1" | head -1; }
check "extract skeleton score" "$(after "$tmp/extract.txt")" 0.64
check "wcxb skeleton score" "$(after "$tmp/extract-wcxb.txt")" 0.375
exit $fail
