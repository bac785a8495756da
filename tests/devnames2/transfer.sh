#!/bin/sh
# Part B of the older sets (transfer), from the tree given as $1 (default: this tree).
# Usage: sh tests/devnames2/transfer.sh [TREE]
T=${1:-.}
cd "$T" || exit 1
PY=/work/main/.venv/bin/python
for n in 10 11 12 13 14 15 16 17 18 19 20 21; do
  printf "devparticipants%s B: " $n
  PYTHONPATH=.:tests $PY tests/devparticipants$n/score.py b 2>/dev/null | tail -1
done
printf "devnames1 B: "; PYTHONPATH=.:tests $PY tests/devnames1/score.py b 2>/dev/null | tail -1
for s in devnames1 devevents9 devevents10 devevents11 devevents12 devevents13 devevents14 devevents15 devevents16 \
         devevents17 devevents18 devevents19 devevents20 devevents21 devevents22 devevents23 devevents24 \
         devrefs3 devrefs4 devrefs5 devrefs6 devrefs7; do
  printf "%s B: " $s
  $PY /work/shared/eval/score.py tests/$s/b/articles.jsonl tests/$s/b/gold.json -q 2>/dev/null | tail -1
done
for s in devmerge8 devmerge9 devmerge10 devmerge11 devmerge12 devmerge13 devmerge14 devmerge15 devmerge16 \
         devmerge17 devmerge18 devmerge19 devrefs2; do
  printf "%s B: " $s
  $PY /work/shared/eval/score.py tests/$s/partb/articles.jsonl tests/$s/partb/gold.json -q 2>/dev/null | tail -1
done
printf "shared/dev: "; $PY /work/shared/eval/score.py /work/shared/dev/articles.jsonl /work/shared/dev/gold.json -q 2>/dev/null | tail -1
printf "seeds: "; $PY /work/shared/eval/score.py /work/shared/seeds/articles.jsonl /work/shared/seeds/gold.json -q 2>/dev/null | tail -1
