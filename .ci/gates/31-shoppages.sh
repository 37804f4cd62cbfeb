#!/usr/bin/env bash
# Gate: the HTML engine on WCXB's shop and listing pages, by page type (the
# types issue 3's overall figure hides). Runs `lede bench extract` on
# ../shared/bench/extract-wcxb with --per-page and averages the per-page word
# F1 by the cases' page_type. Floors sit just under what the engine reached
# when they were set (2026-11-27, rule shop-policy-panel: product 0.7301,
# collection 0.7366, listing 0.7475, service 0.8371, forum 0.7951); raise
# them as the engine improves. About 20-60 s on a shared 2-core machine.
. "$(dirname "$0")/../lib.sh"
need_shared "$shared/extract-wcxb/cases.jsonl"
command -v python3 >/dev/null || { echo "skip: python3 not found"; exit 0; }

cases=$shared/extract-wcxb/cases.jsonl
"$bin" bench extract --cases "$cases" --out "$tmp/w.jsonl" --per-page "$tmp/pp.tsv" > "$tmp/w.txt"
python3 - "$cases" "$tmp/pp.tsv" > "$tmp/types.txt" <<'PY'
import json, sys
kind = {}
with open(sys.argv[1]) as f:
    for line in f:
        c = json.loads(line)
        kind[c["id"]] = c.get("page_type", "")
sums, counts = {}, {}
with open(sys.argv[2]) as f:
    for line in f:
        p = line.rstrip("\n").split("\t")
        if len(p) < 4 or p[1] != "words":
            continue
        P, R = float(p[2]), float(p[3])
        t = kind.get(p[0], "")
        sums[t] = sums.get(t, 0.0) + (2 * P * R / (P + R) if P + R else 0.0)
        counts[t] = counts.get(t, 0) + 1
for t in sorted(sums):
    print(t, counts[t], "%.4f" % (sums[t] / counts[t]))
PY
cat "$tmp/types.txt"
ty() { awk -v t="$1" '$1 == t { print $3 }' "$tmp/types.txt"; }
check "wcxb product words F1" "$(ty product)" 0.728
check "wcxb collection words F1" "$(ty collection)" 0.735
check "wcxb listing words F1" "$(ty listing)" 0.746
check "wcxb service words F1" "$(ty service)" 0.835
check "wcxb forum words F1" "$(ty forum)" 0.793
exit $fail
