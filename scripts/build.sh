#!/bin/sh
# Configures and builds Archscope in build/ (Release, with tests and benchmarks).
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)"
