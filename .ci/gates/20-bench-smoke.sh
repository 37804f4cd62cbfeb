#!/usr/bin/env bash
# Gate: `lede bench extract` end to end on ../shared/bench/extract and
# extract-wcxb. Checks that the runner writes a prediction per page, that its
# figures (Go port of the scorer) are the ones score_extract.py prints on the
# same predictions (when python3 is there), that the peers module still builds
# and runs, and that extraction stays above floors set just under what the
# engine reached when the gate was written (2026-11-26: body F1 0.945,
# snippets F1 0.888, words F1 0.808, words_article F1 0.939); raise them as the
# engine improves. Skips when ../shared is absent.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=../shared/bench
if [ ! -f "$shared/extract/cases.jsonl" ]; then
  echo "skip: $shared/extract/cases.jsonl not found"
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
field() { sed -n "s/^$1 .*  F1=\([0-9.]*\).*/\1/p" "$2" | head -1; }

for set in extract extract-wcxb; do
  cases=$shared/$set/cases.jsonl
  "$bin" bench extract --cases "$cases" --out "$tmp/$set.jsonl" > "$tmp/$set.txt"
  grep -v '^error ' "$tmp/$set.txt"
  n_cases=$(grep -c . "$cases"); n_pred=$(grep -c . "$tmp/$set.jsonl")
  [ "$n_cases" = "$n_pred" ] || { echo "FAIL $set: $n_pred predictions for $n_cases cases"; fail=1; }
  if command -v python3 >/dev/null; then
    python3 $shared/score_extract.py "$cases" "$tmp/$set.jsonl" > "$tmp/$set.py.txt"
    # the port's lines are the scorer's lines, between the header and the speed table
    sed -n '2,/^meta /p' "$tmp/$set.txt" > "$tmp/$set.go.txt"
    if diff "$tmp/$set.py.txt" "$tmp/$set.go.txt"; then
      echo "ok   $set: Go scorer port prints what score_extract.py prints"
    else
      echo "FAIL $set: Go scorer port and score_extract.py disagree"; fail=1
    fi
  fi
done
check "extract body F1" "$(field body "$tmp/extract.txt")" 0.93
check "extract snippets F1" "$(field snippets "$tmp/extract.txt")" 0.87
check "wcxb words F1" "$(field words "$tmp/extract-wcxb.txt")" 0.79
check "wcxb words_article F1" "$(field words_article "$tmp/extract-wcxb.txt")" 0.92

# stripped cases (no gold) still run and write predictions, without scores
if command -v python3 >/dev/null; then
  head -n 5 $shared/extract/cases.jsonl | python3 -c '
import json, os, sys
d = os.path.abspath(sys.argv[1])
for l in sys.stdin:
    c = json.loads(l)
    c = {k: c[k] for k in ("id", "set", "url", "page") if k in c}
    c["page"] = os.path.join(d, c["page"])
    print(json.dumps(c))
' $shared/extract > "$tmp/stripped.jsonl"
  "$bin" bench extract --cases "$tmp/stripped.jsonl" --out "$tmp/stripped.pred.jsonl" > "$tmp/stripped.txt"
  if grep -q ' F1=' "$tmp/stripped.txt" || [ "$(grep -c . "$tmp/stripped.pred.jsonl")" != 5 ]; then
    echo "FAIL stripped cases: scores printed or predictions missing"; fail=1
  else
    echo "ok   stripped cases: 5 predictions, no scores"
  fi
fi

# the peers module builds and runs on a few pages (its build is cached after the first run)
"$bin" bench extract --cases $shared/extract/cases.jsonl --set scrapinghub --limit 5 --peers --out "$tmp/peers.jsonl" > "$tmp/peers.txt"
for p in readeck trafilatura; do
  grep -q "^== $p" "$tmp/peers.txt" && [ -s "$tmp/peers.peers/$p.jsonl" ] || { echo "FAIL peers: no $p run"; fail=1; }
done
grep -A3 '^== ratios' "$tmp/peers.txt" || { echo "FAIL peers: no ratios"; fail=1; }
exit $fail
