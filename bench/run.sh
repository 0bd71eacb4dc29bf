#!/usr/bin/env bash
# Runs Lengua's foundation benchmarks side by side with their peers from a built tree
# and prints a Markdown table of medians. See bench/README.md.
#
# Usage: bench/run.sh [BUILD_DIR]          (default: build, relative to the repository)
# Environment: RUNS (default 5), RUNS_LARGE (default 3), PYTHON (default /usr/bin/python3,
# where Debian's python3-sklearn lives), CORPUS (default ../shared/data/corpora/
# en-bible-kjv.tsv), LARGE (default /tmp/lengua-bench-kjv-100mb.tsv, made if missing),
# RESULTS (default /tmp/lengua-bench-results: every raw JSON line), XDISPLAY (default :99).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-build}
[[ $BUILD = /* ]] || BUILD="$ROOT/$BUILD"
RUNS=${RUNS:-5}
RUNS_LARGE=${RUNS_LARGE:-3}
PYTHON=${PYTHON:-/usr/bin/python3}
CORPUS=${CORPUS:-$ROOT/../shared/data/corpora/en-bible-kjv.tsv}
LARGE=${LARGE:-/tmp/lengua-bench-kjv-100mb.tsv}
RESULTS=${RESULTS:-/tmp/lengua-bench-results}
XDISPLAY=${XDISPLAY:-:99}
TIME=/usr/bin/time

for program in lengua lengua-cli bench_gui_load_stall; do
    [[ -x $BUILD/$program ]] || { echo "missing $BUILD/$program: build it first" >&2; exit 1; }
done
[[ -x $TIME ]] || { echo "missing $TIME (Debian package: time)" >&2; exit 1; }
[[ -r $CORPUS ]] || { echo "missing corpus $CORPUS" >&2; exit 1; }
mkdir -p "$RESULTS"
rm -f "$RESULTS"/*.jsonl

# json FILE_LINE KEY: one value of a JSON object.
json() { "$PYTHON" -c 'import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$1" "$2"; }
source "$ROOT/bench/lib.sh" # median, column, ratio, fmt

# timed NAME COMMAND...: runs once, appends {"wall": s, "rss_kb": KB, "out": stdout JSON} to NAME.jsonl.
timed() {
    local name=$1
    shift
    local out
    out=$("$TIME" -f '%e %M' -o "$RESULTS/time.txt" "$@" 2>"$RESULTS/stderr.txt" | tail -n 1)
    read -r wall rss < <(tail -n 1 "$RESULTS/time.txt")
    "$PYTHON" -c 'import json,sys; print(json.dumps({"wall": float(sys.argv[1]), "rss_kb": int(sys.argv[2]), **json.loads(sys.argv[3])}))' \
        "$wall" "$rss" "$out" >> "$RESULTS/$name.jsonl"
}

HAVE_SKLEARN=0
"$PYTHON" -c 'import sklearn' 2>/dev/null && HAVE_SKLEARN=1

# One X server for every GUI run, started once, so its own start is not timed.
XVFB_PID=
if ! DISPLAY=$XDISPLAY xdpyinfo >/dev/null 2>&1 && [[ ! -e /tmp/.X11-unix/X${XDISPLAY#:} ]]; then
    if command -v Xvfb >/dev/null; then
        Xvfb "$XDISPLAY" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
        XVFB_PID=$!
        trap '[[ -n $XVFB_PID ]] && kill $XVFB_PID' EXIT
        sleep 2
    else
        echo "Xvfb not found: the GUI runs under it are skipped" >&2
        XDISPLAY=
    fi
fi

echo "Running on $(nproc) cores, $(date -u +%Y-%m-%d); raw results in $RESULTS" >&2

# 1. Cold start to the first painted window.
if [[ -n $XDISPLAY ]]; then
    echo "1. cold start ($RUNS runs)" >&2
    for _ in $(seq "$RUNS"); do DISPLAY=$XDISPLAY QT_QPA_PLATFORM=xcb timed start "$BUILD/lengua" --exit-after-paint; done
fi

# 2. corpus-stats on the 4.3 MB Bible, with the peers.
echo "2. corpus-stats on $(basename "$CORPUS") ($RUNS runs each)" >&2
for _ in $(seq "$RUNS"); do
    timed stats "$BUILD/lengua-cli" corpus-stats --input "$CORPUS"
    timed stats_peer "$PYTHON" "$ROOT/bench/peer_corpus_stats.py" --input "$CORPUS"
    if ((HAVE_SKLEARN)); then
        timed stats_sklearn "$PYTHON" "$ROOT/bench/peer_sklearn_vocabulary.py" --input "$CORPUS"
    fi
done

# 3. The same on >= 100 MB (the Bible repeated), for peak memory and throughput.
if [[ ! -s $LARGE ]]; then
    : > "$LARGE"
    while (($(stat -c %s "$LARGE") < 100000000)); do cat "$CORPUS" >> "$LARGE"; done
fi
LARGE_BYTES=$(stat -c %s "$LARGE")
echo "3. corpus-stats on $LARGE ($LARGE_BYTES bytes, $RUNS_LARGE runs each)" >&2
for _ in $(seq "$RUNS_LARGE"); do
    timed large "$BUILD/lengua-cli" corpus-stats --input "$LARGE"
    timed large_peer "$PYTHON" "$ROOT/bench/peer_corpus_stats.py" --input "$LARGE"
    if ((HAVE_SKLEARN)); then
        timed large_sklearn "$PYTHON" "$ROOT/bench/peer_sklearn_vocabulary.py" --input "$LARGE"
    fi
done

# 4. The UI thread's longest stall while the large corpus loads and is counted.
echo "4. UI stall probe ($RUNS_LARGE runs per platform)" >&2
for _ in $(seq "$RUNS_LARGE"); do
    QT_QPA_PLATFORM=offscreen timed stall_offscreen "$BUILD/bench_gui_load_stall" "$LARGE" --breakdown
    if [[ -n $XDISPLAY ]]; then
        DISPLAY=$XDISPLAY QT_QPA_PLATFORM=xcb timed stall_xcb "$BUILD/bench_gui_load_stall" "$LARGE" --breakdown
    fi
done

# ---- The report -------------------------------------------------------------------
med() { column "$RESULTS/$1.jsonl" "$2" | median; }
# Throughput of the statistics (MB/s of UTF-8 text) per run, then the median.
throughput() { "$PYTHON" -c 'import json,sys
for line in open(sys.argv[1]):
    r = json.loads(line); print(r["bytes"] / 1e6 / r["statistics_seconds"])' "$1" | median; }
met() { awk -v v="$1" -v goal="$2" -v dir="$3" 'BEGIN { if (v == "n/a") print "–"; else if ((dir == "le" && v + 0 <= goal + 0) || (dir == "ge" && v + 0 >= goal + 0)) print "yes"; else print "**no**" }'; }

echo
echo "| benchmark | Lengua (median) | peer (median) | Lengua's advantage (peer cost ÷ ours) | goal | met |"
echo "|---|---|---|---|---|---|"
if [[ -s $RESULTS/start.jsonl ]]; then
    start_wall=$(med start wall)
    echo "| 1. cold start to first paint, whole process (Xvfb) | $(fmt "$start_wall") s (first paint at $(med start first_paint_ms) ms) | – | – | ≤ 1.0 s | $(met "$start_wall" 1.0 le) |"
fi
stats_wall=$(med stats wall)
peer_wall=$(med stats_peer wall)
corpus_mb=$(awk -v b="$(stat -c %s "$CORPUS")" 'BEGIN { printf "%.1f", b / 1e6 }')
echo "| 2. corpus-stats, $(basename "$CORPUS") ($corpus_mb MB), wall | $(fmt "$stats_wall") s | Python: $(fmt "$peer_wall") s | $(ratio "$stats_wall" "$peer_wall") | ≤ 0.3 s | $(met "$stats_wall" 0.3 le) |"
if ((HAVE_SKLEARN)); then
    sk_wall=$(med stats_sklearn wall)
    echo "| 2b. same, scikit-learn CountVectorizer (types, tokens only), wall incl. import | $(fmt "$stats_wall") s | scikit-learn: $(fmt "$sk_wall") s | $(ratio "$stats_wall" "$sk_wall") | – | – |"
fi
large_mb=$(awk -v b="$LARGE_BYTES" 'BEGIN { printf "%.1f", b / 1e6 }')
rss_mb=$(awk -v k="$(med large rss_kb)" 'BEGIN { printf "%.0f", k / 1024 }')
peer_rss_mb=$(awk -v k="$(med large_peer rss_kb)" 'BEGIN { printf "%.0f", k / 1024 }')
rss_factor=$(awk -v r="$rss_mb" -v b="$LARGE_BYTES" 'BEGIN { printf "%.2f", r * 1048576 / b }')
echo "| 3a. peak RSS, corpus-stats on $large_mb MB | $rss_mb MiB (${rss_factor}× the file) | Python: $peer_rss_mb MiB | $(ratio "$rss_mb" "$peer_rss_mb") | ≤ 3× file | $(met "$rss_factor" 3 le) |"
tp=$(throughput "$RESULTS/large.jsonl")
peer_tp=$(throughput "$RESULTS/large_peer.jsonl")
echo "| 3b. statistics throughput on $large_mb MB | $(fmt "$tp" 0) MB/s | Python: $(fmt "$peer_tp" 1) MB/s | $(ratio "$peer_tp" "$tp") | ≥ 100 MB/s | $(met "$tp" 100 ge) |"
echo "| 3c. corpus-stats on $large_mb MB, wall (load $(fmt "$(med large load_seconds)") s + statistics $(fmt "$(med large statistics_seconds)") s) | $(fmt "$(med large wall)") s | Python: $(fmt "$(med large_peer wall)") s | $(ratio "$(med large wall)" "$(med large_peer wall)") | – | – |"
if ((HAVE_SKLEARN)); then
    echo "| 3d. same, scikit-learn, wall / peak RSS | $(fmt "$(med large wall)") s / $rss_mb MiB | $(fmt "$(med large_sklearn wall)") s / $(awk -v k="$(med large_sklearn rss_kb)" 'BEGIN { printf "%.0f", k / 1024 }') MiB | $(ratio "$(med large wall)" "$(med large_sklearn wall)") | – | – |"
fi
for platform in offscreen xcb; do
    [[ -s $RESULTS/stall_$platform.jsonl ]] || continue
    stall=$(med stall_$platform longest_stall_ms)
    worst=$(column "$RESULTS/stall_$platform.jsonl" longest_stall_ms | sort -g | tail -n 1)
    phase=$(column "$RESULTS/stall_$platform.jsonl" longest_stall_phase | sort | uniq -c | sort -rn | awk 'NR == 1 { print $2 }')
    echo "| 4. longest UI stall, 100 MB load + statistics ($platform) | $stall ms (worst $worst, in $phase; 2nd longest $(med stall_$platform second_stall_ms) ms) | – | – | ≤ 50 ms | $(met "$stall" 50 le) |"
done

echo
echo "Counts on $(basename "$CORPUS"), side by side:"
echo
echo "| | documents | sentences | tokens | types | characters |"
echo "|---|---|---|---|---|---|"
row() { local file=$RESULTS/$1.jsonl; local line; line=$(head -n 1 "$file")
    "$PYTHON" -c 'import json,sys
r = json.loads(sys.argv[2]); get = lambda k: str(r.get(k, "–"))
print("| " + sys.argv[1] + " | " + " | ".join(get(k) for k in ("documents", "sentences", "tokens", "types", "characters")) + " |")' "$2" "$line"; }
row stats "lengua-cli corpus-stats"
row stats_peer "peer_corpus_stats.py"
((HAVE_SKLEARN)) && row stats_sklearn "peer_sklearn_vocabulary.py"
if [[ -s $RESULTS/stall_offscreen.jsonl ]]; then
    echo
    echo "Where the longest UI stall goes (ms on the UI thread, alone, offscreen, first run):"
    echo
    "$PYTHON" -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline()).get("breakdown", {}))' "$RESULTS/stall_offscreen.jsonl"
fi
