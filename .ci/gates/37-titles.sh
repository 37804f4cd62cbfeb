#!/usr/bin/env bash
# Gate: the titles Lede's text path reads off other extractors' texts
# (`lede bench extract --text-from`, title against the case's meta.title,
# case and spaces folded). readeck's go-readability leaves the headline out
# of most texts, so most first lines are no headline: a wrong title is
# worse than none, and the gate holds both the right titles (floor) and
# the wrong ones (ceiling). Measured 2026-11-27 with this gate's own output
# (internal/textclean rules title-*): readeck's extract/ texts 17 right, 62
# wrong (16 and 93 before the rules title-echo, -site-suffix, -prose, -date,
# -capitals, -chrome-run and the longer title-counter); WCXB 49 right, 362
# wrong (48 and 473 before).
# Cost: `time bash .ci/gates/37-titles.sh` (bench/peers built and cached)
# took 64 s wall, 43 s user on the shared 2-core machine (2026-11-27).
. "$(dirname "$0")/../lib.sh"
need_shared "$shared/extract/cases.jsonl" "$shared/extract-wcxb/cases.jsonl"
command -v python3 >/dev/null || { echo "skip: python3 not found (counts titles)"; exit 0; }

peers=$tmp/peers-bin
(cd bench/peers && GOWORK=off go build -mod=mod -o "$peers" .)

# titles CASES PRED: prints "right wrong" (titles given, compared with meta.title).
titles() {
  python3 - "$1" "$2" <<'PY'
import json, sys
fold = lambda s: " ".join((s or "").casefold().split())
gold = {}
for l in open(sys.argv[1]):
    c = json.loads(l)
    gold[c["id"]] = (c.get("meta") or {}).get("title")
right = wrong = 0
for l in open(sys.argv[2]):
    p = json.loads(l)
    g, t = gold.get(p["id"]), p.get("title")
    if g and t:
        if fold(g) == fold(t):
            right += 1
        else:
            wrong += 1
print(right, wrong)
PY
}

run_set() { # SET: readeck's predictions, Lede's text path on them, then "right wrong"
  local cases=$shared/$1/cases.jsonl
  "$peers" --cases "$cases" --peer readeck --out-dir "$tmp/$1" > /dev/null
  "$bin" bench extract --cases "$cases" --text-from "$tmp/$1/readeck.jsonl" --out "$tmp/$1.pred.jsonl" > /dev/null
  titles "$cases" "$tmp/$1.pred.jsonl"
}

read -r er ew <<< "$(run_set extract)"
read -r wr ww <<< "$(run_set extract-wcxb)"
check "readeck text: extract titles right" "$er" 16
ceiling "readeck text: extract titles wrong" "$ew" 65
check "readeck text: wcxb titles right" "$wr" 47
ceiling "readeck text: wcxb titles wrong" "$ww" 368
exit $fail
