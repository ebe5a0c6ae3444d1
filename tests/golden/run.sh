#!/usr/bin/env bash
# Golden files: the exact output of the herodotus binary for the project's example stories.
# A difference fails the test and is printed in full. After an intended change, rewrite them with
#   UPDATE_GOLDEN=1 tests/golden/run.sh build/herodotus . ../shared/data
# and review the diff before committing. Without SHARED_DATA (a clone without ../shared) the
# outputs that read it are not checked.
# Usage: tests/golden/run.sh BUILD_DIR/herodotus REPO_ROOT [SHARED_DATA]
set -uo pipefail
bin=$(realpath "$1")
root=$(realpath "$2")
cd "$root"   # paths in the output are relative to the repository root
shared=""
[[ -n "${3:-}" ]] && shared=$(realpath --relative-to=. "$3")
status=0

check() {
  local golden="tests/golden/$1"
  shift
  local actual
  actual=$("$bin" "$@" 2>&1; echo "exit $?")
  if [[ "${UPDATE_GOLDEN:-}" == 1 ]]; then
    printf '%s\n' "$actual" > "$golden"
    echo "updated $golden"
    return
  fi
  if ! diff -u --label "expected $golden" --label "actual: herodotus $*" "$golden" <(printf '%s\n' "$actual"); then
    status=1
  fi
}

for input in data/examples/*; do
  name=$(basename "$input")
  check "${name%.*}.segment.jsonl" segment --format jsonl --show-removed "$input"
done
check "examples.segment.txt" segment --format table data/examples
check "istanbul-grain-talks.tokens.jsonl" segment --format jsonl --view tokens data/examples/istanbul-grain-talks.txt
check "istanbul-grain-talks.paragraphs.jsonl" segment --format jsonl --view paragraphs data/examples/istanbul-grain-talks.txt

# Event coding with the built-in dictionaries: the example stories.
check "examples.code.jsonl" code --format jsonl data/examples
if [[ -n "$shared" ]]; then
  # ... and the seed article, whose events docs/seed-article.md explains one by one.
  check "belarus-joint-forces.code.txt" code --format table --date 2022-10-10 "$shared/seed/belarus-joint-forces.txt"
  # With TABARI's production dictionaries (tests/data/tabari-production.project reads them from
  # ../shared) and with PETRARCH's (CAMEO.2.0, Phoenix actors, agents, issues).
  check "examples.code-tabari.jsonl" code --format jsonl --dictionaries tests/data/tabari-production.project data/examples
  check "examples.code-petrarch.jsonl" code --format jsonl --dictionaries "$shared/petrarch/dictionaries" data/examples
fi

if [[ $status == 0 ]]; then echo "golden: all outputs match"; fi
exit $status
