#!/bin/sh
# Regenerates the reference figures of the pinning tests by running the Python
# scorers of ../shared/bench on the synthetic files here. Run from this folder
# (go test ./internal/score -update does).
set -e
S=${SHARED:-../../../../shared}/bench
python3 $S/score_extract.py extract_cases.jsonl extract_pred.jsonl --per-page extract_perpage.tsv > extract_want.txt
python3 $S/score_extract.py extract_cases.jsonl extract_pred.jsonl --json > extract_want.json
python3 $S/score_quotes.py quotes_gold.jsonl quotes_pred.jsonl > quotes_want.txt
python3 $S/score_quotes.py quotes_gold.jsonl quotes_pred.jsonl --json > quotes_want.json
python3 $S/score_quotes.py quotes_gold.jsonl quotes_pred.jsonl --direct-only > quotes_direct_want.txt
python3 $S/score_quotes.py quotes_gold.jsonl quotes_pred.jsonl --direct-only --json > quotes_direct_want.json
for m in singleton drop; do
  python3 $S/score_clusters.py clusters_gold.tsv clusters_pred.tsv --missing $m > clusters_${m}_want.txt 2> clusters_${m}_warn.txt
  python3 $S/score_clusters.py clusters_gold.tsv clusters_pred.tsv --missing $m --json > clusters_${m}_want.json 2>/dev/null
  python3 $S/score_clusters.py clusters_set clusters_pred.tsv --missing $m > clusters_set_${m}_want.txt 2>/dev/null
done
