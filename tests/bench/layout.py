#!/usr/bin/env python3
"""Layout report for src/: lines of code per file (without tests, blank
lines and comments) and the import cycles between files. Test modules
(`tests.rs`, `tests/`, compiled only for `cargo test`) may use any file
and are left out.

    python3 tests/bench/layout.py [--all]

A file's imports are the `crate::…` and `super::…` paths it names, each
resolved to the file that defines the longest prefix of the path. Prints
the largest files (every file with --all) and every cycle found; exits 1
when there is a cycle.
"""
import os
import re
import sys

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src")
SRC = os.path.normpath(SRC)


def module_of(path):
    rel = os.path.relpath(path, SRC)[:-3].split(os.sep)
    if rel[-1] in ("mod", "lib", "main"):
        rel = rel[:-1]
    return rel


def code_lines(text):
    n = 0
    for line in text.splitlines():
        if line.startswith("#[cfg(test)]"):
            break
        t = line.strip()
        if t and not t.startswith("//"):
            n += 1
    return n


files = {}
for root, _, names in os.walk(SRC):
    for name in names:
        if name.endswith(".rs"):
            path = os.path.join(root, name)
            if "tests" in module_of(path):
                continue
            files[tuple(module_of(path))] = path
modules = set(files)

graph = {m: set() for m in modules}
for mod, path in files.items():
    text = open(path, encoding="utf-8").read()
    text = text.split("#[cfg(test)]")[0]
    text = re.sub(r"//[^\n]*", "", text)
    # `use a::{b, c::d}` groups become several paths.
    paths = []
    for m in re.finditer(r"\b(crate|super)((?:::\w+)+)(::\{[^;]*\})?", text):
        base = [m.group(1)] + m.group(2).strip(":").split("::")
        paths.append(base)
        if m.group(3):
            for inner in re.findall(r"\w+(?:::\w+)*", m.group(3)):
                paths.append(base + inner.split("::"))
    here = list(mod) if os.path.basename(path) in ("mod.rs", "lib.rs") else list(mod[:-1])
    for parts in paths:
        if parts[0] == "crate":
            target = parts[1:]
        else:
            # `super` is the parent of the module this file defines.
            target = list(mod)
            while parts and parts[0] == "super":
                parts = parts[1:]
                target = target[:-1]
            target = target + parts
        while target and tuple(target) not in modules:
            target = target[:-1]
        if tuple(target) in modules and tuple(target) != mod and tuple(target) != ():
            graph[mod].add(tuple(target))

def cycles(graph):
    """The strongly connected components of more than one node (Tarjan)."""
    index, low, stack, on, sccs, counter = {}, {}, [], set(), [], [0]

    def strong(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                sccs.append(comp)

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return sccs


sys.setrecursionlimit(10000)
# Files, and the crate's top-level modules (cli, commands, model, store…).
top = {}
for a, targets in graph.items():
    for b in targets:
        if a[:1] != b[:1] and a[:1] and b[:1]:
            top.setdefault(a[:1], set()).add(b[:1])
        top.setdefault(b[:1], set())
    top.setdefault(a[:1], set())
sccs = cycles(graph) + cycles(top)

rows = sorted(((code_lines(open(p, encoding="utf-8").read()), os.path.relpath(p, os.path.dirname(SRC))) for p in files.values()), reverse=True)
show = rows if "--all" in sys.argv else rows[:10]
print(f"{len(rows)} files in src/; lines of code without tests, largest first:")
for n, p in show:
    print(f"  {n:5}  {p}")
name = lambda m: "::".join(m) or "crate"
if sccs:
    print(f"{len(sccs)} import cycles:")
    for comp in sccs:
        print("  " + " <-> ".join(sorted(name(m) for m in comp)))
    sys.exit(1)
print("import cycles: none")
