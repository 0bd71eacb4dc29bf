#!/usr/bin/env bash
# Runs the text pipeline and tokenizer benchmarks side by side with Debian's sentencepiece and
# a plain-Python NLTK peer, and prints a Markdown table of medians. See bench/README.md.
#
# Usage: bench/tokenizers.sh [BUILD_DIR]   (default: build, relative to the repository)
# Environment: RUNS (default 5), PYTHON (default /usr/bin/python3, where Debian's
# python3-sentencepiece and python3-nltk live), CORPUS (default ../shared/data/corpora/
# en-bible-kjv.tsv), SPANISH (default ../shared/data/corpora/es-biblia-rv1909.tsv), TEXT (default
# /tmp/kjv.txt: CORPUS's text column, one verse a line, made from CORPUS), SPM_THREADS (spm_train's
# --num_threads, default: the number of cores), RESULTS (default /tmp/lengua-bench-tokenizers:
# every raw JSON line, and the trained models).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-build}
[[ $BUILD = /* ]] || BUILD="$ROOT/$BUILD"
RUNS=${RUNS:-5}
PYTHON=${PYTHON:-/usr/bin/python3}
CORPUS=${CORPUS:-$ROOT/../shared/data/corpora/en-bible-kjv.tsv}
SPANISH=${SPANISH:-$ROOT/../shared/data/corpora/es-biblia-rv1909.tsv}
TEXT=${TEXT:-/tmp/kjv.txt}
SPM_THREADS=${SPM_THREADS:-$(nproc)}
RESULTS=${RESULTS:-/tmp/lengua-bench-tokenizers}
VOCAB=8000
STEPS=clean,nfc,lower,sentences,stopwords,stem
TIME=/usr/bin/time
CLI=$BUILD/lengua-cli

[[ -x $CLI ]] || { echo "missing $CLI: build it first" >&2; exit 1; }
[[ -x $TIME ]] || { echo "missing $TIME (Debian package: time)" >&2; exit 1; }
for program in spm_train spm_encode; do
    command -v $program >/dev/null || { echo "missing $program (Debian package: sentencepiece)" >&2; exit 1; }
done
"$PYTHON" -c 'import sentencepiece' 2>/dev/null \
    || { echo "$PYTHON lacks sentencepiece (Debian package: python3-sentencepiece)" >&2; exit 1; }
"$PYTHON" -c 'import nltk' 2>/dev/null || { echo "$PYTHON lacks nltk (Debian package: python3-nltk)" >&2; exit 1; }
for file in "$CORPUS" "$SPANISH"; do
    [[ -r $file ]] || { echo "missing corpus $file" >&2; exit 1; }
done
mkdir -p "$RESULTS"
rm -f "$RESULTS"/*.jsonl
# The peers read plain text, one verse a line: the corpus's text column (ref<TAB>text).
cut -f 2 "$CORPUS" > "$TEXT"

source "$ROOT/bench/lib.sh" # median, column, ratio, fmt

# timed NAME COMMAND...: runs once, appends {"wall": s, "cpu": user+sys s, "rss_kb": KB, ...its
# stdout JSON (or nothing)} to NAME.jsonl.
timed() {
    local name=$1
    shift
    local out
    out=$("$TIME" -f '%e %U %S %M' -o "$RESULTS/time.txt" "$@" 2>"$RESULTS/stderr.txt" | tail -n 1)
    [[ $out = \{* ]] || out='{}'
    read -r wall user sys rss < <(tail -n 1 "$RESULTS/time.txt")
    "$PYTHON" -c 'import json,sys; print(json.dumps({"wall": float(sys.argv[1]), "cpu": float(sys.argv[2]) + float(sys.argv[3]), "rss_kb": int(sys.argv[4]), **json.loads(sys.argv[5])}))' \
        "$wall" "$user" "$sys" "$rss" "$out" >> "$RESULTS/$name.jsonl"
}

LOAD_BEFORE=$(uptime | sed 's/.*load average: //')
echo "Running on $(nproc) cores, $(date -u +%Y-%m-%d), load average $LOAD_BEFORE; raw results in $RESULTS" >&2

# 1. BPE training to 8,000 tokens, ours and spm_train alternating.
echo "1. BPE training, vocabulary $VOCAB ($RUNS runs each)" >&2
for _ in $(seq "$RUNS"); do
    timed train "$CLI" tokenizer-train --input "$CORPUS" --method bpe --vocab-size $VOCAB --output "$RESULTS/bpe.json"
    timed train_spm spm_train --input="$TEXT" --model_prefix="$RESULTS/spm" --vocab_size=$VOCAB --model_type=bpe \
        --num_threads="$SPM_THREADS"
done

# 2. Encoding the same text with the models just trained.
echo "2. encoding ($RUNS runs each)" >&2
for _ in $(seq "$RUNS"); do
    timed encode "$CLI" tokenize --tokenizer "$RESULTS/bpe.json" --input "$CORPUS"
    timed encode_spm bash -c 'spm_encode --model="$1" < "$2" > /dev/null' _ "$RESULTS/spm.model" "$TEXT"
    timed encode_py "$PYTHON" "$ROOT/bench/peer_sentencepiece_encode.py" --model "$RESULTS/spm.model" --input "$TEXT"
done

# 3. Preprocessing the Spanish Bible.
echo "3. preprocessing $(basename "$SPANISH") ($RUNS runs each)" >&2
for _ in $(seq "$RUNS"); do
    timed preprocess "$CLI" preprocess --input "$SPANISH" --lang es --steps $STEPS
    timed preprocess_peer "$PYTHON" "$ROOT/bench/peer_preprocess.py" --input "$SPANISH"
done
LOAD_AFTER=$(uptime | sed 's/.*load average: //')

# ---- The report -------------------------------------------------------------------
med() { column "$RESULTS/$1.jsonl" "$2" | median; }
met() { awk -v v="$1" -v goal="$2" -v dir="$3" 'BEGIN { if (v == "n/a") print "–"; else if ((dir == "le" && v + 0 <= goal + 0) || (dir == "ge" && v + 0 >= goal + 0)) print "yes"; else print "**no**" }'; }
# The same UTF-8 text bytes (newlines excluded) for every encoder, from our JSON.
TEXT_BYTES=$(head -n 1 "$RESULTS/encode.jsonl" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["bytes"])')
mbps() { awk -v b="$TEXT_BYTES" -v s="$1" 'BEGIN { print b / 1e6 / s }'; }

train=$(med train wall)
train_spm=$(med train_spm wall)
enc=$(med encode megabytes_per_second)
enc_wall=$(med encode wall)
enc_py=$(med encode_py megabytes_per_second)
enc_spm_wall=$(med encode_spm wall)
pre=$(med preprocess 'bytes / 1e6 / pipeline_seconds')
pre_peer=$(med preprocess_peer 'bytes / 1e6 / pipeline_seconds')
text_mb=$(awk -v b="$TEXT_BYTES" 'BEGIN { printf "%.1f", b / 1e6 }')
es_mb=$(awk -v b="$(med preprocess bytes)" 'BEGIN { printf "%.1f", b / 1e6 }')

echo
echo "| benchmark | Lengua (median) | peer (median) | Lengua's advantage (peer cost ÷ ours) | goal | met |"
echo "|---|---|---|---|---|---|"
echo "| 1. BPE training to $VOCAB tokens, $(basename "$CORPUS"), whole process wall | $(fmt "$train") s (in-process $(fmt "$(med train seconds)") s, CPU $(fmt "$(med train cpu)") s) | spm_train --num_threads=$SPM_THREADS: $(fmt "$train_spm") s (CPU $(fmt "$(med train_spm cpu)") s) | $(ratio "$train" "$train_spm") | ≤ 1.0× spm | $(met "$(awk -v a="$train" -v b="$train_spm" 'BEGIN { print a / b }')" 1 le) |"
echo "| 2a. encoding $text_mb MB, in-process (encode call only) | $(fmt "$enc" 1) MB/s ($(fmt "$(med encode encode_seconds)") s) | python3-sentencepiece sp.encode(lines): $(fmt "$enc_py" 1) MB/s ($(fmt "$(med encode_py encode_seconds)") s) | $(ratio "$enc_py" "$enc") | ≥ 1.0× spm | $(met "$(awk -v a="$enc" -v b="$enc_py" 'BEGIN { print a / b }')" 1 ge) |"
echo "| 2b. encoding, whole process wall (load + encode) | $(fmt "$(mbps "$enc_wall")" 1) MB/s ($(fmt "$enc_wall") s) | spm_encode: $(fmt "$(mbps "$enc_spm_wall")" 1) MB/s ($(fmt "$enc_spm_wall") s) | $(ratio "$enc_wall" "$enc_spm_wall") | ≥ 1.0× spm | $(met "$(awk -v a="$enc_wall" -v b="$enc_spm_wall" 'BEGIN { print b / a }')" 1 ge) |"
echo "| 3. preprocessing $(basename "$SPANISH") ($es_mb MB), $STEPS: bytes ÷ pipeline_seconds | $(fmt "$pre" 1) MB/s ($(fmt "$(med preprocess pipeline_seconds)") s; wall $(fmt "$(med preprocess wall)") s, CPU $(fmt "$(med preprocess cpu)") s) | NLTK + re: $(fmt "$pre_peer" 1) MB/s ($(fmt "$(med preprocess_peer pipeline_seconds)") s; wall $(fmt "$(med preprocess_peer wall)") s) | $(ratio "$pre_peer" "$pre") | ≥ 20 MB/s | $(met "$pre" 20 ge) |"

echo
echo "Load average (1, 5, 15 min): $LOAD_BEFORE before, $LOAD_AFTER after."
echo
echo "Side by side:"
echo
echo "| | vocabulary | tokens on $(basename "$CORPUS") | bytes per token |"
echo "|---|---|---|---|"
echo "| lengua-cli (BPE) | $(head -n 1 "$RESULTS/train.jsonl" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["vocab_size"])') | $(med encode tokens) | $(fmt "$(med encode bytes_per_token)") |"
echo "| sentencepiece (BPE) | $(wc -l < "$RESULTS/spm.vocab") | $(med encode_py tokens) | $(fmt "$(med encode_py 'bytes / tokens')") |"
echo
echo "| preprocessing | documents | sentences | tokens before | tokens after | types after |"
echo "|---|---|---|---|---|---|"
echo "| lengua-cli preprocess | $(med preprocess documents) | $(med preprocess sentences) | $(med preprocess tokens_before) | $(med preprocess tokens_after) | $(med preprocess types_after) |"
echo "| peer_preprocess.py | $(med preprocess_peer documents) | $(med preprocess_peer sentences) | $(med preprocess_peer tokens_before) | $(med preprocess_peer tokens_after) | $(med preprocess_peer types_after) |"
