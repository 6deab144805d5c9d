#!/usr/bin/env bash
# Benchmark report for `plan list --overdue` on large synthetic inputs.
#
#   tests/bench/run.sh
#   PLAN_BENCH_KEEP=/var/tmp/plan-bench tests/bench/run.sh   # reuse generated data
#
# Builds the release binary, generates (unless already present) a folder of
# 2,000 plans x 50 tasks and one plan file with 100,000 tasks, then for each
# input runs
#
#   target/release/plan -f INPUT list --overdue --as-of 2026-12-01 --format csv > /dev/null
#
# once to warm the page cache, 5 times for wall time, and once under
# /usr/bin/time for peak RSS and CPU%.  Prints a table with the targets:
# folder median < 0.3 s, single median < 0.5 s, peak RSS < 5x input bytes.
#
# This is a report, not a test: missed targets still exit 0.  It exits
# non-zero only when something cannot be measured (build failure, or `plan`
# exiting non-zero on an input, whose stderr is then printed).
#
# Environment:
#   PLAN_BENCH_KEEP=DIR   keep generated inputs in DIR and reuse them next run
#                         (regenerated when sizes, seed or genplans.py change)
#   PLAN_BENCH_RUNS=N     timed runs per case (default 5)
#   PLAN_BENCH_BIN=PATH   measure this binary instead of building the repository's
#                         (to compare with an older commit on the same data)
#   PLAN_BENCH_PLANS, PLAN_BENCH_TASKS, PLAN_BENCH_SINGLE_TASKS, PLAN_BENCH_SEED
#                         input sizes (defaults 2000, 50, 100000, 1); the
#                         targets are meant for the defaults
set -euo pipefail

SCRIPT_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd -- "$SCRIPT_DIR/../.." && pwd)
GEN="$SCRIPT_DIR/genplans.py"

PLANS=${PLAN_BENCH_PLANS:-2000}
TASKS=${PLAN_BENCH_TASKS:-50}
SINGLE_TASKS=${PLAN_BENCH_SINGLE_TASKS:-100000}
SEED=${PLAN_BENCH_SEED:-1}
RUNS=${PLAN_BENCH_RUNS:-5}
AS_OF=2026-12-01
TARGET_FOLDER_S=0.3
TARGET_SINGLE_S=0.5
TARGET_RSS_RATIO=5

# Scratch space (stderr captures, /usr/bin/time output) is always removed;
# the data lives there too unless PLAN_BENCH_KEEP names a directory.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/plan-bench.XXXXXX")
trap 'rm -rf -- "$WORK"' EXIT
if [[ -n "${PLAN_BENCH_KEEP:-}" ]]; then
  mkdir -p -- "$PLAN_BENCH_KEEP"
  DATA=$(cd -- "$PLAN_BENCH_KEEP" && pwd)
else
  DATA="$WORK/data"
  mkdir -p -- "$DATA"
fi

echo "== plan benchmark ($(date -u '+%Y-%m-%d %H:%M:%S UTC'))"
echo "host: $(nproc) CPUs, $(awk -F': *' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || echo unknown CPU)"
echo "rustc: $(rustc -V 2>/dev/null || echo unknown)"
echo "repo: $REPO_ROOT"
echo "data: $DATA${PLAN_BENCH_KEEP:+ (kept)}"
echo

# ---------------------------------------------------------------- build
if [[ -n "${PLAN_BENCH_BIN:-}" ]]; then
  # Another build (an older commit, say) measured on the same data.
  BIN=$PLAN_BENCH_BIN
else
  echo "== cargo build --release"
  (cd -- "$REPO_ROOT" && cargo build --release)
  TARGET_DIR=${CARGO_TARGET_DIR:-target}
  [[ "$TARGET_DIR" = /* ]] || TARGET_DIR="$REPO_ROOT/$TARGET_DIR"
  BIN="$TARGET_DIR/release/plan"
fi
if [[ ! -x "$BIN" ]]; then
  echo "error: $BIN not found after build" >&2
  exit 1
fi
echo "binary: $BIN ($(stat -c %s "$BIN") bytes)"
echo

# ---------------------------------------------------------------- inputs
GEN_HASH=$(sha256sum "$GEN" | cut -c1-16)
FOLDER="$DATA/folder-${PLANS}x${TASKS}-s${SEED}"
SINGLE="$DATA/single-${SINGLE_TASKS}-s${SEED}.toml"
FOLDER_STAMP="$FOLDER.stamp"
SINGLE_STAMP="$SINGLE.stamp"
FOLDER_WANT="folder plans=$PLANS tasks=$TASKS seed=$SEED gen=$GEN_HASH"
SINGLE_WANT="single tasks=$SINGLE_TASKS seed=$SEED gen=$GEN_HASH"

echo "== inputs"
if [[ -d "$FOLDER" && -f "$FOLDER_STAMP" && "$(cat -- "$FOLDER_STAMP")" == "$FOLDER_WANT" ]]; then
  echo "folder: reusing $FOLDER"
else
  echo "folder: generating $PLANS plans x $TASKS tasks ..."
  rm -rf -- "$FOLDER" "$FOLDER.partial" "$FOLDER_STAMP"
  t0=$(date +%s.%N)
  python3 "$GEN" folder "$FOLDER.partial" --plans "$PLANS" --tasks "$TASKS" --seed "$SEED"
  mv -- "$FOLDER.partial" "$FOLDER"
  printf '%s\n' "$FOLDER_WANT" > "$FOLDER_STAMP"
  echo "        done in $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}') s"
fi
if [[ -f "$SINGLE" && -f "$SINGLE_STAMP" && "$(cat -- "$SINGLE_STAMP")" == "$SINGLE_WANT" ]]; then
  echo "single: reusing $SINGLE"
else
  echo "single: generating 1 plan x $SINGLE_TASKS tasks ..."
  rm -f -- "$SINGLE" "$SINGLE_STAMP"
  t0=$(date +%s.%N)
  python3 "$GEN" single "$SINGLE" --tasks "$SINGLE_TASKS" --seed "$SEED"
  printf '%s\n' "$SINGLE_WANT" > "$SINGLE_STAMP"
  echo "        done in $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}') s"
fi

FOLDER_BYTES=$(find "$FOLDER" -maxdepth 1 -type f -name '*.toml' -printf '%s\n' | awk '{s += $1} END {print s + 0}')
FOLDER_FILES=$(find "$FOLDER" -maxdepth 1 -type f -name '*.toml' | wc -l)
FOLDER_TASKS=$(find "$FOLDER" -maxdepth 1 -type f -name '*.toml' -exec cat {} + | grep -c '^\[\[task\]\]' || true)
SINGLE_BYTES=$(stat -c %s "$SINGLE")
SINGLE_TASKS_N=$(grep -c '^\[\[task\]\]' "$SINGLE" || true)
echo "folder: $FOLDER_BYTES bytes in $FOLDER_FILES files, $FOLDER_TASKS tasks  ($FOLDER)"
echo "single: $SINGLE_BYTES bytes, $SINGLE_TASKS_N tasks  ($SINGLE)"
echo

# ---------------------------------------------------------------- measure
# Warm-up run (stdout captured to count CSV lines, also warms the page
# cache), then RUNS timed runs with stdout to /dev/null.  Prints
# "lines median min t1 t2 ..." or, on failure, the exit code and stderr.
TIMER='
import statistics, subprocess, sys, time
runs = int(sys.argv[1]); errfile = sys.argv[2]; cmd = sys.argv[3:]
warm = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
if warm.returncode != 0:
    open(errfile, "wb").write(warm.stderr)
    print("FAIL", warm.returncode); sys.exit(0)
lines = warm.stdout.count(b"\n")
times = []
for _ in range(runs):
    t0 = time.perf_counter()
    r = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    times.append(time.perf_counter() - t0)
    if r.returncode != 0:
        open(errfile, "wb").write(r.stderr)
        print("FAIL", r.returncode); sys.exit(0)
print(lines, f"{statistics.median(times):.4f}", f"{min(times):.4f}", *(f"{t:.4f}" for t in times))
'

FAILED=0
RESULTS=()  # "case bytes tasks median min rss_kib cpu target_s"

measure() {
  local name=$1 input=$2 bytes=$3 tasks=$4 target=$5
  local cmd=("$BIN" -f "$input" list --overdue --as-of "$AS_OF" --format csv)
  echo "== $name: ${cmd[*]} > /dev/null"
  local out
  out=$(python3 -c "$TIMER" "$RUNS" "$WORK/$name.err" "${cmd[@]}")
  if [[ $out == FAIL* ]]; then
    echo "   plan FAILED (exit ${out#FAIL }) on $input; stderr:"
    sed -n '1,40p' -- "$WORK/$name.err" | sed 's/^/   | /'
    FAILED=1
    RESULTS+=("$name $bytes $tasks - - - - $target")
    echo
    return 0
  fi
  local lines median min times
  read -r lines median min times <<< "$out"
  echo "   output: $lines CSV lines; wall times (s): $times"
  if (( lines < 2 )); then
    echo "   warning: plan printed no overdue rows; these figures may not reflect real work"
  fi

  local rc=0
  /usr/bin/time -f '%e %M %P' -o "$WORK/$name.time" "${cmd[@]}" > /dev/null 2> "$WORK/$name.err" || rc=$?
  if (( rc != 0 )); then
    echo "   plan FAILED under /usr/bin/time (exit $rc); stderr:"
    sed -n '1,40p' -- "$WORK/$name.err" | sed 's/^/   | /'
    FAILED=1
    RESULTS+=("$name $bytes $tasks $median $min - - $target")
    echo
    return 0
  fi
  local t_e t_m t_p
  read -r t_e t_m t_p < <(tail -n 1 -- "$WORK/$name.time")
  echo "   /usr/bin/time: ${t_e} s elapsed, ${t_m} KiB max RSS, ${t_p} CPU"
  RESULTS+=("$name $bytes $tasks $median $min $t_m ${t_p%\%} $target")
  echo
}

measure folder "$FOLDER" "$FOLDER_BYTES" "$FOLDER_TASKS" "$TARGET_FOLDER_S"
measure single "$SINGLE" "$SINGLE_BYTES" "$SINGLE_TASKS_N" "$TARGET_SINGLE_S"

# ---------------------------------------------------------------- edit
# `plan done` on one task in the middle of the single file, then `plan
# reopen` to put it back, RUNS times; the file is a copy.
EDIT_FILE="$WORK/edit.toml"
cp -- "$SINGLE" "$EDIT_FILE"
EDIT_ID=$(( SINGLE_TASKS_N / 2 ))
echo "== done: $BIN -f $EDIT_FILE done $EDIT_ID (then reopen), $RUNS times"
EDIT_TIMES=$(python3 - "$RUNS" "$BIN" "$EDIT_FILE" "$EDIT_ID" <<'PY'
import statistics, subprocess, sys, time
runs, binary, path, task = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
times = []
for _ in range(runs):
    t0 = time.perf_counter()
    subprocess.run([binary, "-f", path, "done", task, "--on", "2021-06-01"], check=True, stderr=subprocess.DEVNULL)
    times.append(time.perf_counter() - t0)
    subprocess.run([binary, "-f", path, "reopen", task], check=True, stderr=subprocess.DEVNULL)
print(f"{statistics.median(times):.4f}", f"{min(times):.4f}")
PY
)
read -r EDIT_MEDIAN EDIT_MIN <<< "$EDIT_TIMES"
/usr/bin/time -f '%M' -o "$WORK/edit.time" "$BIN" -f "$EDIT_FILE" done "$EDIT_ID" 2> /dev/null
EDIT_RSS=$(tail -n 1 "$WORK/edit.time")
if cmp -s <("$BIN" -f "$EDIT_FILE" reopen "$EDIT_ID" 2>/dev/null; cat "$EDIT_FILE") "$SINGLE"; then
  EDIT_SAME="file identical to the original after done+reopen"
else
  EDIT_SAME="WARNING: file differs from the original after done+reopen"
fi
echo "   median $EDIT_MEDIAN s, min $EDIT_MIN s, peak RSS $(( EDIT_RSS / 1024 )) MB (target < 0.1 s); $EDIT_SAME"
echo

# ---------------------------------------------------------------- report
echo "== results (MB = 10^6 bytes; wall = median of $RUNS runs after 1 warm-up; RSS/CPU from one /usr/bin/time run)"
printf '%s\n' "${RESULTS[@]}" | awk -v ratio_target="$TARGET_RSS_RATIO" '
BEGIN {
  fmt = "%-7s %9s %8s %9s %8s %12s %10s %6s   %-16s %-16s\n"
  printf fmt, "case", "input MB", "tasks", "median s", "min s", "peak RSS MB", "RSS/input", "CPU %", "wall target", "RSS target"
}
{
  name = $1; bytes = $2; tasks = $3; med = $4; mn = $5; rss = $6; cpu = $7; tgt = $8
  mb = sprintf("%.1f", bytes / 1e6)
  if (med == "-") { medf = "-"; minf = "-"; wall = sprintf("< %.1f s  n/a", tgt) }
  else {
    medf = sprintf("%.3f", med); minf = sprintf("%.3f", mn)
    wall = sprintf("< %.1f s  %s", tgt, (med + 0 < tgt + 0) ? "ok" : "MISSED")
  }
  if (rss == "-") { rssf = "-"; ratf = "-"; cpuf = "-"; rt = sprintf("< %dx  n/a", ratio_target) }
  else {
    rss_bytes = rss * 1024
    rssf = sprintf("%.1f", rss_bytes / 1e6)
    r = rss_bytes / bytes
    ratf = sprintf("%.2fx", r)
    cpuf = cpu
    rt = sprintf("< %dx  %s", ratio_target, (r < ratio_target) ? "ok" : "MISSED")
  }
  printf fmt, name, mb, tasks, medf, minf, rssf, ratf, cpuf, wall, rt
}'

if (( FAILED )); then
  echo
  echo "some cases could not be measured (plan exited non-zero); see above"
  exit 1
fi
exit 0
