#!/usr/bin/env bash
# Gate: syndicated copies and story clustering (issue 6) on
# ../shared/bench/clusters with `lede bench cluster`. Floors sit just under
# what one configuration reached (2026-11-28, with the neighbourhood boost,
# whole figures, URL months, lone words, weekday clashes and agreements:
# allsides_roundups_2021 stories BCubed F1 0.830, newswcl50 1.000, wikiref220 0.927 (reported, coarser
# topics), synthetic_syndication copies ARI 1.0000; 2026-11-29, rule date-clash:
# allsides 0.836, wikiref220 0.931); raise them as
# clustering improves. Also checks that results do
# not depend on the input: the set shuffled under fresh random ids scores
# the same. Skips when ../shared is absent. About 10 seconds.
. "$(dirname "$0")/../lib.sh"
sets=$shared/clusters
need_shared "$sets/newswcl50/docs.jsonl"

bf1() { sed -n 's/^BCubed .*F1 \([0-9.]*\).*/\1/p' "$1" | head -1; }
ari() { sed -n 's/^ARI \([0-9.]*\).*/\1/p' "$1" | head -1; }

run() { # SET MODE
  "$bin" bench cluster --docs "$sets/$1" --mode "$2" --out "$tmp/$1.$2.tsv" | tee "$tmp/$1.$2.txt"
}
run allsides_roundups_2021 stories
check "allsides_roundups_2021 stories BCubed F1" "$(bf1 "$tmp/allsides_roundups_2021.stories.txt")" 83.3
run newswcl50 stories
check "newswcl50 stories BCubed F1" "$(bf1 "$tmp/newswcl50.stories.txt")" 97.0
run wikiref220 stories
check "wikiref220 stories BCubed F1 (coarse topics)" "$(bf1 "$tmp/wikiref220.stories.txt")" 92.8
run synthetic_syndication copies
check "synthetic_syndication copies ARI" "$(ari "$tmp/synthetic_syndication.copies.txt")" 0.998

# Predictions agree with the reference scorer when python3 is there.
if command -v python3 >/dev/null; then
  py=$(python3 "$shared/score_clusters.py" "$sets/allsides_roundups_2021" "$tmp/allsides_roundups_2021.stories.tsv" | sed -n 's/^BCubed .*F1 \([0-9.]*\).*/\1/p')
  [ "$py" = "$(bf1 "$tmp/allsides_roundups_2021.stories.txt")" ] || { echo "FAIL score_clusters.py says BCubed F1 $py"; fail=1; }

  # No copy group may mix two outlets' independent reports of one event
  # (the set's hard negatives): every predicted group within one gold group.
  mixed=$(python3 - "$sets/synthetic_syndication/gold.tsv" "$tmp/synthetic_syndication.copies.tsv" <<'PY'
import sys
gold = dict(l.rstrip("\n").split("\t")[:2] for l in open(sys.argv[1]) if l.strip())
groups = {}
for l in open(sys.argv[2]):
    i, g = l.rstrip("\n").split("\t")[:2]
    groups.setdefault(g, set()).add(gold.get(i))
print(sum(1 for s in groups.values() if len(s) > 1))
PY
)
  if [ "$mixed" = 0 ]; then echo "ok   synthetic_syndication: no copy group mixes independent reports"; else
    echo "FAIL synthetic_syndication: $mixed copy groups mix independent reports"; fail=1; fi

  # Order and ids carry no information: shuffle, rename, score again.
  for s in allsides_roundups_2021:stories synthetic_syndication:copies; do
    set_=${s%%:*}; mode=${s##*:}
    mkdir -p "$tmp/shuf-$set_"
    python3 - "$sets/$set_/docs.jsonl" "$tmp/shuf-$set_" <<'PY'
import json, random, sys
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
rnd = random.Random(20261126)
rnd.shuffle(docs)
with open(sys.argv[2] + "/docs.jsonl", "w", encoding="utf-8") as f, open(sys.argv[2] + "/gold.tsv", "w", encoding="utf-8") as g:
    for i, d in enumerate(docs):
        nid = "x%06d%04x" % (i, rnd.getrandbits(16))
        g.write("%s\t%s\n" % (nid, d.pop("cluster")))
        d["id"] = nid
        f.write(json.dumps(d) + "\n")
PY
    "$bin" bench cluster --docs "$tmp/shuf-$set_" --mode "$mode" --out "$tmp/shuf-$set_.tsv" > "$tmp/shuf-$set_.txt"
    a=$(grep -E '^(BCubed|ARI)' "$tmp/$set_.$mode.txt"); b=$(grep -E '^(BCubed|ARI)' "$tmp/shuf-$set_.txt")
    if [ "$a" = "$b" ]; then echo "ok   $set_ $mode: same figures shuffled under fresh ids"; else
      echo "FAIL $set_ $mode: figures change when shuffled:"; echo "$a"; echo "$b"; fail=1; fi
  done
fi
exit $fail
