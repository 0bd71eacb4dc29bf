# Helpers shared by the benchmark scripts (sourced; they need $PYTHON set).
# median: of the numbers on stdin ("n/a" when there are none).
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# column FILE EXPR: EXPR (a key, or an expression over the keys) for every line of a .jsonl file.
column() { "$PYTHON" -c 'import json,sys
for line in open(sys.argv[1]):
    print(eval(sys.argv[2], {}, json.loads(line)))' "$1" "$2"; }
# ratio OURS PEER [DECIMALS]: the peer's cost over ours, "3.4×" (1 decimal by default).
ratio() { awk -v a="$1" -v b="$2" -v d="${3:-1}" 'BEGIN { if (a + 0 == 0 || b == "n/a") print "n/a"; else printf "%.*f×", d, b / a }'; }
# fmt VALUE [DECIMALS]: a number with 2 decimals by default; "n/a" and "None" pass through.
fmt() { awk -v v="$1" -v d="${2:-2}" 'BEGIN { if (v == "n/a" || v == "None") print v; else printf "%.*f", d, v }'; }
