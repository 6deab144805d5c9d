#!/usr/bin/env python3
"""Build a province-scale git repository of plans for benchmarking `plan`.

Usage:
    gitrepo.py REPO --plans-dir DIR [--commits 5000] [--seed 1]

DIR is a folder of plans written by genplans.py (plan-0001.toml, ...). REPO
becomes a git repository whose first commit holds them under plans/ with a
.gitattributes that merges them with `plan merge`, followed by the rest of
--commits commits, each of one clerk of thirty communes and offices changing
the note of one task of one plan. One plan in ten commits is
plans/plan-0001.toml, and half of those change its task 1, so that `plan
log 1` on that file walks a long history. Commits are made with `git
fast-import`, one hour apart from 2020-01-01 on; output is deterministic for
a given seed. Python 3.11 standard library only.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys

CLERKS = [
    "UBND xã Dân Lực", "UBND xã Dân Lý", "UBND xã Dân Quyền", "UBND xã Hợp Lý",
    "UBND xã Hợp Thành", "UBND xã Hợp Tiến", "UBND xã Khuyến Nông", "UBND xã Minh Sơn",
    "UBND xã Nông Trường", "UBND xã Tân Ninh", "UBND xã Thái Hòa", "UBND xã Thọ Bình",
    "UBND xã Thọ Cường", "UBND xã Thọ Dân", "UBND xã Thọ Ngọc", "UBND xã Thọ Phú",
    "UBND xã Thọ Sơn", "UBND xã Thọ Tân", "UBND xã Thọ Thế", "UBND xã Thọ Tiến",
    "UBND xã Thọ Vực", "UBND xã Tiến Nông", "UBND xã Vân Sơn", "UBND xã Xuân Lộc",
    "UBND thị trấn Nưa", "Phòng Văn hóa và Thông tin", "Phòng Tư pháp",
    "Công an huyện", "Phòng Giáo dục và Đào tạo", "Văn phòng HĐND và UBND huyện",
]

NOTES = [
    "Đã triển khai tại các thôn", "Đang tổng hợp số liệu", "Đã gửi báo cáo đợt",
    "Chờ hướng dẫn của cấp trên", "Đã tổ chức hội nghị", "Đã kiểm tra",
]


def set_note(text: str, task: str, note: str) -> str:
    """The plan text with task `task`'s note set to `note` (after its status
    and completion day, as plan writes it)."""
    start = text.index(f'\n[[task]]\nid = "{task}"\n')
    end = text.find("\n[[task]]\n", start + 1)
    end = len(text) if end < 0 else end
    block = text[start:end]
    line = f'note = "{note}"'
    if re.search(r"^note = .*$", block, flags=re.M):
        block = re.sub(r"^note = .*$", line, block, count=1, flags=re.M)
    else:
        last = None
        for last in re.finditer(r"^(status|done|milestones_done) = .*$", block, flags=re.M):
            pass
        if last is None:
            last = re.search(r"^window = .*$", block, flags=re.M)
        at = last.end()
        block = block[:at] + "\n" + line + block[at:]
    return text[:start] + block + text[end:]


def data(out, payload: bytes) -> None:
    out.write(b"data %d\n" % len(payload))
    out.write(payload)
    out.write(b"\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("repo")
    parser.add_argument("--plans-dir", required=True)
    parser.add_argument("--commits", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    names = sorted(n for n in os.listdir(args.plans_dir) if n.endswith(".toml"))
    texts = {}
    for name in names:
        with open(os.path.join(args.plans_dir, name), encoding="utf-8") as f:
            texts[name] = f.read()
    tasks = {
        name: re.findall(r'^\[\[task\]\]\nid = "([^"]+)"', text, flags=re.M)
        for name, text in texts.items()
    }
    rng = random.Random(args.seed)
    subprocess.run(["git", "init", "-q", "-b", "main", args.repo], check=True)
    env = dict(os.environ, GIT_CONFIG_NOSYSTEM="1")
    importer = subprocess.Popen(
        ["git", "fast-import", "--quiet"], cwd=args.repo, stdin=subprocess.PIPE, env=env
    )
    out = importer.stdin
    when = 1577811600  # 2020-01-01 00:00 +07:00
    attributes = b"plans/**/*.toml merge=plan\n"
    for n in range(1, args.commits + 1):
        clerk = CLERKS[n % len(CLERKS)]
        email = f"vanthu{n % len(CLERKS):02d}@trieuson.example"
        stamp = f"{when + 3600 * n} +0700"
        out.write(b"commit refs/heads/main\n")
        out.write(f"mark :{n}\n".encode())
        out.write(f"author {clerk} <{email}> {stamp}\n".encode())
        out.write(f"committer {clerk} <{email}> {stamp}\n".encode())
        if n == 1:
            data(out, "Kế hoạch của huyện".encode())
            out.write(b"M 100644 inline .gitattributes\n")
            data(out, attributes)
            for name in names:
                out.write(f"M 100644 inline plans/{name}\n".encode())
                data(out, texts[name].encode())
            continue
        hot = rng.random() < 0.1
        name = names[0] if hot else rng.choice(names)
        task = "1" if hot and rng.random() < 0.5 else rng.choice(tasks[name])
        note = f"{rng.choice(NOTES)} (lần {n})"
        texts[name] = set_note(texts[name], task, note)
        data(out, f"Nhiệm vụ {task}: ghi chú".encode())
        out.write(f"from :{n - 1}\n".encode())
        out.write(f"M 100644 inline plans/{name}\n".encode())
        data(out, texts[name].encode())
    out.close()
    if importer.wait() != 0:
        return 1
    subprocess.run(["git", "checkout", "-q", "-f", "main"], cwd=args.repo, check=True, env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
