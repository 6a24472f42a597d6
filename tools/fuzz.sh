#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang-14 under AddressSanitizer and
# UndefinedBehaviorSanitizer and runs each for SECONDS (default 60) on a copy of its seed corpus.
# Usage: tools/fuzz.sh [SECONDS]   (BUILD_DIR, JOBS and FUZZ_TARGETS override the defaults)
# Exit status: 0 when no target found anything; the crashing inputs are left in the work folder.
set -eu
# The compiler and its sanitizer and fuzzer runtimes, as tools/dev.sh installs them.
"$(dirname "$0")/dev.sh" deps clang-14 libclang-rt-14-dev
seconds=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build-fuzz}
jobs=${JOBS:-2}
targets=${FUZZ_TARGETS:-"JsonImport MemoRender"}
work=${FUZZ_WORK:-$build/fuzz-work}

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
    ${CMAKE_CXX_COMPILER_LAUNCHER:+-DCMAKE_CXX_COMPILER_LAUNCHER=$CMAKE_CXX_COMPILER_LAUNCHER} \
    -DALOITE_FUZZ=ON -DALOITE_BUILD_TESTS=OFF -DALOITE_BUILD_BENCH=OFF -DALOITE_HARDENING=OFF >/dev/null
for target in $targets; do
    cmake --build "$build" --target "fuzz_$target" -j "$jobs"
done

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
status=0
for target in $targets; do
    corpus=$work/$target/corpus
    artifacts=$work/$target/findings
    mkdir -p "$corpus" "$artifacts"
    corpusName=$(echo "$target" | sed 's/JsonImport/json/; s/MemoRender/memo/')
    cp -n "$root/fuzz/corpus/$corpusName"/* "$corpus/" 2>/dev/null || true
    echo "== fuzz_$target for ${seconds}s"
    TIMEFORMAT='%U %S'
    if ! { time "$build/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 \
        -artifact_prefix="$artifacts/" -print_final_stats=1 "$corpus" 2>"$work/$target/log"; } 2>"$work/$target/cpu"; then
        status=1
        echo "fuzz_$target FOUND SOMETHING: see $artifacts and $work/$target/log"
    fi
    tail -n 1 "$work/$target/cpu" | awk '{ printf "fuzz_'"$target"' CPU time: %.1f s\n", $1 + $2 }' || true
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb|^#[0-9]+.*DONE" "$work/$target/log" || tail -n 5 "$work/$target/log"
done
exit $status
