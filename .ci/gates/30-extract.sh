#!/usr/bin/env bash
# Gate: the HTML engine (issue 3) on ../shared/bench/extract and extract-wcxb
# via `lede bench extract`. Floors sit just under what the engine reached when
# they were set (2026-11-26, seventh pass: body F1 0.984, snippets F1 0.942,
# meta title/author/date 0.889/0.812/0.933 on extract/; 2026-11-28, twenty-sixth
# stop: WCXB words F1 0.885, words_article 0.959, title/author/date
# 0.811/0.851/0.928); raise them as the engine improves.
# Allocation is gated against readeck go-readability's (1.13 and 2.3 MB/page).
# Speed is not gated: CI machines are shared and timings noisy
# (`lede bench extract --peers` reports the ratios). Also checks that the Go
# scorer port prints what score_extract.py prints, that cases stripped of
# their gold still run, and that the peers module builds and runs.
. "$(dirname "$0")/../lib.sh"
need_shared "$shared/extract/cases.jsonl" "$shared/extract-wcxb/cases.jsonl"

f1() { sed -n "s/^$1 .*  F1=\([0-9.]*\).*/\1/p" "$2" | head -1; }
meta() { sed -n "s/^meta .*$1=\([0-9.]*\)\/.*/\1/p" "$2" | head -1; }
alloc() { sed -n 's/^lede .* alloc \([0-9.]*\) MB\/page.*/\1/p' "$1" | head -1; }
errors() { sed -n 's/^lede .* errors=\([0-9]*\).*/\1/p' "$1" | head -1; }

for set in extract extract-wcxb; do
  cases=$shared/$set/cases.jsonl
  "$bin" bench extract --cases "$cases" --out "$tmp/$set.jsonl" > "$tmp/$set.txt"
  grep -v '^error ' "$tmp/$set.txt" || true
  n_cases=$(grep -c . "$cases"); n_pred=$(grep -c . "$tmp/$set.jsonl")
  [ "$n_cases" = "$n_pred" ] || { echo "FAIL $set: $n_pred predictions for $n_cases cases"; fail=1; }
  if command -v python3 >/dev/null; then
    python3 "$shared/score_extract.py" "$cases" "$tmp/$set.jsonl" > "$tmp/$set.py.txt"
    # the port's lines are the scorer's lines, between the header and the speed table
    sed -n '2,/^meta /p' "$tmp/$set.txt" > "$tmp/$set.go.txt"
    if diff "$tmp/$set.py.txt" "$tmp/$set.go.txt"; then
      echo "ok   $set: the Go scorer port prints what score_extract.py prints"
    else
      echo "FAIL $set: Go scorer port and score_extract.py disagree"; fail=1
    fi
  fi
done
x=$tmp/extract.txt w=$tmp/extract-wcxb.txt
check "extract body F1" "$(f1 body "$x")" 0.98
check "extract snippets F1" "$(f1 snippets "$x")" 0.940
# words raised 2026-11-29, thirtieth stop (footer-fineprint, declared-chrome, json-blob,
# quote-head, poster-name, post-date: 0.890).
check "wcxb words F1" "$(f1 words "$w")" 0.887
check "wcxb words_article F1" "$(f1 words_article "$w")" 0.958
# By page type (the lines after meta; the reference scorer does not print
# them): set 2026-11-27, rule shop-policy-panel, at product 0.730,
# collection 0.737, listing 0.748, service 0.837, forum 0.795.
# product, listing and service raised 2026-11-28, twenty-seventh stop (rules shipping-promo,
# tab-set, unpriced-slides, service-card, entry-title: 0.739, 0.752, 0.844).
check "wcxb words_product F1" "$(f1 words_product "$w")" 0.736
# collection raised 2026-11-28 (rules price-state, card-state, listing-grid, cart-button: 0.750).
# collection and service raised 2026-11-28, twenty-sixth stop (rules grid-repeats,
# review-count, card-description, prose-slides: 0.754, 0.841).
# collection and listing raised 2026-11-29, thirtieth stop (rules footer-fineprint,
# declared-chrome: 0.766, 0.767).
check "wcxb words_collection F1" "$(f1 words_collection "$w")" 0.763
check "wcxb words_listing F1" "$(f1 words_listing "$w")" 0.764
# service raised 2026-11-29, twenty-ninth stop (rule noscript-frame: 0.850).
check "wcxb words_service F1" "$(f1 words_service "$w")" 0.847
# forum raised 2026-11-28 (rules sibling-posts, popover-strong, form-consent: 0.800;
# then short-variant, joined-line, member-stats, post-counter: 0.804;
# 2026-11-29, twenty-eighth stop, post-badge, post-signature, icon-label: 0.810;
# thirtieth stop, quote-head, poster-name, post-date, declared-thread microdata: 0.813).
check "wcxb words_forum F1" "$(f1 words_forum "$w")" 0.810
# documentation, printed too but left out above: 0.936 at 5209a6d (this gate's run).
check "wcxb words_documentation F1" "$(f1 words_documentation "$w")" 0.934
check "extract title accuracy" "$(meta title "$x")" 0.893
check "extract author accuracy" "$(meta author "$x")" 0.808
check "extract date accuracy" "$(meta date "$x")" 0.930
# WCXB title and author raised 2026-11-29, twenty-eighth stop (titleProductName,
# titleCategoryName, titleShareCard...; authorListedWorkScope, authorOnBehalf,
# authorNotReviews...: 0.826 and 0.870).
check "wcxb title accuracy" "$(meta title "$w")" 0.823
check "wcxb author accuracy" "$(meta author "$w")" 0.866
check "wcxb date accuracy" "$(meta date "$w")" 0.925
ceiling "extract alloc MB/page" "$(alloc "$x")" 1.13
ceiling "wcxb alloc MB/page" "$(alloc "$w")" 2.3
# Pages with no content found: none of the extract/ pages; eight WCXB pages
# when this was set, all with empty gold (a script-only shell, shop and
# service pages whose only text is their footer); the ceiling leaves room
# for a few more such pages, not for losing articles.
ceiling "extract pages without content" "$(errors "$x")" 0
ceiling "wcxb pages without content" "$(errors "$w")" 10

# Cases stripped of their gold still run and write predictions, without scores.
if command -v python3 >/dev/null; then
  head -n 5 "$shared/extract/cases.jsonl" | python3 -c '
import json, os, sys
d = os.path.abspath(sys.argv[1])
for l in sys.stdin:
    c = json.loads(l)
    c = {k: c[k] for k in ("id", "set", "url", "page", "page_type") if k in c}
    c["page"] = os.path.join(d, c["page"])
    print(json.dumps(c))
' "$shared/extract" > "$tmp/stripped.jsonl"
  "$bin" bench extract --cases "$tmp/stripped.jsonl" --out "$tmp/stripped.pred.jsonl" > "$tmp/stripped.txt"
  if grep -q ' F1=' "$tmp/stripped.txt" || [ "$(grep -c . "$tmp/stripped.pred.jsonl")" != 5 ]; then
    echo "FAIL stripped cases: scores printed or predictions missing"; fail=1
  else
    echo "ok   stripped cases: 5 predictions, no scores"
  fi
fi

# The peers module builds and runs on a few pages (its build is cached after the first run).
"$bin" bench extract --cases "$shared/extract/cases.jsonl" --set scrapinghub --limit 5 --peers --out "$tmp/peers.jsonl" > "$tmp/peers.txt"
for p in readeck trafilatura; do
  grep -q "^== $p" "$tmp/peers.txt" && [ -s "$tmp/peers.peers/$p.jsonl" ] || { echo "FAIL peers: no $p run"; fail=1; }
done
grep -A3 '^== ratios' "$tmp/peers.txt" || { echo "FAIL peers: no ratios"; fail=1; }
exit $fail
