#!/usr/bin/env bash
# Runs the co-occurrence and TF-IDF benchmarks (issue 5 §8) side by side with their Python
# peers and prints a Markdown table of medians. See bench/README.md.
#
#  1. TF-IDF of the Austen novels, one document per chapter: bench_tfidf_folder against
#     scikit-learn's TfidfVectorizer (peer_tfidf_sklearn.py), same documents and vocabulary
#     (lowercase, words = runs of a-z). Goal: ≥ 1.0× sklearn's speed.
#  2. Word-word co-occurrence, window 5, over the Spanish Bible's verses (one a line):
#     `lengua-cli cooc --weighting count --lowercase` against a NumPy/SciPy peer
#     (peer_cooc_scipy.py). Goal: ≤ 2 s.
#
# Usage: bench/counting.sh [BUILD_DIR]   (default: build, relative to the repository)
# Environment: RUNS (default 5), PYTHON (default /usr/bin/python3, where Debian's
# python3-sklearn and python3-scipy live), AUSTEN (default ../shared/data/corpora/en-austen),
# SPANISH (default ../shared/data/corpora/es-biblia-rv1909.tsv), RESULTS (default
# /tmp/lengua-bench-counting: every raw JSON line and the verse text).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-build}
[[ $BUILD = /* ]] || BUILD="$ROOT/$BUILD"
RUNS=${RUNS:-5}
PYTHON=${PYTHON:-/usr/bin/python3}
AUSTEN=${AUSTEN:-$ROOT/../shared/data/corpora/en-austen}
SPANISH=${SPANISH:-$ROOT/../shared/data/corpora/es-biblia-rv1909.tsv}
RESULTS=${RESULTS:-/tmp/lengua-bench-counting}
TIME=/usr/bin/time
CLI=$BUILD/lengua-cli
TFIDF=$BUILD/bench_tfidf_folder
WINDOW=5
WORDS=dios,tierra

for program in "$CLI" "$TFIDF"; do
    [[ -x $program ]] || { echo "missing $program: build it first (targets lengua-cli, bench_tfidf_folder)" >&2; exit 1; }
done
[[ -x $TIME ]] || { echo "missing $TIME (Debian package: time)" >&2; exit 1; }
"$PYTHON" -c 'import sklearn, scipy, numpy' 2>/dev/null \
    || { echo "$PYTHON lacks sklearn/scipy/numpy (Debian packages python3-sklearn, python3-scipy)" >&2; exit 1; }
[[ -d $AUSTEN ]] || { echo "missing $AUSTEN" >&2; exit 1; }
[[ -r $SPANISH ]] || { echo "missing $SPANISH" >&2; exit 1; }
mkdir -p "$RESULTS"
rm -f "$RESULTS"/*.jsonl
# The verses' text (ref<TAB>text), one a line: a sentence each for both sides.
VERSES=$RESULTS/biblia.txt
cut -f 2 "$SPANISH" > "$VERSES"

source "$ROOT/bench/lib.sh" # median, column, ratio, fmt

# timed NAME COMMAND...: runs once, appends {"wall", "cpu", "rss_kb", ...its stdout JSON} to NAME.jsonl.
timed() {
    local name=$1
    shift
    local out
    out=$("$TIME" -f '%e %U %S %M' -o "$RESULTS/time.txt" "$@" 2>"$RESULTS/stderr.txt" | tail -n 1)
    [[ $out = \{* ]] || { echo "$name printed no JSON:" >&2; cat "$RESULTS/stderr.txt" >&2; exit 1; }
    read -r wall user sys rss < <(tail -n 1 "$RESULTS/time.txt")
    "$PYTHON" -c 'import json,sys; print(json.dumps({"wall": float(sys.argv[1]), "cpu": float(sys.argv[2]) + float(sys.argv[3]), "rss_kb": int(sys.argv[4]), **json.loads(sys.argv[5])}))' \
        "$wall" "$user" "$sys" "$rss" "$out" >> "$RESULTS/$name.jsonl"
}

LOAD_BEFORE=$(uptime | sed 's/.*load average: //')
echo "Running on $(nproc) cores, $(date -u +%Y-%m-%d), load average $LOAD_BEFORE; raw results in $RESULTS" >&2

echo "1. TF-IDF of $(basename "$AUSTEN"), one document per chapter ($RUNS runs each, alternating)" >&2
for _ in $(seq "$RUNS"); do
    timed tfidf "$TFIDF" "$AUSTEN"
    timed tfidf_sklearn "$PYTHON" "$ROOT/bench/peer_tfidf_sklearn.py" "$AUSTEN"
done

echo "2. co-occurrence, window $WINDOW, $(basename "$SPANISH") ($RUNS runs each, alternating)" >&2
for _ in $(seq "$RUNS"); do
    timed cooc "$CLI" cooc --input "$VERSES" --window $WINDOW --weighting count --words $WORDS --lowercase
    timed cooc_scipy "$PYTHON" "$ROOT/bench/peer_cooc_scipy.py" "$VERSES" --window $WINDOW --words $WORDS
done
LOAD_AFTER=$(uptime | sed 's/.*load average: //')

# ---- The report -------------------------------------------------------------------
med() { column "$RESULTS/$1.jsonl" "$2" | median; }
first() { head -n 1 "$RESULTS/$1.jsonl" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$2"; }
met() { awk -v v="$1" -v goal="$2" -v dir="$3" 'BEGIN { if (v == "n/a") print "–"; else if ((dir == "le" && v + 0 <= goal + 0) || (dir == "ge" && v + 0 >= goal + 0)) print "yes"; else print "**no**" }'; }

tf=$(med tfidf seconds)
tf_sk=$(med tfidf_sklearn seconds)
tf_wall=$(med tfidf wall)
tf_sk_wall=$(med tfidf_sklearn wall)
co=$(med cooc seconds)
co_wall=$(med cooc wall)
co_py=$(med cooc_scipy seconds)
co_py_wall=$(med cooc_scipy wall)

echo
echo "| benchmark | Lengua (median) | peer (median) | Lengua's advantage (peer time ÷ ours) | goal | met |"
echo "|---|---|---|---|---|---|"
echo "| 1a. TF-IDF, $(basename "$AUSTEN") ($(first tfidf documents) chapters), in-process: read + split + tokenize + count + weight | $(fmt "$tf" 3) s | sklearn TfidfVectorizer: $(fmt "$tf_sk" 3) s | $(ratio "$tf" "$tf_sk") | ≥ 1.0× sklearn | $(met "$(awk -v a="$tf" -v b="$tf_sk" 'BEGIN { print b / a }')" 1 ge) |"
echo "| 1b. the same, whole process wall | $(fmt "$tf_wall") s | python3 + import + the same: $(fmt "$tf_sk_wall") s | $(ratio "$tf_wall" "$tf_sk_wall") | – | – |"
echo "| 2a. co-occurrence, window $WINDOW, $(basename "$SPANISH") ($(first cooc sentences) verses), in-process: read + count | $(fmt "$co" 3) s (count $(fmt "$(med cooc count_seconds)" 3) s) | NumPy/SciPy: $(fmt "$co_py" 3) s (count $(fmt "$(med cooc_scipy count_seconds)" 3) s) | $(ratio "$co" "$co_py") | ≤ 2 s | $(met "$co" 2 le) |"
echo "| 2b. the same, whole process wall | $(fmt "$co_wall") s (RSS $(( $(med cooc rss_kb | cut -d. -f1) / 1024 )) MB) | $(fmt "$co_py_wall") s (RSS $(( $(med cooc_scipy rss_kb | cut -d. -f1) / 1024 )) MB) | $(ratio "$co_wall" "$co_py_wall") | ≤ 2 s | $(met "$co_wall" 2 le) |"

echo
echo "Load average (1, 5, 15 min): $LOAD_BEFORE before, $LOAD_AFTER after."
echo
echo "Side by side (the same work on both sides):"
echo
echo "| | documents or sentences | vocabulary | non-zeros | check |"
echo "|---|---|---|---|---|"
echo "| bench_tfidf_folder | $(first tfidf documents) | $(first tfidf vocab) | $(first tfidf count_nonzeros) counts ($(first tfidf nonzeros) weights: idf 0 drops words in every chapter) | $(first tfidf tokens) tokens |"
echo "| TfidfVectorizer | $(first tfidf_sklearn documents) | $(first tfidf_sklearn vocab) | $(first tfidf_sklearn nonzeros) (its idf is never 0) | – |"
echo "| lengua-cli cooc | $(first cooc sentences) | $(first cooc vocab) | $(first cooc nonzeros) | $WORDS: $(first cooc matrix) |"
echo "| peer_cooc_scipy.py | $(first cooc_scipy sentences) | $(first cooc_scipy vocab) | $(first cooc_scipy nonzeros) | $WORDS: $(first cooc_scipy matrix) |"
