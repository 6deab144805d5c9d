#!/usr/bin/env bash
# Time of `plan import` on hostile documents: many short lines joined into
# one paragraph, many table headers, many one-cell-per-line header cells.
# A report, not a test: it prints the seconds and peak memory of each, which
# grow in proportion to the input (a quadratic step shows as minutes).
#
#   tests/bench/import.sh            # builds release first
#   PLAN_BENCH_BIN=path/to/plan tests/bench/import.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${PLAN_BENCH_BIN:-}
if [ -z "$BIN" ]; then
    cargo build --release -q
    BIN=target/release/plan
fi
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
python3 - "$DIR" <<'PY'
import sys
d = sys.argv[1]
open(f"{d}/short-lines-1MB.txt", "w").write("1\nx\n" * 250000)
open(f"{d}/table-headers-4MB.txt", "w").write("STT\tNội dung\tChủ trì\tPhối hợp\tThời gian\n" * 80000)
open(f"{d}/header-cells-2.6MB.txt", "w").write("STT\nNội dung\nChủ trì\n" * 100000)
PY
printf '%-24s %8s %10s\n' document seconds "peak KB"
for doc in short-lines-1MB table-headers-4MB header-cells-2.6MB; do
    /usr/bin/time -f "%e %M" -o "$DIR/time" "$BIN" import "$DIR/$doc.txt" -o "$DIR/out.toml" --force \
        >/dev/null 2>&1 || true
    read -r secs kb < <(tail -n 1 "$DIR/time")
    printf '%-24s %8s %10s\n' "$doc" "$secs" "$kb"
done
