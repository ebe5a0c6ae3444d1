#!/usr/bin/env bash
# Golden files: the exact output of the herodotus binary for the project's example stories.
# A difference fails the test and is printed in full. After an intended change, rewrite them with
#   UPDATE_GOLDEN=1 tests/golden/run.sh build/herodotus .
# and review the diff before committing.
set -uo pipefail
bin=$(realpath "$1")
root=$(realpath "$2")
cd "$root"   # paths in the output are relative to the repository root
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

# Event coding with TABARI's production dictionaries (beside the repository in ../shared).
check "examples.code-tabari.jsonl" code --format jsonl --dictionaries tests/data/tabari-production.project data/examples
# ... with the built-in dictionaries: the example stories and the seed article, whose events
# docs/seed-article.md explains one by one.
check "examples.code.jsonl" code --format jsonl data/examples
check "belarus-joint-forces.code.txt" code --format table --date 2022-10-10 ../shared/data/seed/belarus-joint-forces.txt
# ... and with PETRARCH's production dictionaries (CAMEO.2.0, Phoenix actors, agents, issues).
check "examples.code-petrarch.jsonl" code --format jsonl --dictionaries ../shared/data/petrarch/dictionaries data/examples

if [[ $status == 0 ]]; then echo "golden: all outputs match"; fi
exit $status
