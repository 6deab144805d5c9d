#!/usr/bin/env bash
# Province-scale benchmark of plans shared through git.
#
#   bash tests/bench/git.sh
#   PLAN_BENCH_KEEP=/var/tmp/plan-git-bench bash tests/bench/git.sh   # reuse the repository
#
# Builds the release binary, generates (unless kept from an earlier run) a
# repository of 2,000 plan files (genplans.py, 50 tasks each) and 5,000
# commits (gitrepo.py: thirty clerks changing one task's note each, one
# commit in ten on plans/plan-0001.toml, half of those on its task 1), then
# prints:
#
#   - the merge driver's time per file: `plan merge BASE OURS THEIRS` on 100
#     of the plans, each side changing another task (median, mean, slowest);
#   - a real `git merge` of two branches that each changed one task in the
#     same 200 files (the driver runs once per file): total and per file;
#   - `plan -f plans/plan-0001.toml log 1` on the 5,000-commit history;
#   - `plan -f plans list --overdue` over the checkout.
#
# A report, not a test: it exits non-zero only when something cannot be
# measured.
#
# Environment:
#   PLAN_BENCH_KEEP=DIR   keep the generated repository in DIR and reuse it
#   PLAN_BENCH_RUNS=N     timed runs of `log` and `list` (default 5)
#   PLAN_BENCH_BIN=PATH   measure this binary instead of building the repository's
#   PLAN_BENCH_PLANS, PLAN_BENCH_TASKS, PLAN_BENCH_COMMITS, PLAN_BENCH_SEED
#                         sizes (defaults 2000, 50, 5000, 1)
set -euo pipefail

SCRIPT_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd -- "$SCRIPT_DIR/../.." && pwd)
PLANS=${PLAN_BENCH_PLANS:-2000}
TASKS=${PLAN_BENCH_TASKS:-50}
COMMITS=${PLAN_BENCH_COMMITS:-5000}
SEED=${PLAN_BENCH_SEED:-1}
RUNS=${PLAN_BENCH_RUNS:-5}
AS_OF=2026-12-01

WORK=$(mktemp -d "${TMPDIR:-/tmp}/plan-git-bench.XXXXXX")
trap 'rm -rf -- "$WORK"' EXIT
if [[ -n "${PLAN_BENCH_KEEP:-}" ]]; then
  mkdir -p -- "$PLAN_BENCH_KEEP"
  DATA=$(cd -- "$PLAN_BENCH_KEEP" && pwd)
else
  DATA="$WORK/data"
  mkdir -p -- "$DATA"
fi

# Git as a clean user: no system or global configuration, a fixed author.
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
export GIT_AUTHOR_NAME="Văn thư" GIT_AUTHOR_EMAIL=vanthu@trieuson.example
export GIT_COMMITTER_NAME="Văn thư" GIT_COMMITTER_EMAIL=vanthu@trieuson.example
export PLAN_LANG=en

echo "== plan git benchmark ($(date -u '+%Y-%m-%d %H:%M:%S UTC'))"
echo "host: $(nproc) CPUs, $(awk -F': *' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || echo unknown CPU)"
echo "git: $(git --version)"

if [[ -n "${PLAN_BENCH_BIN:-}" ]]; then
  BIN=$PLAN_BENCH_BIN
else
  echo "== cargo build --release"
  (cd -- "$REPO_ROOT" && cargo build --release)
  TARGET_DIR=${CARGO_TARGET_DIR:-target}
  [[ "$TARGET_DIR" = /* ]] || TARGET_DIR="$REPO_ROOT/$TARGET_DIR"
  BIN="$TARGET_DIR/release/plan"
fi
[[ -x "$BIN" ]] || { echo "error: $BIN not found" >&2; exit 1; }
BIN=$(cd -- "$(dirname -- "$BIN")" && pwd)/$(basename -- "$BIN")
echo "binary: $BIN"
echo

# ---------------------------------------------------------------- inputs
STAMP_WANT="plans=$PLANS tasks=$TASKS commits=$COMMITS seed=$SEED gen=$(cat "$SCRIPT_DIR/genplans.py" "$SCRIPT_DIR/gitrepo.py" | sha256sum | cut -c1-16)"
REPO="$DATA/repo-${PLANS}x${TASKS}-${COMMITS}-s${SEED}"
if [[ -d "$REPO/.git" && -f "$REPO.stamp" && "$(cat -- "$REPO.stamp")" == "$STAMP_WANT" ]]; then
  echo "repository: reusing $REPO"
else
  echo "repository: generating $PLANS plans x $TASKS tasks, $COMMITS commits ..."
  rm -rf -- "$REPO" "$REPO.stamp" "$DATA/plans-source"
  t0=$(date +%s.%N)
  python3 "$SCRIPT_DIR/genplans.py" folder "$DATA/plans-source" --plans "$PLANS" --tasks "$TASKS" --seed "$SEED"
  python3 "$SCRIPT_DIR/gitrepo.py" "$REPO" --plans-dir "$DATA/plans-source" --commits "$COMMITS" --seed "$SEED"
  rm -rf -- "$DATA/plans-source"
  printf '%s\n' "$STAMP_WANT" > "$REPO.stamp"
  echo "            done in $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}') s"
fi
(cd -- "$REPO" && git reset -q --hard main && git clean -qfdx)
git -C "$REPO" config merge.plan.driver "$BIN merge %O %A %B --path %P"
echo "commits: $(git -C "$REPO" rev-list --count main), files: $(git -C "$REPO" ls-files plans | wc -l)," \
  "bytes: $(du -sb "$REPO/plans" | cut -f1), commits on plan-0001.toml: $(git -C "$REPO" rev-list --count main -- plans/plan-0001.toml)"
echo

# Median, mean and slowest of RUNS runs of a command (after a warm-up), in
# seconds, or FAIL and its stderr.
TIMER='
import statistics, subprocess, sys, time
runs = int(sys.argv[1]); cwd = sys.argv[2]; cmd = sys.argv[3:]
warm = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
if warm.returncode not in (0,):
    sys.stderr.write(warm.stderr.decode(errors="replace")); print("FAIL"); sys.exit(1)
times = []
for _ in range(runs):
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append(time.perf_counter() - t0)
print("%.3f %.3f %.3f %d" % (statistics.median(times), statistics.mean(times), max(times), warm.stdout.count(b"\n")))
'

# ---------------------------------------------------------------- merge driver, per file
# For 100 plans: BASE as committed, OURS with task 3's note changed, THEIRS
# with task 7's; each `plan merge` timed on its own copy.
MERGE_TIMER='
import os, re, statistics, subprocess, sys, time
sys.path.insert(0, sys.argv[3])
from gitrepo import set_note
binary, repo, _, work = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
names = sorted(os.listdir(os.path.join(repo, "plans")))[1:101]
times = []
for i, name in enumerate(names):
    base = open(os.path.join(repo, "plans", name), encoding="utf-8").read()
    d = os.path.join(work, str(i)); os.makedirs(d)
    sides = {"base": base, "ours": set_note(base, "3", "Đã họp"), "theirs": set_note(base, "7", "Đã gửi")}
    for side, text in sides.items():
        open(os.path.join(d, side), "w", encoding="utf-8").write(text)
    t0 = time.perf_counter()
    r = subprocess.run([binary, "merge", "base", "ours", "theirs", "--path", "plans/" + name], cwd=d, capture_output=True)
    times.append(time.perf_counter() - t0)
    merged = open(os.path.join(d, "ours"), encoding="utf-8").read()
    if r.returncode != 0 or "Đã họp" not in merged or "Đã gửi" not in merged:
        sys.stderr.write(r.stderr.decode()); print("FAIL"); sys.exit(1)
print("%.4f %.4f %.4f %d %d" % (statistics.median(times), statistics.mean(times), max(times), len(times), len(base.encode())))
'
echo "== merge driver"
read -r m_median m_mean m_max m_files m_bytes < <(python3 -c "$MERGE_TIMER" "$BIN" "$REPO" "$SCRIPT_DIR" "$WORK/merge")
echo "plan merge, one file each ($m_files files of ~$m_bytes bytes): median ${m_median} s, mean ${m_mean} s, slowest ${m_max} s"

# A real merge: branches a and b each change one task in the same 200 files.
BRANCHES='
import os, subprocess, sys
sys.path.insert(0, sys.argv[2])
from gitrepo import set_note
repo = sys.argv[1]
names = sorted(os.listdir(os.path.join(repo, "plans")))[1:201]
for branch, task, note in (("a", "3", "Nhánh a"), ("b", "7", "Nhánh b")):
    subprocess.run(["git", "checkout", "-q", "-B", branch, "main"], cwd=repo, check=True)
    for name in names:
        path = os.path.join(repo, "plans", name)
        text = open(path, encoding="utf-8").read()
        open(path, "w", encoding="utf-8").write(set_note(text, task, note))
    subprocess.run(["git", "commit", "-q", "-am", branch], cwd=repo, check=True)
subprocess.run(["git", "checkout", "-q", "a"], cwd=repo, check=True)
'
python3 -c "$BRANCHES" "$REPO" "$SCRIPT_DIR"
t0=$(date +%s.%N)
git -C "$REPO" merge -q --no-edit b > /dev/null
t1=$(date +%s.%N)
conflicts=$(git -C "$REPO" diff --name-only --diff-filter=U | wc -l)
"$BIN" -f "$REPO/plans" check > /dev/null 2>&1 || { echo "error: plan check fails after the merge" >&2; exit 1; }
echo "git merge of two branches changing other tasks of the same $(( PLANS > 200 ? 200 : PLANS - 1 )) files: $(awk -v a="$t0" -v b="$t1" -v n=$(( PLANS > 200 ? 200 : PLANS - 1 )) 'BEGIN{printf "%.2f s, %.1f ms per file", b-a, (b-a)*1000/n}'), $conflicts conflicts, plan check passes"
git -C "$REPO" checkout -q main
git -C "$REPO" branch -q -D a b
echo

# ---------------------------------------------------------------- plan log
echo "== plan log"
read -r l_median l_mean l_max l_lines < <(python3 -c "$TIMER" "$RUNS" "$REPO" "$BIN" -f plans/plan-0001.toml log 1)
echo "plan log 1 on plans/plan-0001.toml ($(git -C "$REPO" rev-list --count main -- plans/plan-0001.toml) commits on the file, $l_lines lines out): median ${l_median} s, slowest ${l_max} s"
read -r h_median h_mean h_max h_lines < <(python3 -c "$TIMER" "$RUNS" "$REPO" "$BIN" -f plans/plan-0002.toml log 1)
echo "plan log 1 on plans/plan-0002.toml ($(git -C "$REPO" rev-list --count main -- plans/plan-0002.toml) commits on the file): median ${h_median} s"
# git's changed-path Bloom filters let a path-limited log skip the commits
# that cannot have touched the file.
git -C "$REPO" commit-graph write --reachable --changed-paths 2> /dev/null
read -r g_median g_mean g_max g_lines < <(python3 -c "$TIMER" "$RUNS" "$REPO" "$BIN" -f plans/plan-0001.toml log 1)
read -r k_median k_mean k_max k_lines < <(python3 -c "$TIMER" "$RUNS" "$REPO" "$BIN" -f plans/plan-0002.toml log 1)
echo "with \`git commit-graph write --reachable --changed-paths\`: plan-0001.toml median ${g_median} s, plan-0002.toml median ${k_median} s"
rm -rf -- "$REPO/.git/objects/info/commit-graph" "$REPO/.git/objects/info/commit-graphs"
echo

# ---------------------------------------------------------------- list
echo "== plan list --overdue over the checkout"
read -r o_median o_mean o_max o_lines < <(python3 -c "$TIMER" "$RUNS" "$REPO" "$BIN" -f plans list --overdue --as-of "$AS_OF" --format csv)
echo "plan -f plans list --overdue ($o_lines CSV lines): median ${o_median} s, slowest ${o_max} s"
