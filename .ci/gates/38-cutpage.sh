#!/usr/bin/env bash
# Gate: rule cut-plain-html (internal/input CutHTML) on the pages of
# ../shared/bench/extract and extract-wcxb: no complete page may be called
# cut (a whole copy would then never replace a stored one), and the pages
# cut at 10 random points each (fixed seed) must be caught. Figures when
# set (2026-11-27): 0 of 568 and 0 of 1,497 complete pages called cut;
# 98.2% and 98.5% of the cuts caught; floors 0.975. Since the review's
# narrowing (trailing comments, NULs, JSON; void last tags): 97.9% and
# 98.3%. Cost: `time bash .ci/gates/38-cutpage.sh` took 24 s wall when
# the test binary had to be built, 4.5 s wall (3.7 s user) with it
# cached as after CI's go test ./...; the measure itself is about a
# second, so sampling the pages would save little.
. "$(dirname "$0")/../lib.sh"
need_shared "$shared/extract/cases.jsonl" "$shared/extract-wcxb/cases.jsonl"

LEDE_CUT_CASES="$PWD/$shared/extract/cases.jsonl:$PWD/$shared/extract-wcxb/cases.jsonl" \
  go test ./internal/input -run '^TestCutHTMLBenchPages$' -count=1 -v > "$tmp/out.txt" 2>&1 || { cat "$tmp/out.txt"; echo "FAIL cut-plain-html test"; exit 1; }
grep 'cut-plain-html\|called cut:' "$tmp/out.txt" || true
fig() { sed -n "s/.*cut-plain-html $1: .*$2=\([0-9.]*\).*/\1/p" "$tmp/out.txt" | head -1; }
for set in extract extract-wcxb; do
  ceiling "$set complete pages called cut" "$(fig "$set" complete_called_cut)" 0
  check "$set random cuts caught" "$(fig "$set" rate)" 0.975
done
exit $fail
