#!/usr/bin/env bash
# Gate: rule "app-state-discourse" of the HTML engine (internal/htmlextract,
# appforum.go): a Discourse thread read from its data-preloaded JSON when the
# page is the Ember shell a browser gets. The WCXB dev pages holding a preload
# also carry the crawler view (30-extract keeps them as they were), so this
# gate measures the rule on those 18 pages with their <body> stripped to its
# scripts and the preload element (TestForumSkeleton). Floor set just under
# what the rule reached when set (this gate's forum-skeleton line, before=,
# after= and full=; 2026-11-27: 18 pages, word F1 0.214 without the rule ->
# 0.879; the full pages give 0.872). Costs about 4 s.
. "$(dirname "$0")/../lib.sh"
need_shared "$shared/extract-wcxb/cases.jsonl"

LEDE_FORUM_CASES=$PWD/$shared/extract-wcxb/cases.jsonl go test ./internal/htmlextract -count=1 \
  -run '^TestForumSkeleton$' -v > "$tmp/wcxb.txt" 2>&1 || { cat "$tmp/wcxb.txt"; echo "FAIL: test failed"; fail=1; }
grep '^forum-skeleton' "$tmp/wcxb.txt" || true
after=$(sed -n 's/^forum-skeleton .* after=\([0-9.]*\).*/\1/p' "$tmp/wcxb.txt" | head -1)
check "wcxb discourse skeleton score" "$after" 0.86
exit $fail
