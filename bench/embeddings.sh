#!/usr/bin/env bash
# Runs the word-embedding and projection benchmarks (issue 6 §8) side by side with their
# Python peers and prints a Markdown table. See bench/README.md, "Word embeddings and
# projections".
#
#  1. word2vec skip-gram on the KJV Bible (lowercased, punctuation split off, one verse a
#     line: the same token file for both sides), dim 100, window 5, negative 5,
#     min-count 5, sample 1e-3, 5 epochs, at 1 and 2 threads: `lengua-cli word2vec`
#     against gensim's Word2Vec (embeddings_gensim.py train). Goal: words/s ≥ 1.2× gensim's.
#  2. The vectors of every run of 1 (seeds 1..RUNS, every thread count), scored on WordSim-353 (Spearman ρ) and the Google
#     analogies (accuracy) by `lengua-cli evaluate` and by gensim's evaluators, both sides'
#     files by both evaluators. Goal: within 0.02 of gensim (Lengua ≥ gensim − 0.02).
#  3. t-SNE of the first TOP rows of one vector file (gensim's, seed 1, 1 thread), unit
#     rows: `lengua-cli project --method tsne` against sklearn's TSNE (perplexity 30, 1000
#     iterations, PCA init, Barnes–Hut). Goals: time ≤ 1.0× sklearn's, trustworthiness
#     (k = 5, sklearn.manifold.trustworthiness on both sides' coordinates) ≥ sklearn's − 0.01.
#  4. UMAP of the same rows: `lengua-cli project --method umap` against umap-learn in a
#     fresh process (import + fit), n_neighbors 15, min_dist 0.1. Goals: wall ≤ 0.5×
#     umap-learn's, trustworthiness ≥ umap-learn's − 0.01.
#
# Usage: bench/embeddings.sh [BUILD_DIR]   (default: build, relative to the repository)
# Environment: RUNS (default 3: word2vec runs a side and thread count, seeds 1..RUNS, and
# projection runs a side), THREADS (default "1 2"), TOP (5000), PYTHON (default
# /usr/bin/python3, where Debian's python3-gensim, python3-sklearn and umap-learn live),
# CORPUS (default ../shared/data/corpora/en-bible-kjv.tsv), EVAL (../shared/data/eval),
# RESULTS (default /tmp/lengua-bench-embeddings: raw JSON lines, the token file, vectors,
# coordinates), SKIP (words among "word2vec quality tsne umap" to leave out), REPORT_ONLY
# (1: run nothing, print the table again from the JSON lines already in RESULTS).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-build}
[[ $BUILD = /* ]] || BUILD="$ROOT/$BUILD"
RUNS=${RUNS:-3}
THREADS=${THREADS:-"1 2"}
TOP=${TOP:-5000}
PYTHON=${PYTHON:-/usr/bin/python3}
CORPUS=${CORPUS:-$ROOT/../shared/data/corpora/en-bible-kjv.tsv}
EVAL=${EVAL:-$ROOT/../shared/data/eval}
RESULTS=${RESULTS:-/tmp/lengua-bench-embeddings}
SKIP=${SKIP:-}
REPORT_ONLY=${REPORT_ONLY:-0}
TIME=/usr/bin/time
CLI=$BUILD/lengua-cli
SIMILARITY=$EVAL/en-wordsim353.txt
ANALOGIES=$EVAL/en-analogies-questions-words.txt
# The issue's hyperparameters, the same on both sides.
HYPER=(--model sg --dim 100 --window 5 --negative 5 --min-count 5 --sample 1e-3 --epochs 5)
EPOCHS=5

[[ -x $CLI ]] || { echo "missing $CLI: build it first (ninja -C BUILD lengua-cli)" >&2; exit 1; }
[[ -x $TIME ]] || { echo "missing $TIME (Debian package: time)" >&2; exit 1; }
"$PYTHON" -c 'import gensim, sklearn, umap' 2>/dev/null \
    || { echo "$PYTHON lacks gensim/sklearn/umap (Debian packages python3-gensim, python3-sklearn, umap-learn)" >&2; exit 1; }
for file in "$CORPUS" "$SIMILARITY" "$ANALOGIES"; do
    [[ -r $file ]] || { echo "missing $file" >&2; exit 1; }
done
mkdir -p "$RESULTS"
if ((REPORT_ONLY)); then
    SKIP_RUNS=1
else
    SKIP_RUNS=0
    rm -f "$RESULTS"/*.jsonl "$RESULTS"/loads.txt
fi
skipped() { ((SKIP_RUNS)) || [[ " $SKIP " = *" $1 "* ]]; }

source "$ROOT/bench/lib.sh" # median, column, ratio, fmt

# timed NAME EXTRA_JSON COMMAND...: runs once, appends {"wall", "cpu", "rss_kb", EXTRA...,
# ...its stdout's last line (JSON)} to NAME.jsonl.
timed() {
    local name=$1 extra=$2
    shift 2
    local out
    out=$("$TIME" -f '%e %U %S %M' -o "$RESULTS/time.txt" "$@" 2>"$RESULTS/stderr.txt" | tail -n 1) || true
    [[ $out = \{* ]] || { echo "$name printed no JSON: $*" >&2; cat "$RESULTS/stderr.txt" >&2; exit 1; }
    read -r wall user sys rss < <(tail -n 1 "$RESULTS/time.txt")
    "$PYTHON" -c 'import json,sys; print(json.dumps({"wall": float(sys.argv[1]), "cpu": float(sys.argv[2]) + float(sys.argv[3]), "rss_kb": int(sys.argv[4]), **json.loads(sys.argv[5]), **json.loads(sys.argv[6])}))' \
        "$wall" "$user" "$sys" "$rss" "$extra" "$out" >> "$RESULTS/$name.jsonl"
}
load() { uptime | sed 's/.*load average: //'; }
echo "Running on $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(load); raw results in $RESULTS" >&2
STARTED=$SECONDS
declare -A LOADS

# The token file both trainers read.
TOKENS=$RESULTS/kjv-tokens.txt
((SKIP_RUNS)) || "$PYTHON" "$ROOT/bench/embeddings_prepare.py" "$CORPUS" "$TOKENS" > "$RESULTS/tokens.json"

# ---- 1. word2vec, the two sides alternating, seed = run number ---------------------
if ! skipped word2vec; then
    LOADS[word2vec]="$(load)"
    for run in $(seq "$RUNS"); do
        for threads in $THREADS; do
            echo "1. word2vec sg, $threads thread(s), seed $run" >&2
            extra="{\"seed\": $run, \"threads\": $threads}"
            timed "w2v_lengua_$threads" "$extra" "$CLI" word2vec --input "$TOKENS" "${HYPER[@]}" \
                --threads "$threads" --seed "$run" --output "$RESULTS/lengua-t$threads-s$run.txt"
            PYTHONHASHSEED=0 timed "w2v_gensim_$threads" "$extra" "$PYTHON" "$ROOT/bench/embeddings_gensim.py" train \
                --input "$TOKENS" "${HYPER[@]}" --threads "$threads" --seed "$run" \
                --output "$RESULTS/gensim-t$threads-s$run.txt"
        done
    done
    LOADS[word2vec]+=" → $(load)"
    echo "word2vec ${LOADS[word2vec]}" >> "$RESULTS/loads.txt"
fi

# ---- 2. quality: every vector file by both evaluators -------------------------------
if ! skipped quality; then
    echo "2. evaluating $(ls "$RESULTS"/{lengua,gensim}-t*-s*.txt | wc -l) vector files with both evaluators" >&2
    for vectors in "$RESULTS"/{lengua,gensim}-t*-s*.txt; do
        [[ -e $vectors ]] || continue
        base=$(basename "$vectors" .txt) # SIDE-tT-sS
        side=${base%%-*}
        extra="{\"file\": \"$base\"}"
        timed "quality_${side}_by_lengua_ws" "$extra" "$CLI" evaluate --vectors "$vectors" --similarity "$SIMILARITY"
        timed "quality_${side}_by_lengua_an" "$extra" "$CLI" evaluate --vectors "$vectors" --analogies "$ANALOGIES"
        timed "quality_${side}_by_gensim" "$extra" "$PYTHON" "$ROOT/bench/embeddings_gensim.py" evaluate \
            --vectors "$vectors" --similarity "$SIMILARITY" --analogies "$ANALOGIES"
    done
fi

# ---- 3, 4. projections of the same TOP rows ------------------------------------------
PROJECTED=$RESULTS/gensim-t1-s1.txt
if [[ ! -s $PROJECTED ]] && ! ((SKIP_RUNS)) && { ! skipped tsne || ! skipped umap; }; then
    echo "making $PROJECTED (gensim, 1 thread, seed 1) for the projections" >&2
    PYTHONHASHSEED=0 "$PYTHON" "$ROOT/bench/embeddings_gensim.py" train --input "$TOKENS" "${HYPER[@]}" \
        --threads 1 --seed 1 --output "$PROJECTED" > /dev/null
fi
# trust NAME COORDS: sklearn's trustworthiness (k = 5) of the coordinates, to NAME.jsonl.
trust() { "$PYTHON" "$ROOT/bench/embeddings_projection.py" trust --vectors "$PROJECTED" --top "$TOP" \
    --coords "$2" --k 5 >> "$RESULTS/$1.jsonl"; }
for method in tsne umap; do
    skipped $method && continue
    LOADS[$method]="$(load)"
    for run in $(seq "$RUNS"); do
        echo "$([[ $method = tsne ]] && echo 3 || echo 4). $method of the first $TOP rows of $(basename "$PROJECTED"), run $run" >&2
        timed "${method}_lengua" "{\"seed\": $run}" "$CLI" project --vectors "$PROJECTED" --method $method \
            --top "$TOP" --seed "$run" --output "$RESULTS/lengua-$method-$run.tsv"
        trust "${method}_lengua_trust" "$RESULTS/lengua-$method-$run.tsv"
        if [[ $method = tsne ]]; then
            timed tsne_peer "{\"seed\": $run}" "$PYTHON" "$ROOT/bench/embeddings_projection.py" tsne \
                --vectors "$PROJECTED" --top "$TOP" --seed "$run" --output "$RESULTS/peer-tsne-$run.tsv"
        else # unseeded: umap-learn's parallel code, its fastest (a seed makes it single-threaded)
            timed umap_peer "{}" "$PYTHON" "$ROOT/bench/embeddings_projection.py" umap \
                --vectors "$PROJECTED" --top "$TOP" --output "$RESULTS/peer-umap-$run.tsv"
        fi
        trust "${method}_peer_trust" "$RESULTS/peer-$method-$run.tsv"
    done
    LOADS[$method]+=" → $(load)"
    echo "$method ${LOADS[$method]}" >> "$RESULTS/loads.txt"
done

# ---- The report -------------------------------------------------------------------
med() { column "$RESULTS/$1.jsonl" "$2" | median; }
have() { [[ -s $RESULTS/$1.jsonl ]]; }
# paired NAME_OURS NAME_PEER EXPR_OURS EXPR_PEER: the median over runs of peer ÷ ours (a time)
# or, with "rate" as a 5th argument, ours ÷ peer (a throughput), as "1.23×".
paired() { paste <(column "$RESULTS/$1.jsonl" "$3") <(column "$RESULTS/$2.jsonl" "$4") \
    | awk -v rate="${5:-}" '{ print (rate == "rate") ? $1 / $2 : $2 / $1 }' | median | awk '{ printf "%.2f×", $1 }'; }
# spread NAME EXPR: "mean (min–max, n runs)" of EXPR over the lines of NAME.jsonl.
spread() { column "$RESULTS/$1.jsonl" "$2" | awk '{ s += $1; if (NR == 1 || $1 < lo) lo = $1; if (NR == 1 || $1 > hi) hi = $1 }
    END { if (NR == 0) print "n/a"; else printf "%.3f (%.3f–%.3f, %d)", s / NR, lo, hi, NR }'; }
mean() { column "$RESULTS/$1.jsonl" "$2" | awk '{ s += $1 } END { if (NR) printf "%.4f", s / NR; else print "n/a" }'; }
met() { awk -v v="$1" -v goal="$2" -v dir="$3" 'BEGIN { if (v == "n/a" || goal == "n/a") print "–"; else if ((dir == "le" && v + 0 <= goal + 0) || (dir == "ge" && v + 0 >= goal + 0)) print "yes"; else print "**no**" }'; }
num() { tr -d '×'; }

echo
echo "| benchmark | Lengua (median) | peer (median) | Lengua's advantage (median of paired ratios) | goal | met |"
echo "|---|---|---|---|---|---|"
if true; then
    for threads in $THREADS; do
        ours=w2v_lengua_$threads peer=w2v_gensim_$threads
        have $ours && have $peer || continue
        adv=$(paired $ours $peer words_per_second words_per_second rate)
        echo "| 1. word2vec sg, $threads thread(s): words/s = corpus words × $EPOCHS epochs ÷ training time (epochs only; gensim: model.train) | $(fmt "$(med $ours words_per_second)" 0) | gensim: $(fmt "$(med $peer words_per_second)" 0) | $adv | ≥ 1.2× | $(met "$(echo "$adv" | num)" 1.2 ge) |"
        if [[ $(head -n 1 "$RESULTS/$ours.jsonl") = *'"train_seconds"'* ]]; then
            echo "| 1. the same, vocabulary included (ours: train_seconds; gensim: build_vocab + train) | $(fmt "$(med $ours "words * $EPOCHS / train_seconds")" 0) | $(fmt "$(med $peer "words * $EPOCHS / (vocab_seconds + train_seconds)")" 0) | $(paired $ours $peer "words * $EPOCHS / train_seconds" "words * $EPOCHS / (vocab_seconds + train_seconds)" rate) | – | – |"
        fi
        echo "| 1. the same, whole command wall (CPU) | $(fmt "$(med $ours wall)") s ($(fmt "$(med $ours cpu)") s) | python3 + import + the same: $(fmt "$(med $peer wall)") s ($(fmt "$(med $peer cpu)") s) | $(paired $ours $peer wall wall) | – | – |"
    done
fi
if have quality_lengua_by_gensim && have quality_gensim_by_gensim; then
    quality_row() { # LABEL OURS PEER EXPR EVALUATOR
        local ours peer diff
        ours=$(mean "$2" "$4") peer=$(mean "$3" "$4")
        diff=$(awk -v a="$ours" -v b="$peer" 'BEGIN { printf "%+.3f", a - b }')
        echo "| 2. $1, $5 (mean over runs: min–max, n) | $(spread "$2" "$4") | gensim: $(spread "$3" "$4") | $diff | ≥ gensim − 0.02 | $(met "$diff" -0.02 ge) |"
    }
    quality_row "WordSim-353 Spearman ρ" quality_lengua_by_lengua_ws quality_gensim_by_lengua_ws spearman "lengua-cli evaluate"
    quality_row "WordSim-353 Spearman ρ" quality_lengua_by_gensim quality_gensim_by_gensim spearman "gensim evaluate_word_pairs"
    quality_row "Google analogy accuracy (3CosAdd)" quality_lengua_by_lengua_an quality_gensim_by_lengua_an accuracy "lengua-cli evaluate"
    quality_row "Google analogy accuracy (3CosAdd)" quality_lengua_by_gensim quality_gensim_by_gensim accuracy "gensim evaluate_word_analogies"
fi
if have tsne_lengua && have tsne_peer; then
    adv=$(paired tsne_lengua tsne_peer seconds seconds)
    ours_t=$(med tsne_lengua_trust trustworthiness) peer_t=$(med tsne_peer_trust trustworthiness)
    echo "| 3. t-SNE of $TOP unit rows, in-process time (Barnes–Hut, perplexity 30, 1000 iterations, PCA init) | $(fmt "$(med tsne_lengua seconds)") s | sklearn TSNE: $(fmt "$(med tsne_peer seconds)") s | $adv | ≤ 1.0× sklearn's time | $(met "$(echo "$adv" | num)" 1.0 ge) |"
    echo "| 3. the same, whole process wall (CPU) | $(fmt "$(med tsne_lengua wall)") s ($(fmt "$(med tsne_lengua cpu)") s) | $(fmt "$(med tsne_peer wall)") s ($(fmt "$(med tsne_peer cpu)") s) | $(paired tsne_lengua tsne_peer wall wall) | – | – |"
    echo "| 3. t-SNE trustworthiness, k = 5 (sklearn's function on both) | $(fmt "$ours_t" 4) | $(fmt "$peer_t" 4) | $(awk -v a="$ours_t" -v b="$peer_t" 'BEGIN { printf "%+.4f", a - b }') | ≥ sklearn's − 0.01 | $(met "$ours_t" "$(awk -v b="$peer_t" 'BEGIN { print b - 0.01 }')" ge) |"
fi
if have umap_lengua && have umap_peer; then
    adv=$(paired umap_lengua umap_peer wall wall)
    ours_t=$(med umap_lengua_trust trustworthiness) peer_t=$(med umap_peer_trust trustworthiness)
    echo "| 4. UMAP of $TOP unit rows, whole process wall (n_neighbors 15, min_dist 0.1); ours includes computing its trustworthiness | $(fmt "$(med umap_lengua wall)") s (UMAP $(fmt "$(med umap_lengua seconds)") s, trustworthiness $(fmt "$(med umap_lengua quality_seconds)") s; CPU $(fmt "$(med umap_lengua cpu)") s) | umap-learn, fresh process: $(fmt "$(med umap_peer wall)") s (import $(fmt "$(med umap_peer import_seconds)") s, fit $(fmt "$(med umap_peer seconds)") s; CPU $(fmt "$(med umap_peer cpu)") s) | $adv | ≤ 0.5× umap-learn's time | $(met "$(echo "$adv" | num)" 2.0 ge) |"
    echo "| 4. UMAP trustworthiness, k = 5 (sklearn's function on both) | $(fmt "$ours_t" 4) | $(fmt "$peer_t" 4) | $(awk -v a="$ours_t" -v b="$peer_t" 'BEGIN { printf "%+.4f", a - b }') | ≥ umap-learn's − 0.01 | $(met "$ours_t" "$(awk -v b="$peer_t" 'BEGIN { print b - 0.01 }')" ge) |"
fi

echo
echo "Side by side (first run of each):"
echo
echo "| | vocabulary | corpus words per epoch | final loss | WordSim pairs covered | analogies covered |"
echo "|---|---|---|---|---|---|"
first() { head -n 1 "$RESULTS/$1.jsonl" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin).get(sys.argv[1], "–"))' "$2"; }
for threads in $THREADS; do
    have w2v_lengua_$threads || continue
    echo "| lengua-cli word2vec, $threads thread(s) | $(first w2v_lengua_$threads vocab) | $(first w2v_lengua_$threads words) | $(fmt "$(first w2v_lengua_$threads final_loss)" 3) | – | – |"
    echo "| gensim Word2Vec, $threads thread(s) | $(first w2v_gensim_$threads vocab) | $(first w2v_gensim_$threads words) | (compute_loss off) | – | – |"
done
if have quality_lengua_by_lengua_ws; then
    echo "| lengua-cli evaluate, on Lengua's vectors | – | – | – | $(fmt "$(first quality_lengua_by_lengua_ws coverage)" 4) | $(fmt "$(first quality_lengua_by_lengua_an coverage)" 4) |"
    echo "| gensim's evaluators, on Lengua's vectors | – | – | – | $(fmt "$(first quality_lengua_by_gensim similarity_coverage)" 4) | $(fmt "$(first quality_lengua_by_gensim analogy_coverage)" 4) ($(first quality_lengua_by_gensim answered) questions) |"
fi
echo
echo "Token file: $(cat "$RESULTS/tokens.json")."
echo
loads="Load average (1, 5, 15 min) before → after:"
while read -r part rest; do loads+=" $part $rest;"; done < <(cat "$RESULTS/loads.txt" 2>/dev/null)
[[ -s $RESULTS/loads.txt ]] && echo "${loads%;}."
echo
((SKIP_RUNS)) || echo "The script took $((SECONDS - STARTED)) s."
