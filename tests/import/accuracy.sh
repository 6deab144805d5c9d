#!/bin/sh
# Field accuracy of `plan import` over tests/import/corpus/: builds release and prints one
# line, "field accuracy: P% (N/M fields, D documents)". The mismatches are listed by
# `cargo test --release --test corpus -- --nocapture`.
set -eu
cd "$(dirname "$0")/../.."
cargo test --release --test corpus -- --nocapture 2>/dev/null | grep '^field accuracy:'
