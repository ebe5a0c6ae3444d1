#!/usr/bin/env bash
# The same stories coded into SQLite and into PostgreSQL read back byte for byte the same:
# exports, queries and the summary. Run by ctest through scripts/with-postgresql.sh, which sets
# HERODOTUS_TEST_POSTGRESQL.
# Usage: tests/store/same_on_both.sh BUILD_DIR/herodotus REPO_ROOT
set -uo pipefail
bin=$(realpath "$1")
root=$(realpath "$2")
pg=${HERODOTUS_TEST_POSTGRESQL:?run through scripts/with-postgresql.sh}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failures=0

for db in "$scratch/events.db" "$pg"; do
  # Twice: the second run replaces every story's rows.
  for pass in 1 2; do
    if ! "$bin" code --db "$db" "$root/data/examples" 2> "$scratch/err"; then
      echo "FAIL: code --db ${db%%\?*} (pass $pass): $(cat "$scratch/err")"
      failures=$((failures + 1))
    fi
  done
done

for question in "export" "export --format jsonl --dedup" "export --source ROU --from 2024-03-14" \
  "query events --format csv" "query dyads --format json --limit 50" \
  "query daily --format csv" "query summary"; do
  # shellcheck disable=SC2086
  "$bin" $question --db "$scratch/events.db" > "$scratch/sqlite" 2>&1
  # shellcheck disable=SC2086
  "$bin" $question --db "$pg" > "$scratch/postgresql" 2>&1
  if [[ ! -s "$scratch/sqlite" ]] || ! cmp -s "$scratch/sqlite" "$scratch/postgresql"; then
    echo "FAIL: '$question' differs between SQLite and PostgreSQL"
    diff "$scratch/sqlite" "$scratch/postgresql" | head -10
    failures=$((failures + 1))
  fi
done

if [[ $failures -gt 0 ]]; then
  echo "$failures store check(s) failed"
  exit 1
fi
echo "store: SQLite and PostgreSQL answer alike"
