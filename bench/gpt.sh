#!/usr/bin/env bash
# The GPT benchmark of issue 4 (section 7): training and generation tokens/s side by side
# with a PyTorch peer on the same tokens, model FLOPs utilisation against the measured
# sgemm peak, peak resident memory, and the longest UI stall while a GPT trains.
# Prints a Markdown table of medians on stdout (progress on stderr). See bench/README.md.
#
# Usage: bench/gpt.sh [BUILD_DIR]          (default: build, relative to the repository)
# Environment: RUNS (3, training runs of each side), GEN_RUNS (7), UI_RUNS (3), STEPS (10,
# training steps a run), NEW_TOKENS (120), THREADS (2: --threads for our training and
# torch.set_num_threads for the peer), VOCAB (8000, BPE vocabulary), PYTHON
# (/usr/bin/python3, Debian's, where python3-torch installs), CORPUS (../shared/data/
# corpora/en-bible-kjv.tsv), RESULTS (/tmp/lengua-bench-gpt: raw JSON lines, the
# tokenizer, the token ids, the model), GEN_VARIANT (optional: another lengua-cli binary,
# e.g. one built with a proposed change, timed in the generation runs as a third side).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-build}
[[ $BUILD = /* ]] || BUILD="$ROOT/$BUILD"
RUNS=${RUNS:-3}
GEN_RUNS=${GEN_RUNS:-7}
UI_RUNS=${UI_RUNS:-3}
STEPS=${STEPS:-10}
NEW_TOKENS=${NEW_TOKENS:-120}
THREADS=${THREADS:-2}
VOCAB=${VOCAB:-8000}
PYTHON=${PYTHON:-/usr/bin/python3}
CORPUS=${CORPUS:-$ROOT/../shared/data/corpora/en-bible-kjv.tsv}
RESULTS=${RESULTS:-/tmp/lengua-bench-gpt}
PROMPT=${PROMPT:-In the beginning God created}
GEN_VARIANT=${GEN_VARIANT:-}
PEER="$ROOT/bench/peer_gpt_torch.py"
TIME=/usr/bin/time
CLI="$BUILD/lengua-cli"

for program in lengua-cli bench_sgemm_peak bench_gui_train_stall; do
    [[ -x $BUILD/$program ]] || { echo "missing $BUILD/$program: build it first" >&2; exit 1; }
done
[[ -x $TIME ]] || { echo "missing $TIME (Debian package: time)" >&2; exit 1; }
[[ -r $CORPUS ]] || { echo "missing corpus $CORPUS" >&2; exit 1; }
"$PYTHON" -c 'import torch' 2>/dev/null || { echo "$PYTHON has no torch (apt-get install python3-torch)" >&2; exit 1; }
mkdir -p "$RESULTS"
rm -f "$RESULTS"/*.jsonl

# timed NAME COMMAND...: runs once; appends the last JSON line of its stdout with "wall",
# "rss_kb", "cpu" (user + sys seconds) and "load" (1-minute load average before) to NAME.jsonl.
timed() {
    local name=$1
    shift
    local load out
    load=$(cut -d ' ' -f 1 /proc/loadavg)
    out=$("$TIME" -f '%e %M %U %S' -o "$RESULTS/time.txt" "$@" 2>"$RESULTS/stderr.txt" | tail -n 1)
    read -r wall rss user sys < <(tail -n 1 "$RESULTS/time.txt")
    "$PYTHON" -c 'import json,sys; print(json.dumps({"wall": float(sys.argv[1]), "rss_kb": int(sys.argv[2]), "cpu": float(sys.argv[3]) + float(sys.argv[4]), "load": float(sys.argv[5]), **json.loads(sys.argv[6])}))' \
        "$wall" "$rss" "$user" "$sys" "$load" "$out" >> "$RESULTS/$name.jsonl"
}

echo "Running on $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d ' ' -f 1-3 /proc/loadavg); raw results in $RESULTS" >&2

# 0. The shared inputs: a BPE on the corpus, its token ids (for the peer) and a model folder.
if [[ ! -s $RESULTS/bpe.json ]]; then
    "$CLI" tokenizer-train --input "$CORPUS" --method bpe --vocab-size "$VOCAB" --output "$RESULTS/bpe.json" >/dev/null
fi
"$CLI" gpt-train --input "$CORPUS" --tokenizer "$RESULTS/bpe.json" --steps 1 --validation 0 \
    --dump-tokens "$RESULTS/tokens.i32" --output "$RESULTS/model" >/dev/null
PROMPT_IDS=$("$CLI" tokenize --tokenizer "$RESULTS/bpe.json" --text "$PROMPT" \
    | "$PYTHON" -c 'import json,sys; print(",".join(map(str, json.load(sys.stdin)["ids"])))')

# 1. The sgemm peak with the kernels the engine runs, and which kernels those are.
echo "1. sgemm peak" >&2
"$BUILD/bench_sgemm_peak" --threads "$THREADS" > "$RESULTS/sgemm.json"
"$BUILD/bench_sgemm_peak" --threads 1 > "$RESULTS/sgemm1.json"
KERNELS=$("$PYTHON" -c 'import json,sys; print(json.load(open(sys.argv[1]))["kernels"])' "$RESULTS/sgemm.json")

# 2. Training, the sides alternating: ours, the peer as installed, the peer on the same
# OpenBLAS kernels as ours (OPENBLAS_CORETYPE; Debian's OpenBLAS 0.3.21 falls back to its
# generic kernels on CPUs newer than itself, see README).
TRAIN_ARGS=(--layers 4 --heads 4 --embd 128 --block 128 --batch 16 --steps "$STEPS" --lr 3e-4 --seed 1337 --validation 0)
for run in $(seq "$RUNS"); do
    echo "2. training, run $run / $RUNS ($STEPS steps each)" >&2
    timed train_ours "$CLI" gpt-train --input "$CORPUS" --tokenizer "$RESULTS/bpe.json" "${TRAIN_ARGS[@]}" \
        --threads "$THREADS" --output "$RESULTS/model"
    timed train_torch "$PYTHON" "$PEER" train --tokens "$RESULTS/tokens.i32" --vocab "$VOCAB" "${TRAIN_ARGS[@]}" \
        --threads "$THREADS"
    if [[ -n $KERNELS ]]; then
        timed train_torch_kernels env OPENBLAS_CORETYPE="$KERNELS" "$PYTHON" "$PEER" train \
            --tokens "$RESULTS/tokens.i32" --vocab "$VOCAB" "${TRAIN_ARGS[@]}" --threads "$THREADS"
        # One thread: PyTorch's OpenMP threads and OpenBLAS's own compete on a busy machine.
        timed train_torch_best env OPENBLAS_CORETYPE="$KERNELS" "$PYTHON" "$PEER" train \
            --tokens "$RESULTS/tokens.i32" --vocab "$VOCAB" "${TRAIN_ARGS[@]}" --threads 1
    fi
done

# 3. Generation at batch 1, greedy, KV cache on both sides, from the model trained above.
for run in $(seq "$GEN_RUNS"); do
    echo "3. generation, run $run / $GEN_RUNS ($NEW_TOKENS tokens each)" >&2
    timed gen_ours "$CLI" generate --model "$RESULTS/model" --prompt "$PROMPT" \
        --max-new-tokens "$NEW_TOKENS" --temperature 0
    timed gen_torch "$PYTHON" "$PEER" generate --model "$RESULTS/model" --prompt-ids "$PROMPT_IDS" \
        --max-new-tokens "$NEW_TOKENS" --threads "$THREADS"
    if [[ -n $GEN_VARIANT ]]; then
        timed gen_variant "$GEN_VARIANT" generate --model "$RESULTS/model" --prompt "$PROMPT" \
            --max-new-tokens "$NEW_TOKENS" --temperature 0
    fi
    if [[ -n $KERNELS ]]; then
        timed gen_torch_tuned env OPENBLAS_CORETYPE="$KERNELS" "$PYTHON" "$PEER" generate \
            --model "$RESULTS/model" --prompt-ids "$PROMPT_IDS" --max-new-tokens "$NEW_TOKENS" --threads 1
    fi
done

# 4. The longest UI stall while the same config trains through the JobRunner.
for run in $(seq "$UI_RUNS"); do
    echo "4. UI stall while training, run $run / $UI_RUNS" >&2
    QT_QPA_PLATFORM=offscreen timed ui_stall "$BUILD/bench_gui_train_stall" "$RESULTS/tokens.i32" \
        --vocab "$VOCAB" --steps "$STEPS"
    # The real GPT lesson panel: its form set to the config, its train() (tokenizing the
    # corpus in the job, then training), its own loss chart and model list.
    QT_QPA_PLATFORM=offscreen timed ui_stall_panel "$BUILD/bench_gui_train_stall" --panel "$CORPUS" \
        --tokenizer "$RESULTS/bpe.json" --steps "$STEPS"
done

echo "done, load $(cut -d ' ' -f 1-3 /proc/loadavg)" >&2

"$PYTHON" - "$RESULTS" "$THREADS" "$STEPS" "$NEW_TOKENS" <<'EOF'
import json, os, statistics, sys
results, threads, steps, new_tokens = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]

def rows(name):
    path = os.path.join(results, name + ".jsonl")
    return [json.loads(line) for line in open(path)] if os.path.exists(path) else []

def med(values):
    return statistics.median(values) if values else float("nan")

def paired(a, b, key):  # the ratio run by run (the sides alternate), then the median
    return med([x[key] / y[key] for x, y in zip(a, b) if y[key]])

sgemm = json.load(open(os.path.join(results, "sgemm.json")))
sgemm1 = json.load(open(os.path.join(results, "sgemm1.json")))
# The peak is the better of the two thread counts: on a busy machine the second core is
# often taken, and the 1-thread figure is then the higher one.
peak = max(sgemm["peak_gflops"], sgemm1["peak_gflops"]) * 1e9
ours, torch, torch_k = rows("train_ours"), rows("train_torch"), rows("train_torch_kernels")
torch_best = rows("train_torch_best")
g_ours, g_torch, g_tuned = rows("gen_ours"), rows("gen_torch"), rows("gen_torch_tuned")
g_variant = rows("gen_variant")
ui = rows("ui_stall")
ui_panel = rows("ui_stall_panel")
params = ours[0]["params"] if ours else 0
loads = [r["load"] for r in ours + torch + torch_k + torch_best + g_ours + g_torch + g_tuned + g_variant + ui + ui_panel]

def tps(rs):
    return med([r["tokens_per_second"] for r in rs])

def mfu(rs):
    return 6 * params * tps(rs) / peak * 100

print(f"{len(ours)} training runs a side ({steps} steps of 16 x 128 tokens), {len(g_ours)} generation "
      f"runs ({new_tokens} new tokens, greedy), {len(ui)} UI runs; threads {threads}; "
      f"OpenBLAS kernels {sgemm['kernels']}; sgemm peak {sgemm['peak_gflops']:.0f} GFLOP/s with "
      f"{sgemm['threads']} threads, {sgemm1['peak_gflops']:.0f} with 1; params {params}; "
      f"load average during the runs: median {med(loads):.1f}, {min(loads, default=0):.1f} to {max(loads, default=0):.1f}")
print()
print("| benchmark | Lengua (median) | peer (median) | Lengua ÷ peer (median of paired ratios) | goal | met |")
print("|---|---|---|---|---|---|")
def row(label, ours_value, peer_value, ratio, goal, met):
    print(f"| {label} | {ours_value} | {peer_value} | {ratio} | {goal} | {met} |")
for label, peer_rows in (("PyTorch as installed", torch), ("PyTorch, same OpenBLAS kernels", torch_k),
                         ("PyTorch, same kernels, 1 thread", torch_best)):
    if not peer_rows:
        continue
    r = paired(ours, peer_rows, "tokens_per_second")
    row(f"training tokens/s vs {label}", f"{tps(ours):.0f}", f"{tps(peer_rows):.0f}", f"{r:.2f}×",
        "≥ 1.0×", "yes" if r >= 1.0 else "no")
for label, peer_rows in (("PyTorch as installed", g_torch), ("PyTorch, same kernels, 1 thread", g_tuned)):
    if not peer_rows:
        continue
    r = paired(g_ours, peer_rows, "tokens_per_second")
    row(f"generation tokens/s (batch 1, KV cache) vs {label}", f"{tps(g_ours):.0f}", f"{tps(peer_rows):.0f}",
        f"{r:.2f}×", "≥ 2×", "yes" if r >= 2.0 else "no")
for label, peer_rows in (("PyTorch as installed", g_torch), ("PyTorch, same kernels, 1 thread", g_tuned)):
    if not g_variant or not peer_rows:
        continue
    r = paired(g_variant, peer_rows, "tokens_per_second")
    row(f"generation tokens/s, GEN_VARIANT build, vs {label}", f"{tps(g_variant):.0f}", f"{tps(peer_rows):.0f}",
        f"{r:.2f}×", "≥ 2×", "yes" if r >= 2.0 else "no")
row("MFU, training (6 · params · tokens/s ÷ sgemm peak)", f"{mfu(ours):.1f} %",
    " / ".join(f"{mfu(r):.1f} %" for r in (torch, torch_k, torch_best) if r), "–", "report", "–")
rss = med([r["rss_kb"] for r in ours]) / 1024
row("peak RSS, training (whole process)", f"{rss:.0f} MiB",
    f"{med([r['rss_kb'] for r in torch]) / 1024:.0f} MiB", "–", "< 1 GB", "yes" if rss < 1000 else "no")
row("CPU seconds, training run (user + sys)", f"{med([r['cpu'] for r in ours]):.1f} s",
    " / ".join(f"{med([r['cpu'] for r in rs]):.1f} s" for rs in (torch, torch_k, torch_best) if rs),
    "–", "–", "–")
for label, rs in (("a job on the JobRunner into a line series", ui), ("the GPT panel's train()", ui_panel)):
    if rs:
        worst = max(r["longest_stall_ms"] for r in rs)
        row(f"longest UI stall while training, {label} (offscreen)",
            f"{med([r['longest_stall_ms'] for r in rs]):.0f} ms (worst {worst})", "–", "–", "≤ 50 ms",
            "yes" if worst <= 50 else "no")
same = all(a["token_ids"] == b["token_ids"] for a, b in zip(g_ours, g_torch))
print()
print(f"Greedy tokens identical on both sides: {'yes' if same else 'no'}; final training loss "
      f"(median) ours {med([r['final_train_loss'] for r in ours]):.4f}, PyTorch "
      f"{med([r['final_train_loss'] for r in torch]):.4f}.")
EOF
