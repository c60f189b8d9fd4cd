#!/bin/sh
# Builds the release tree and runs every benchmark, printing their figures.
set -eu
cd "$(dirname "$0")/.."
sh scripts/build.sh
for bench in build/release/tests/bench/bench_*; do
    [ -x "$bench" ] || continue
    echo "== $(basename "$bench")"
    "$bench"
done
# The 5,000-node week runs alone, so the peak memory it prints is its own.
echo "== bench_sim scale"
build/release/tests/bench/bench_sim scale
