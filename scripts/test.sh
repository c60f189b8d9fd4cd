#!/bin/sh
# CI's test run (.ci/run). Installs what is missing, then:
#   release  the optimised build and the whole test suite (as the README says),
#   asan     the Debug build with AddressSanitizer + UBSan and the whole suite again, with leak
#            detection on and UBSan reports fatal (tests/CMakeLists.txt sets that per test),
#   fuzz     every fuzz target for a bounded time (scripts/fuzz.sh).
# Stops at the first failure. Ends with a timing line per part and the release suite's summary.
set -eu
cd "$(dirname "$0")/.."
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT INT TERM
timings="$logs/timings"
: >"$timings"

begun=$(date +%s)
started=$begun
lap() {
    now=$(date +%s)
    printf 'time %-8s %3dm%02ds\n' "$1" $(((now - started) / 60)) $(((now - started) % 60)) >>"$timings"
    started=$now
}

sh scripts/build.sh
ctest --preset release --output-log "$logs/release.log"
lap release

cmake --preset asan >/dev/null
cmake --build --preset asan -j"$(nproc)"
ctest --preset asan
lap asan

sh scripts/fuzz.sh
lap fuzz

now=$(date +%s)
printf 'time %-8s %3dm%02ds\n' total $(((now - begun) / 60)) $(((now - begun) % 60)) >>"$timings"
cat "$timings"
grep -E 'tests passed|Total Test time' "$logs/release.log"
