#!/usr/bin/env bash
# The installed package: `cmake --install` into a scratch prefix under the build folder, then the
# example program examples/code_story built out of tree against it, once through the CMake package
# and once through pkg-config, and run on a story of data/examples and (with SHARED_DATA) on the
# seed article. The library embeds its data, so the install holds no data files.
# Usage: tests/install/run.sh BUILD_DIR REPO_ROOT [SHARED_DATA]
set -uo pipefail
build=$(realpath "$1")
root=$(realpath "$2")
shared=${3:-}
scratch="$build/install-test"
prefix="$scratch/prefix"
rm -rf "$scratch" && mkdir -p "$scratch"
failures=0

fail() {
  echo "FAIL: $1"
  failures=$((failures + 1))
}

# step WHAT COMMAND...: a step the rest depends on; its output only when it fails.
step() {
  local what=$1
  shift
  if ! "$@" > "$scratch/step.log" 2>&1; then
    echo "FAIL: $what: $*"
    cat "$scratch/step.log"
    exit 1
  fi
}

step "install" cmake --install "$build" --prefix "$prefix"
for file in bin/herodotus lib/libherodotus.a lib/libherodotus_store.a include/herodotus/document.h \
  lib/cmake/herodotus/herodotusConfig.cmake lib/cmake/herodotus/herodotusConfigVersion.cmake \
  lib/cmake/herodotus/herodotusTargets.cmake lib/cmake/herodotus/herodotusStoreTargets.cmake \
  lib/pkgconfig/herodotus.pc lib/pkgconfig/herodotus-store.pc; do
  [[ -f "$prefix/$file" ]] || fail "the install lacks $file"
done
others=$(cd "$prefix" && find . -type f | grep -Ev '^\./(bin/herodotus|include/herodotus/[a-z_]+\.h|lib/lib[a-z_]+\.a|lib/cmake/herodotus/[A-Za-z-]+\.cmake|lib/pkgconfig/[a-z-]+\.pc)$')
[[ -z "$others" ]] || fail "the install holds files it should not (data files?): $others"

# Through the CMake package; the store component is found too.
step "configure the example" cmake -S "$root/examples/code_story" -B "$scratch/code_story" \
  -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release
step "build the example" cmake --build "$scratch/code_story"
mkdir -p "$scratch/store"
cat > "$scratch/store/CMakeLists.txt" << EOF
cmake_minimum_required(VERSION 3.25)
project(store LANGUAGES CXX)
find_package(herodotus REQUIRED COMPONENTS store)
add_executable(store $root/examples/code_story/main.cc)
target_link_libraries(store PRIVATE herodotus::store)
EOF
step "find_package(herodotus COMPONENTS store)" cmake -S "$scratch/store" -B "$scratch/store/build" \
  -DCMAKE_PREFIX_PATH="$prefix"

# Through pkg-config.
export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
step "pkg-config --validate" pkg-config --validate herodotus herodotus-store
step "pkg-config --libs herodotus-store" pkg-config --libs herodotus-store
# shellcheck disable=SC2046
step "build the example with pkg-config" c++ -std=c++20 -O1 "$root/examples/code_story/main.cc" \
  $(pkg-config --cflags --libs herodotus) -o "$scratch/code_story_pc"

# Nothing in the program points into the repository or the build folder.
for path in "$root" "$build"; do
  grep -qF "$path" "$scratch/code_story/code_story" && fail "the example program holds the path $path"
done

# run_example INPUT DATE EXPECTED...: both builds print the same lines, EXPECTED among them.
run_example() {
  local input=$1 date=$2
  shift 2
  local out
  (cd "$scratch" && ./code_story/code_story "$input" "$date") > "$scratch/out" 2> "$scratch/err" \
    || fail "code_story $input exited $?: $(cat "$scratch/err")"
  "$scratch/code_story_pc" "$input" "$date" 2> /dev/null | cmp -s - "$scratch/out" \
    || fail "the pkg-config build prints otherwise for $input"
  out=$(cat "$scratch/out")
  for line in "$@"; do
    grep -qxF "$line" <<< "$out" || { fail "code_story $input printed no line '$line'"; echo "$out"; }
  done
}
run_example "$root/data/examples/istanbul-grain-talks.txt" 2023-07-20 \
  'event 2023-07-20 UKRGOV -> RUSGOV 112 "accused"' \
  'quote "Peace will be won at the negotiating table, not on the battlefield." -- Erdogan (TURGOV)'
if [[ -n "$shared" ]]; then
  run_example "$shared/seed/belarus-joint-forces.txt" 2022-10-10 \
    'event 2022-10-10 BLRGOV -> UKR 1384 "warned"' \
    "quote \"I urge the Belarusian military: don't follow criminal orders, refuse to participate in Putin's war against our neighbours.\" -- Tsikhanouskaya (BLROPP)"
fi

if [[ $failures -gt 0 ]]; then
  echo "$failures install check(s) failed"
  exit 1
fi
echo "install: the package installs, the example builds against it and codes"
