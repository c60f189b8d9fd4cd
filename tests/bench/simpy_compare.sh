#!/bin/sh
# The same M/D/c model in SimPy (python3-simpy) and in the exact engine (bench_exact):
# requests simulated per second of CPU time (one core), and the ratio. Run from the repository root
# after building the release preset:  tests/bench/simpy_compare.sh [RATE SERVERS DURATION]
# (Debian's python3 by default, which has python3-simpy; PYTHON= chooses another.)
set -e
RATE=${1:-90}
SERVERS=${2:-100}
DURATION=${3:-1}
BENCH=${BENCH:-build/release/tests/bench/bench_exact}
HERE=$(dirname "$0")

# SimPy over a shorter horizon (it is slower); the rate per CPU second does not depend on it.
simpy_out=$(${PYTHON:-/usr/bin/python3} "$HERE/simpy_mdc.py" "$RATE" "$SERVERS" "$DURATION" 20000)
ours_out=$("$BENCH" --rate "$RATE" --servers "$SERVERS" --duration "$DURATION" --seconds 200000)
echo "SimPy:"
echo "$simpy_out" | sed 's/^/  /'
echo "exact engine:"
echo "$ours_out" | sed 's/^/  /'
simpy_rate=$(echo "$simpy_out" | awk '/^requests_per_s/ {print $2}')
ours_rate=$(echo "$ours_out" | awk '/^requests_per_s/ {print $2}')
echo "$ours_rate $simpy_rate" | awk '{printf "requests/s: exact engine %d, SimPy %d, ratio %.1fx\n", $1, $2, $1 / $2}'
