#!/usr/bin/env python3
"""The side-by-side benchmark behind tests/bench/run.sh (which builds the
binary and calls this); see run.sh for the environment variables.

    bench.py --bin PLAN --data DIR [--base OLD_PLAN] [--runs 5] [--million]

For each input (one plan of 10,000, 100,000 and, with --million, 1,000,000
tasks; a folder of 2,000 plans of 50 tasks) it times, as whole processes:

  plan list --overdue               the table, the default (COLUMNS=120)
  plan list --overdue --format json
  plan list --overdue --format csv
  plan check
  plan report
  plan done ID                      one plan files only, on a fresh copy
                                    (flushed to disk before it is timed)

Each read command runs with the read cache (kept in DIR/cache, filled by
the warm-up run) and, alternately, without it (PLAN_CACHE=0: every file
parsed). With --base, the old binary runs alternately with the new one on
the same data, RUNS times each. When `task` (Taskwarrior) is on PATH the same tasks
are imported once into a Taskwarrior data folder (kept beside the data) and
`task +OVERDUE list`, `task +OVERDUE export` and `task ID done` (on a fresh
copy of the folder each run) are timed too. The read floor is `cat` of the
same bytes; the floor of `done` is the same bytes written to a new file
beside the plan, flushed and renamed over it, as every edit writes. Every figure is a median; peak memory is the maximum resident
set /usr/bin/time -f %M reports over the runs.

A report, not a test: it exits non-zero only when a command fails.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

AS_OF = "2026-12-01"
HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(HERE, "genplans.py")
TW = os.path.join(HERE, "taskwarrior.py")
TASK_RC = [
    "rc.confirmation=off",
    "rc.verbose=nothing",
    "rc.hooks=off",
    "rc.recurrence=off",
    "rc.gc=on",
    "rc.color=off",
    "rc.detection=off",
    "rc.defaultwidth=120",
]


def stamp_ok(path: str, want: str) -> bool:
    try:
        with open(path + ".stamp", encoding="utf-8") as f:
            return f.read().strip() == want
    except OSError:
        return False


def set_stamp(path: str, want: str) -> None:
    with open(path + ".stamp", "w", encoding="utf-8") as f:
        f.write(want + "\n")


def gen_hash() -> str:
    import hashlib

    with open(GEN, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()[:16]


def generate(data: str, seed: int, million: bool) -> list[dict]:
    """The inputs, generated unless already there with the same stamp."""
    h = gen_hash()
    inputs = []
    sizes = [10_000, 100_000] + ([1_000_000] if million else [])
    for n in sizes:
        path = os.path.join(data, f"single-{n}-s{seed}.toml")
        want = f"single tasks={n} seed={seed} gen={h}"
        if not (os.path.exists(path) and stamp_ok(path, want)):
            print(f"generating one plan of {n} tasks ...", flush=True)
            subprocess.run([sys.executable, GEN, "single", path, "--tasks", str(n), "--seed", str(seed)], check=True)
            set_stamp(path, want)
        key = f"{n // 1000}k" if n < 1_000_000 else "1M"
        inputs.append({"key": key, "name": f"{key} tasks", "path": path, "files": [path], "tasks": n, "single": True})
    folder = os.path.join(data, f"folder-2000x50-s{seed}")
    want = f"folder plans=2000 tasks=50 seed={seed} gen={h}"
    if not (os.path.isdir(folder) and stamp_ok(folder, want)):
        print("generating a folder of 2,000 plans of 50 tasks ...", flush=True)
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run([sys.executable, GEN, "folder", folder, "--plans", "2000", "--tasks", "50", "--seed", str(seed)], check=True)
        set_stamp(folder, want)
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".toml"))
    inputs.append({"key": "folder", "name": "2,000 plans", "path": folder, "files": files, "tasks": 100_000, "single": False})
    for i in inputs:
        i["bytes"] = sum(os.path.getsize(f) for f in i["files"])
    return inputs


CPU = {}  # label -> CPU seconds (user + system) of each run, for a busy machine


def run_once(cmd: list[str], env: dict | None = None, stdout=subprocess.DEVNULL) -> tuple[float, int, int]:
    """Wall seconds, peak RSS in KiB and exit code of one run (its CPU
    seconds go to CPU["last"]). The peak is
    /usr/bin/time's: a child forked from this (larger) Python process would
    report Python's pages as its own."""
    fd, out = tempfile.mkstemp(prefix="plan-bench-time.")
    os.close(fd)
    try:
        t0 = time.perf_counter()
        rc = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", out, *cmd], stdin=subprocess.DEVNULL,
                            stdout=stdout, stderr=subprocess.DEVNULL, env=env).returncode
        wall = time.perf_counter() - t0
        with open(out, encoding="utf-8") as f:
            lines = f.read().split()
        peak = int(lines[-1]) if lines and lines[-1].isdigit() else 0
        CPU["last"] = float(lines[-3]) + float(lines[-2]) if len(lines) >= 3 else 0.0
    finally:
        os.remove(out)
    return wall, peak, rc


class Failed(Exception):
    pass


def measure(label: str, variants: dict[str, callable], runs: int) -> dict[str, tuple[float, int]]:
    """Run each variant `runs` times, alternately; median wall, max RSS.
    A variant is a function returning (wall, rss, rc) for one run."""
    times = {k: [] for k in variants}
    cpu = {k: [] for k in variants}
    rss = {k: 0 for k in variants}
    for k, f in variants.items():  # warm-up, also checks it works
        _, _, rc = f()
        if rc != 0:
            raise Failed(f"{label}: {k} exited {rc}")
    for _ in range(runs):
        for k, f in variants.items():
            wall, peak, rc = f()
            if rc != 0:
                raise Failed(f"{label}: {k} exited {rc}")
            times[k].append(wall)
            cpu[k].append(CPU.get("last", 0.0))
            rss[k] = max(rss[k], peak)
    out = {k: (statistics.median(times[k]), rss[k], statistics.median(cpu[k])) for k in variants}
    shown = "  ".join(f"{k} {out[k][0]:.3f} s (cpu {out[k][2]:.2f}) {out[k][1] / 1024:.0f} MiB" for k in variants)
    print(f"  {label:<34} {shown}", flush=True)
    return out


def plan_cmd(binary: str, path: str, args: list[str]) -> list[str]:
    return [binary, "-f", path, *args]


def taskwarrior(data: str, inp: dict, binary: str) -> str | None:
    """A Taskwarrior data folder holding the input's tasks (made once)."""
    if shutil.which("task") is None:
        return None
    folder = inp["path"] + ".taskdata"
    want = f"taskwarrior of {os.path.basename(inp['path'])} as-of={AS_OF} today={time.strftime('%Y-%m-%d')}"
    if os.path.isdir(folder) and stamp_ok(folder, want):
        return folder
    print(f"importing {inp['name']} into Taskwarrior ...", flush=True)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    listing = subprocess.run(
        plan_cmd(binary, inp["path"], ["list", "--as-of", AS_OF, "--format", "csv", "--status", "todo,doing,done,cancelled"]),
        check=True, stdout=subprocess.PIPE).stdout
    tw_json = os.path.join(folder, "import.json")
    with open(tw_json, "wb") as f:
        subprocess.run([sys.executable, TW, "--as-of", AS_OF], input=listing, stdout=f, check=True)
    t0 = time.perf_counter()
    subprocess.run(["task", *TASK_RC, "import", tw_json], env=tw_env(folder), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print(f"  imported in {time.perf_counter() - t0:.1f} s", flush=True)
    os.remove(tw_json)
    set_stamp(folder, want)
    return folder


def tw_env(folder: str) -> dict:
    env = dict(os.environ)
    env["TASKRC"] = "/dev/null"
    env["TASKDATA"] = folder
    return env


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--base")
    ap.add_argument("--data", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--million", action="store_true")
    ap.add_argument("--only", help="comma-separated commands to run: table,json,csv,check,report,done")
    ap.add_argument("--inputs", help="comma-separated inputs to run: 10k,100k,1M,folder")
    args = ap.parse_args(argv)
    os.makedirs(args.data, exist_ok=True)
    inputs = generate(args.data, args.seed, args.million)
    if args.inputs:
        keys = set(args.inputs.split(","))
        inputs = [i for i in inputs if i["key"] in keys]
    only = set(args.only.split(",")) if args.only else None
    bins = {"new": args.bin}
    if args.base:
        bins = {"base": args.base, "new": args.bin}
    env = dict(os.environ)
    env["COLUMNS"] = "120"
    # The plan of a million tasks is larger than the default limit of 64 MiB.
    env["PLAN_MAX_FILE_SIZE"] = "1G"
    env.pop("PLAN_FILE", None)
    # The read cache (see the README) lives with the data; "cold" runs turn
    # it off, so both figures are measured, alternately.
    env["PLAN_CACHE_DIR"] = os.path.join(args.data, "cache")
    env.pop("PLAN_CACHE", None)
    cold_env = dict(env, PLAN_CACHE="0")
    # Each binary has a cache of its own: a cache written by another build
    # is not used but replaced, so two binaries sharing one would each
    # find the other's and be measured parsing every time.
    cache_env = {k: dict(env, PLAN_CACHE_DIR=os.path.join(args.data, "cache", k)) for k in bins}
    scratch = os.path.join(args.data, "scratch")
    os.makedirs(scratch, exist_ok=True)

    commands = [
        ("table", "list --overdue", ["list", "--overdue", "--as-of", AS_OF]),
        ("json", "list --overdue --format json", ["list", "--overdue", "--as-of", AS_OF, "--format", "json"]),
        ("csv", "list --overdue --format csv", ["list", "--overdue", "--as-of", AS_OF, "--format", "csv"]),
        ("check", "check", ["check"]),
        ("report", "report", ["report", "--as-of", AS_OF]),
    ]
    rows = []
    for inp in inputs:
        print(f"== {inp['name']}: {inp['bytes'] / 1e6:.1f} MB in {len(inp['files'])} file(s)", flush=True)
        floor = measure("cat (read floor)", {"cat": lambda: run_once(["cat", *inp["files"]])}, args.runs)["cat"]
        # Taskwarrior takes minutes per command on a million tasks: it is
        # measured on the smaller plans only.
        tw = taskwarrior(args.data, inp, args.bin) if inp["single"] and inp["tasks"] <= 100_000 else None
        tw_fig = {}
        if tw and (only is None or only & {"table", "json", "csv"}):
            e = tw_env(tw)
            tw_fig["list"] = measure("task +OVERDUE list", {"task": lambda: run_once(["task", *TASK_RC, "+OVERDUE", "list"], env=e)}, args.runs)["task"]
            tw_fig["export"] = measure("task +OVERDUE export", {"task": lambda: run_once(["task", *TASK_RC, "+OVERDUE", "export"], env=e)}, args.runs)["task"]
        for key, label, cmd in commands:
            if only is not None and key not in only:
                continue
            variants = {k: (lambda b=b, e=cache_env[k]: run_once(plan_cmd(b, inp["path"], cmd), env=e))
                        for k, b in bins.items()}
            variants["cold"] = lambda: run_once(plan_cmd(args.bin, inp["path"], cmd), env=cold_env)
            fig = measure(label, variants, args.runs)
            theirs = {"table": "list", "csv": "list", "json": "export"}.get(key)
            rows.append((label, inp, fig, tw_fig.get(theirs), f"task +OVERDUE {theirs}" if theirs else "", floor))
        if inp["single"] and (only is None or "done" in only):
            listing = subprocess.run(
                plan_cmd(args.bin, inp["path"], ["list", "--as-of", AS_OF, "--format", "csv", "--status", "todo"]),
                check=True, stdout=subprocess.PIPE, env=env).stdout.decode("utf-8-sig")
            todo = [r["id"] for r in csv.DictReader(io.StringIO(listing))]
            task_id = todo[len(todo) // 2]
            copy = os.path.join(scratch, "edit.toml")

            # A clerk's plan was not written a moment before the edit: each
            # fresh copy is flushed to disk before it is timed, or the
            # edit's fsync would wait for the copy's writeback too.
            def done(b: str) -> tuple[float, int, int]:
                shutil.copyfile(inp["path"], copy)
                os.sync()
                return run_once([b, "-f", copy, "done", task_id, "--on", "2026-06-01"], env=env)

            variants = {k: (lambda b=b: done(b)) for k, b in bins.items()}
            fig = measure(f"done {task_id}", variants, args.runs)
            # An edit's floor: the same bytes written to a new file beside
            # the plan, flushed, and renamed over it (as every edit does).
            staged = os.path.join(scratch, "edit.toml.new")

            def write_floor() -> tuple[float, int, int]:
                shutil.copyfile(inp["path"], copy)
                os.sync()
                return run_once(["sh", "-c", 'dd if="$1" of="$2" bs=4M conv=fsync status=none && mv -f "$2" "$3"',
                                 "sh", inp["path"], staged, copy])

            write = measure("write, fsync, rename (write floor)", {"write": write_floor}, args.runs)["write"]
            tw_done = None
            if tw:
                pending = int(subprocess.run(["task", *TASK_RC, "status:pending", "count"], env=tw_env(tw),
                                             stdout=subprocess.PIPE, check=True).stdout)
                tw_copy = os.path.join(scratch, "taskdata")

                def tw_done_once() -> tuple[float, int, int]:
                    shutil.rmtree(tw_copy, ignore_errors=True)
                    shutil.copytree(tw, tw_copy)
                    os.sync()
                    return run_once(["task", *TASK_RC, str(pending // 2), "done"], env=tw_env(tw_copy))

                tw_done = measure(f"task {pending // 2} done", {"task": tw_done_once}, args.runs)["task"]
            rows.append((f"done ID", inp, fig, tw_done, "task ID done", write))
        print()

    # ------------------------------------------------------------------ table
    print(f"== results: medians of {args.runs} runs after a warm-up (wall, and CPU = user + system); peak = max RSS; MB = 10^6 bytes;")
    print("   floor = cat of the same bytes for a read; for an edit, the same bytes written beside the plan, flushed and renamed over it")
    head = ["command", "input", "MB", "plan s", "CPU s", "peak MB", "peak/input", "no cache s", "no cache MB"]
    if "base" in bins:
        head += ["before s", "before CPU s", "before MB"]
    head += ["Taskwarrior", "TW s", "× TW", "floor s"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for label, inp, fig, theirs, tw_label, floor in rows:
        s, k, c = fig["new"]
        cells = [f"`{label}`", inp["name"], f"{inp['bytes'] / 1e6:.1f}", f"{s:.3f}", f"{c:.2f}", f"{k * 1024 / 1e6:.0f}",
                 f"{k * 1024 / inp['bytes']:.2f}×"]
        if "cold" in fig:
            cs, ck, _ = fig["cold"]
            cells += [f"{cs:.3f}", f"{ck * 1024 / 1e6:.0f}"]
        else:
            cells += ["", ""]
        if "base" in bins:
            bs, bk, bc = fig["base"]
            cells += [f"{bs:.3f}", f"{bc:.2f}", f"{bk * 1024 / 1e6:.0f}"]
        if theirs:
            cells += [f"`{tw_label}`", f"{theirs[0]:.3f}", f"{theirs[0] / s:.1f}×"]
        else:
            cells += ["", "", ""]
        cells.append(f"{floor[0]:.3f}")
        print("| " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except Failed as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(1)
