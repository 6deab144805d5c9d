#!/usr/bin/env python3
"""Turn `plan list --format csv` output into a Taskwarrior import file.

    plan -f PLAN list --as-of DAY --format csv --status todo,doing,done,cancelled \\
        | taskwarrior.py --as-of DAY > tasks.json
    TASKRC=/dev/null TASKDATA=DIR task rc.confirmation=off import tasks.json

Each task becomes one Taskwarrior task with the same title (description),
plan (project), lead units (tags) and deadline (due).  Taskwarrior has no
"as of": `+OVERDUE` compares with the clock, so every date is moved by
(today - DAY) days, and a deadline is the end of its day, which makes a task
overdue in Taskwarrior exactly when plan calls it overdue on DAY.  Open
tasks are pending, done ones completed, cancelled ones deleted.  The uuids
are derived from plan:id, so the file is the same on every run.
Python 3.11 standard library only.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import sys
import uuid

NAMESPACE = uuid.UUID("6f0d5a52-7c2e-4d3b-9a55-3b0c1f1e2a10")


def stamp(day: dt.date, end_of_day: bool) -> str:
    return day.strftime("%Y%m%d") + ("T235959Z" if end_of_day else "T000000Z")


def tag(name: str) -> str:
    # Taskwarrior tags are one word without spaces.
    return re.sub(r"[^\w]+", "_", name, flags=re.UNICODE).strip("_")[:40] or "unit"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--as-of", required=True, help="the day plan was asked about, YYYY-MM-DD")
    ap.add_argument("--today", help="the day Taskwarrior will run on (default: today)")
    args = ap.parse_args(argv)
    as_of = dt.date.fromisoformat(args.as_of)
    today = dt.date.fromisoformat(args.today) if args.today else dt.date.today()
    shift = today - as_of
    entry = stamp(as_of - dt.timedelta(days=365) + shift, False)

    reader = csv.DictReader(sys.stdin.read().lstrip("\ufeff").splitlines())
    out = sys.stdout
    out.write("[\n")
    first = True
    for row in reader:
        task = {
            "uuid": str(uuid.uuid5(NAMESPACE, f"{row['plan']}:{row['id']}")),
            "description": row["title"],
            "project": row["plan"],
            "entry": entry,
        }
        leads = [tag(n) for n in row["lead"].split("; ") if n]
        if leads:
            task["tags"] = leads
        due = row["due"] or row["end"]
        if due:
            task["due"] = stamp(dt.date.fromisoformat(due) + shift, True)
        status = row["status"]
        if status in ("todo", "doing"):
            task["status"] = "pending"
        else:
            task["status"] = "completed" if status == "done" else "deleted"
            end = dt.date.fromisoformat(row["done"]) if row["done"] else as_of
            task["end"] = stamp(end + shift, False)
        if not first:
            out.write(",\n")
        first = False
        out.write(json.dumps(task, ensure_ascii=False))
    out.write("\n]\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
