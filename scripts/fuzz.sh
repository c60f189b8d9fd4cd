#!/bin/sh
# Fuzzes for a bounded time. Builds the fuzz preset (clang, libFuzzer, ASan + UBSan; only the
# core library and tests/fuzz) and runs every target on a fresh copy of its seed corpus, then
# prints how many inputs each ran. Fails if a target crashes, leaks, hangs or breaks one of its
# checks, or if the targets together ran fewer than the minimum number of inputs.
#   ARCHSCOPE_FUZZ_SECONDS    seconds per target (default 60)
#   ARCHSCOPE_FUZZ_MIN_EXECS  inputs all targets must run between them (default 100000)
# A failing input is kept in build/fuzz/artifacts/: fix the bug, add the input to
# tests/data/fuzz/<target>/, and tst_fuzzregression checks it in every build from then on.
set -eu
cd "$(dirname "$0")/.."
seconds=${ARCHSCOPE_FUZZ_SECONDS:-60}
min_execs=${ARCHSCOPE_FUZZ_MIN_EXECS:-100000}

if ! grep -qw avx2 /proc/cpuinfo; then
    echo "fuzz: this CPU has no AVX2, which the fuzz preset builds for (-mavx2)" >&2
    exit 2
fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

bin=build/fuzz/tests/fuzz
artifacts=build/fuzz/artifacts
rm -rf "$artifacts"
mkdir -p "$artifacts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

# One target on its seed corpus; its log and exit status go to $work.
fuzz_one() {
    target=$1
    corpus="$work/corpus-$target"
    mkdir -p "$corpus"
    # Seeds: the target's regression inputs, plus real files of its format.
    cp tests/data/fuzz/"$target"/* "$corpus"/
    case $target in
        seriescsv) dict=seriescsv; max_len=8192; cp tests/data/*.csv "$corpus"/ ;;
        answers) dict=answers; max_len=4096; cp resources/examples/*.archscope "$corpus"/ ;;
        import) dict=import; max_len=16384; cp tests/data/import/*.yaml tests/data/import/cfn-*.json "$corpus"/ ;;
        *) dict=archscope; max_len=16384; cp resources/examples/*.archscope "$corpus"/ ;;
    esac
    status=0
    # -timeout: seconds one input may take under the sanitizers before it counts as a hang.
    "$bin/fuzz_$target" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
        -dict="tests/fuzz/$dict.dict" -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
        "$corpus" >"$work/$target.log" 2>&1 || status=$?
    echo "$status" >"$work/$target.status"
}

# As many targets at once as there are cores (each fuzzes on one): every target still gets its
# seconds of a core, in less time on the clock.
targets="archscope answers seriescsv simulate import"
cores=$(nproc)
running=0
for target in $targets; do
    fuzz_one "$target" &
    running=$((running + 1))
    if [ "$running" -ge "$cores" ]; then
        wait
        running=0
    fi
done
wait

total=0
failed=""
for target in $targets; do
    status=$(cat "$work/$target.status" 2>/dev/null || echo 1)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$target.log")
    execs=${execs:-0}
    total=$((total + execs))
    if [ "$status" -ne 0 ]; then
        tail -n 60 "$work/$target.log"
        failed="$failed $target"
        printf 'fuzz %-10s %9d inputs in %s s: FAILED (exit %s)\n' "$target" "$execs" "$seconds" "$status"
    else
        printf 'fuzz %-10s %9d inputs in %s s\n' "$target" "$execs" "$seconds"
    fi
done

printf 'fuzz total      %9d inputs\n' "$total"
if [ -n "$failed" ]; then
    echo "fuzz: failed:$failed (the inputs are in $artifacts)" >&2
    exit 1
fi
if [ "$total" -lt "$min_execs" ]; then
    echo "fuzz: the targets ran $total inputs, fewer than $min_execs" >&2
    exit 1
fi
