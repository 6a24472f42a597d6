#!/usr/bin/env bash
# Aloite developer entry point.
#   tools/dev.sh run [ARGS...]   install what is missing, build, start the GUI (default database)
#   tools/dev.sh test            install what is missing, build, run every check and test
#   tools/dev.sh sanitize        build with clang 14 under ASan + UBSan in build-asan/, run every test
#   tools/dev.sh deps [PKG...] | build   the steps on their own (deps also installs the packages named)
#   tools/dev.sh bench           build, run the search benchmark on 100 000 cases, write bench/results.md
# ALOITE_WERROR=ON makes warnings errors (CI sets it); ALOITE_JOBS sets the parallel jobs;
# ALOITE_BUILD_BENCH=OFF leaves the benchmarks out (CI sets it: they are run by hand, never by ctest).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${ALOITE_BUILD_DIR:-$here/build}"
asan_build="${ALOITE_ASAN_BUILD_DIR:-$here/build-asan}"
werror="${ALOITE_WERROR:-OFF}"
jobs="${ALOITE_JOBS:-$(nproc)}"

packages=(
    g++ cmake ninja-build pkg-config file dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql postgresql-15 qt6-pdf-dev libqt6svg6-dev libqt6svg6 libgl-dev libsqlite3-dev libicu-dev libstemmer-dev
    fonts-dejavu-core fontconfig
    libvoikko-dev voikko-fi libpoppler-qt6-dev libhunspell-dev hunspell-sv
    libtesseract-dev tesseract-ocr-fin tesseract-ocr-swe
    clang-format poppler-utils xvfb xauth desktop-file-utils appstream
    lintian shared-mime-info xdg-utils libfile-mimeinfo-perl
)
# Only `sanitize` needs these: the compiler and its sanitizer runtimes.
sanitize_packages=(clang-14 libclang-rt-14-dev)

deps() {
    local missing=()
    for p in "${packages[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# ccache when the machine has it: a rebuild after a small change takes seconds.
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

# Runs "$@" and says how long it took, so that CI's log shows where its minutes go.
timed() {
    local label="$1" start=$SECONDS
    shift
    "$@"
    echo "dev.sh: $label took $((SECONDS - start)) s"
}

build() {
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${ALOITE_BUILD_TYPE:-RelWithDebInfo}" \
        -DALOITE_WERROR="$werror" -DALOITE_BUILD_BENCH="${ALOITE_BUILD_BENCH:-ON}" "${launcher[@]}"
    timed "g++ build" cmake --build "$build" -j "$jobs"
}

# clang 14 with AddressSanitizer and UndefinedBehaviorSanitizer: every test runs with leak checks;
# tools/lsan.supp names the leaks of system libraries that are not Aloite's, each with its reason.
sanitize_build() {
    CXX=clang++-14 cmake -S "$here" -B "$asan_build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DALOITE_SANITIZE=ON -DALOITE_BUILD_BENCH=OFF -DALOITE_WERROR="$werror" "${launcher[@]}"
    timed "clang ASan/UBSan build" cmake --build "$asan_build" -j "$jobs"
}

sanitize_tests() {
    # Exact unwinding, six frames deep, so that a leak inside a Qt library is told by the Qt function
    # that made it (tools/lsan.supp) rather than by the first frame only.
    ASAN_OPTIONS="detect_leaks=1:fast_unwind_on_malloc=0:malloc_context_size=6:detect_stack_use_after_return=1:check_initialization_order=1" \
        LSAN_OPTIONS="suppressions=$here/tools/lsan.supp:print_suppressions=0" \
        UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        QT_QPA_PLATFORM=offscreen timed "ASan/UBSan tests" ctest --test-dir "$asan_build" --output-on-failure -j "$jobs"
}

check_format() {
    cmake --build "$build" --target format-check
}

check_translations() {
    ALOITE_BUILD_DIR="$build" "$here/tools/check-translations.sh"
}

run_tests() {
    QT_QPA_PLATFORM=offscreen timed "tests" ctest --test-dir "$build" --output-on-failure -j "$jobs"
}

case "${1:-}" in
    deps)
        shift
        deps "$@"
        ;;
    build) deps && build ;;
    run)
        shift
        deps && build
        exec "$build/app/aloite" "$@"
        ;;
    test)
        deps && build && check_format && check_translations && run_tests
        ;;
    bench)
        # The generated file is kept in the build folder, so that a second run measures at once.
        ALOITE_BUILD_BENCH=ON
        deps && build
        QT_QPA_PLATFORM=offscreen "$build/bench/bench_search" --keep "${ALOITE_BENCH_FILE:-$build/bench-100k.aloite}" \
            --results "$here/bench/results.md"
        ;;
    sanitize)
        deps "${sanitize_packages[@]}" && sanitize_build && sanitize_tests
        ;;
    *)
        sed -n '2,9p' "$0"
        exit 2
        ;;
esac
