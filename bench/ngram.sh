#!/usr/bin/env bash
# The n-gram benchmark of issue 5 (section 8, first bullet): a trigram Kneser–Ney model on
# the King James Bible (verse text lowercased and split on white space, the same files for
# both sides; the first 90% of the verses train, the last 10% are held out), fit plus
# held-out perplexity, `lengua-cli ngram` side by side with Debian's NLTK
# (nltk.lm.KneserNeyInterpolated, bench/peer_ngram_nltk.py). Prints a Markdown table of
# medians on stdout (progress on stderr). See bench/README.md.
#
# nltk.lm has Kneser–Ney with one fixed discount only, so both our modified Kneser–Ney (mkn,
# the issue's target) and our fixed-discount Kneser–Ney (kn, D = 0.75 on both sides) are
# compared with it. NLTK scores the held-out text about 10^4 times slower than it fits; on
# the whole split it would run for hours, so both sides are timed on the same subsample
# (the first SUB_TRAIN training verses, the first SUB_EVAL held-out ones), and ours alone
# on the full split. NLTK's Kneser–Ney perplexity is infinite as soon as a held-out word is
# unknown; both sides therefore map the training words seen fewer than MIN_COUNT times to
# <unk> (our --min-count, NLTK's unk_cutoff), and one NLTK run with no cutoff, scored on the
# first NLTK_INF_EVAL held-out verses only, shows the infinity (NLTK_INF=0 skips it).
#
# Usage: bench/ngram.sh [BUILD_DIR]        (default: build, relative to the repository)
# Environment: RUNS (5, runs of each of our measurements), NLTK_RUNS (1), SUB_TRAIN (2000),
# SUB_EVAL (500), MIN_COUNT (2), NLTK_INF (1), NLTK_INF_EVAL (50), PYTHON (/usr/bin/python3, Debian's, where
# python3-nltk installs), CORPUS (../shared/data/corpora/en-bible-kjv.tsv), RESULTS
# (/tmp/lengua-bench-ngram: the split files and raw JSON lines).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-build}
[[ $BUILD = /* ]] || BUILD="$ROOT/$BUILD"
RUNS=${RUNS:-5}
NLTK_RUNS=${NLTK_RUNS:-1}
SUB_TRAIN=${SUB_TRAIN:-2000}
SUB_EVAL=${SUB_EVAL:-500}
MIN_COUNT=${MIN_COUNT:-2}
NLTK_INF=${NLTK_INF:-1}
NLTK_INF_EVAL=${NLTK_INF_EVAL:-50}
PYTHON=${PYTHON:-/usr/bin/python3}
CORPUS=${CORPUS:-$ROOT/../shared/data/corpora/en-bible-kjv.tsv}
RESULTS=${RESULTS:-/tmp/lengua-bench-ngram}
PEER="$ROOT/bench/peer_ngram_nltk.py"
TIME=/usr/bin/time
CLI="$BUILD/lengua-cli"

[[ -x $CLI ]] || { echo "missing $CLI: build it first" >&2; exit 1; }
[[ -x $TIME ]] || { echo "missing $TIME (Debian package: time)" >&2; exit 1; }
[[ -r $CORPUS ]] || { echo "missing corpus $CORPUS" >&2; exit 1; }
"$PYTHON" -c 'import nltk.lm' 2>/dev/null || { echo "$PYTHON has no nltk.lm (apt-get install python3-nltk)" >&2; exit 1; }
mkdir -p "$RESULTS"
rm -f "$RESULTS"/*.jsonl

source "$ROOT/bench/lib.sh" # median, column, ratio, fmt
# first FILE KEY: the value of KEY in the file's first line.
first() { "$PYTHON" -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())[sys.argv[2]])' "$1" "$2"; }

# timed NAME COMMAND...: runs once, appends {"wall": s, "rss_kb": KB, ...stdout JSON} to NAME.jsonl.
timed() {
    local name=$1
    shift
    local out
    out=$("$TIME" -f '%e %M' -o "$RESULTS/time.txt" "$@" 2>"$RESULTS/stderr.txt" | tail -n 1)
    read -r wall rss < <(tail -n 1 "$RESULTS/time.txt")
    "$PYTHON" -c 'import json,sys; print(json.dumps({"wall": float(sys.argv[1]), "rss_kb": int(sys.argv[2]), **json.loads(sys.argv[3])}))' \
        "$wall" "$rss" "$out" >> "$RESULTS/$name.jsonl"
}

echo "Running on $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d ' ' -f 1-3 /proc/loadavg); raw results in $RESULTS" >&2

# 0. The shared files: verse text (second column), lowercased, split on white space, one
# verse a line; the first 90% train, the rest held out; the subsample cut from both.
"$PYTHON" - "$CORPUS" "$RESULTS" "$SUB_TRAIN" "$SUB_EVAL" "$NLTK_INF_EVAL" <<'EOF'
import sys
corpus, out = sys.argv[1], sys.argv[2]
sub_train, sub_eval, inf_eval = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
verses = []
with open(corpus, encoding="utf-8") as stream:
    for line in stream:
        fields = line.rstrip("\n").split("\t")
        if len(fields) >= 2 and fields[1].split():
            verses.append(" ".join(fields[1].lower().split()))
cut = int(len(verses) * 0.9)
parts = {"train": verses[:cut], "heldout": verses[cut:],
         "sub_train": verses[:cut][:sub_train], "sub_heldout": verses[cut:][:sub_eval],
         "inf_heldout": verses[cut:][:inf_eval]}
for name, lines in parts.items():
    with open(f"{out}/{name}.txt", "w", encoding="utf-8") as stream:
        stream.write("\n".join(lines) + "\n")
print(f"{len(verses)} verses: {cut} train, {len(verses) - cut} held out; subsample "
      f"{len(parts['sub_train'])} + {len(parts['sub_heldout'])}", file=sys.stderr)
EOF

OURS=(--order 3 --min-count "$MIN_COUNT" --discount 0.75)
# 1. Ours, on the full split and on the subsample.
for run in $(seq "$RUNS"); do
    echo "1. lengua-cli ngram, run $run / $RUNS" >&2
    for smoothing in mkn kn; do
        timed "ours_${smoothing}_full" "$CLI" ngram --train "$RESULTS/train.txt" --eval "$RESULTS/heldout.txt" \
            --smoothing "$smoothing" "${OURS[@]}"
        timed "ours_${smoothing}_sub" "$CLI" ngram --train "$RESULTS/sub_train.txt" --eval "$RESULTS/sub_heldout.txt" \
            --smoothing "$smoothing" "${OURS[@]}"
    done
done

# 2. NLTK on the subsample (minutes a run).
for run in $(seq "$NLTK_RUNS"); do
    echo "2. NLTK KneserNeyInterpolated on the subsample, run $run / $NLTK_RUNS" >&2
    timed nltk_sub "$PYTHON" "$PEER" --train "$RESULTS/sub_train.txt" --eval "$RESULTS/sub_heldout.txt" \
        --order 3 --unk-cutoff "$MIN_COUNT" --discount 0.75
done
NLTK_INF_TEXT="not run"
OURS_INF_TEXT=
if [[ $NLTK_INF = 1 ]]; then
    echo "3. NLTK with no vocabulary cutoff (unknown held-out words), $NLTK_INF_EVAL held-out verses" >&2
    timed nltk_inf "$PYTHON" "$PEER" --train "$RESULTS/sub_train.txt" --eval "$RESULTS/inf_heldout.txt" \
        --order 3 --unk-cutoff 1 --discount 0.75
    NLTK_INF_TEXT="$(first "$RESULTS/nltk_inf.jsonl" perplexity_text) (OOV rate $(fmt "$(first "$RESULTS/nltk_inf.jsonl" oov_rate)" 4), first $NLTK_INF_EVAL held-out verses)"
    timed ours_mkn_inf "$CLI" ngram --train "$RESULTS/sub_train.txt" --eval "$RESULTS/inf_heldout.txt" \
        --smoothing mkn --order 3 --min-count 1
    OURS_INF_TEXT=$(fmt "$(first "$RESULTS/ours_mkn_inf.jsonl" perplexity)" 2)
fi

med() { column "$RESULTS/$1.jsonl" "$2" | median; }
MKN_SUB=$(med ours_mkn_sub seconds); KN_SUB=$(med ours_kn_sub seconds); NLTK_SUB=$(med nltk_sub seconds)
MKN_SUB_WALL=$(med ours_mkn_sub wall); KN_SUB_WALL=$(med ours_kn_sub wall); NLTK_SUB_WALL=$(med nltk_sub wall)
NLTK_FIT=$(med nltk_sub fit_seconds); NLTK_EVAL=$(med nltk_sub eval_seconds)

echo
echo "Trigram Kneser–Ney on the KJV Bible, $(nproc) cores, $(date -u '+%Y-%m-%d'): fit + held-out perplexity."
echo "Subsample: the first $SUB_TRAIN training verses and the first $SUB_EVAL held-out ones (NLTK is too slow"
echo "for the whole split). Words seen fewer than $MIN_COUNT times are <unk> on both sides; discount 0.75."
echo "Seconds are medians of $RUNS runs (ours) and $NLTK_RUNS (NLTK), measured inside each program (fit + score,"
echo "file reading excluded); wall is the whole process. The ratio is NLTK's time over ours."
echo
echo "| measure | lengua mkn | lengua kn | NLTK KneserNeyInterpolated | NLTK / mkn | NLTK / kn |"
echo "|---|---|---|---|---|---|"
echo "| subsample: fit + perplexity (s) | $(fmt "$MKN_SUB" 3) | $(fmt "$KN_SUB" 3) | $(fmt "$NLTK_SUB" 1) (fit $(fmt "$NLTK_FIT" 1), score $(fmt "$NLTK_EVAL" 1)) | $(ratio "$MKN_SUB" "$NLTK_SUB" 0) | $(ratio "$KN_SUB" "$NLTK_SUB" 0) |"
echo "| subsample: process wall (s) | $(fmt "$MKN_SUB_WALL" 2) | $(fmt "$KN_SUB_WALL" 2) | $(fmt "$NLTK_SUB_WALL" 1) | $(ratio "$MKN_SUB_WALL" "$NLTK_SUB_WALL" 0) | $(ratio "$KN_SUB_WALL" "$NLTK_SUB_WALL" 0) |"
echo "| subsample: perplexity | $(fmt "$(first "$RESULTS/ours_mkn_sub.jsonl" perplexity)" 2) | $(fmt "$(first "$RESULTS/ours_kn_sub.jsonl" perplexity)" 2) | $(fmt "$(first "$RESULTS/nltk_sub.jsonl" perplexity)" 2) | | |"
echo "| subsample: vocabulary / distinct n-grams | $(first "$RESULTS/ours_mkn_sub.jsonl" vocab) / $(first "$RESULTS/ours_mkn_sub.jsonl" ngrams) | same | $(first "$RESULTS/nltk_sub.jsonl" vocab) / $(first "$RESULTS/nltk_sub.jsonl" ngrams) | | |"
echo "| subsample: held-out tokens, OOV rate | $(first "$RESULTS/ours_mkn_sub.jsonl" tokens), $(fmt "$(first "$RESULTS/ours_mkn_sub.jsonl" oov_rate)" 4) | same | $(first "$RESULTS/nltk_sub.jsonl" tokens), $(fmt "$(first "$RESULTS/nltk_sub.jsonl" oov_rate)" 4) | | |"
echo "| subsample, no cutoff: perplexity | $OURS_INF_TEXT | | $NLTK_INF_TEXT | | |"
echo "| full split: fit + perplexity (s) | $(fmt "$(med ours_mkn_full seconds)" 3) | $(fmt "$(med ours_kn_full seconds)" 3) | not run | | |"
echo "| full split: process wall (s), peak RSS (MB) | $(fmt "$(med ours_mkn_full wall)" 2), $(fmt "$(med ours_mkn_full rss_kb | awk '{ print $1 / 1024 }')" 0) | $(fmt "$(med ours_kn_full wall)" 2), $(fmt "$(med ours_kn_full rss_kb | awk '{ print $1 / 1024 }')" 0) | not run | | |"
echo "| full split: perplexity | $(fmt "$(first "$RESULTS/ours_mkn_full.jsonl" perplexity)" 2) | $(fmt "$(first "$RESULTS/ours_kn_full.jsonl" perplexity)" 2) | not run | | |"
echo "| full split: vocabulary / distinct n-grams | $(first "$RESULTS/ours_mkn_full.jsonl" vocab) / $(first "$RESULTS/ours_mkn_full.jsonl" ngrams) | same | | | |"
echo "| full split: held-out tokens, OOV rate | $(first "$RESULTS/ours_mkn_full.jsonl" tokens), $(fmt "$(first "$RESULTS/ours_mkn_full.jsonl" oov_rate)" 4) | same | | | |"
