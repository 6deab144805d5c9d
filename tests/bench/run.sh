#!/usr/bin/env bash
# Side-by-side benchmark of `plan` (and Taskwarrior, when `task` is on PATH).
#
#   tests/bench/run.sh
#   PLAN_BENCH_KEEP=/var/tmp/pb tests/bench/run.sh            # keep and reuse the data
#   PLAN_BENCH_KEEP=/var/tmp/pb PLAN_BENCH_BASE=/var/tmp/plan-base tests/bench/run.sh
#
# Builds the release binary, generates deterministic inputs with genplans.py
# (one plan of 10,000 and of 100,000 tasks, a folder of 2,000 plans of 50
# tasks; one plan of 1,000,000 tasks with PLAN_BENCH_1M=1), imports the same
# tasks into a Taskwarrior data folder once (up to 100,000 tasks: Taskwarrior
# takes minutes per command on a million), then times every format of
# `list --overdue` (the table at COLUMNS=120, JSON, CSV), `check`, `report`
# and `done ID`, beside `task +OVERDUE list`, `task +OVERDUE export`,
# `task ID done`, the read floor (`cat` of the same bytes) and the write
# floor (the same bytes written, flushed and renamed over a copy), and prints a
# table: medians, peak memory, ratio to Taskwarrior. See bench.py.
#
# A report, not a test: it exits non-zero only when a command fails.
#
# Environment:
#   PLAN_BENCH_KEEP=DIR   keep generated inputs (and Taskwarrior's copy) in DIR
#   PLAN_BENCH_RUNS=N     timed runs per command (default 5)
#   PLAN_BENCH_BIN=PATH   measure this binary instead of building the repository's
#   PLAN_BENCH_BASE=PATH  also run this (older) binary, alternately with the new one
#   PLAN_BENCH_1M=1       add the plan of 1,000,000 tasks (slow to generate and import)
#   PLAN_BENCH_ONLY=LIST  only these of table,json,csv,check,report,done
#   PLAN_BENCH_INPUTS=LIST only these of 10k,100k,1M,folder
#   PLAN_BENCH_SEED=N     generator seed (default 1)
set -euo pipefail

SCRIPT_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd -- "$SCRIPT_DIR/../.." && pwd)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/plan-bench.XXXXXX")
trap 'rm -rf -- "$WORK"' EXIT
DATA=${PLAN_BENCH_KEEP:-$WORK/data}
mkdir -p -- "$DATA"

echo "== plan benchmark ($(date -u '+%Y-%m-%d %H:%M:%S UTC'))"
echo "host: $(nproc) CPUs, $(awk -F': *' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || echo unknown CPU), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "taskwarrior: $(command -v task >/dev/null && task --version || echo 'not installed (apt-get install taskwarrior)')"

if [[ -n "${PLAN_BENCH_BIN:-}" ]]; then
  BIN=$PLAN_BENCH_BIN
else
  (cd -- "$REPO_ROOT" && cargo build --release --quiet)
  TARGET_DIR=${CARGO_TARGET_DIR:-$REPO_ROOT/target}
  BIN="$TARGET_DIR/release/plan"
fi
echo "binary: $BIN${PLAN_BENCH_BASE:+, before: $PLAN_BENCH_BASE}"
echo

args=(--bin "$BIN" --data "$DATA" --runs "${PLAN_BENCH_RUNS:-5}" --seed "${PLAN_BENCH_SEED:-1}")
[[ -n "${PLAN_BENCH_BASE:-}" ]] && args+=(--base "$PLAN_BENCH_BASE")
[[ -n "${PLAN_BENCH_1M:-}" ]] && args+=(--million)
[[ -n "${PLAN_BENCH_ONLY:-}" ]] && args+=(--only "$PLAN_BENCH_ONLY")
[[ -n "${PLAN_BENCH_INPUTS:-}" ]] && args+=(--inputs "$PLAN_BENCH_INPUTS")
exec python3 "$SCRIPT_DIR/bench.py" "${args[@]}"
