#!/usr/bin/env bash
# Runs the evaluations against ../shared/data and checks each figure against tests/thresholds.txt.
# Usage: tests/eval/run.sh BUILD_DIR/herodotus REPO_ROOT SHARED_DATA
set -uo pipefail
bin=$(realpath "$1")
root=$(realpath "$2")
shared=$(realpath "$3")
thresholds="$root/tests/thresholds.txt"
failures=0

threshold() {
  local value
  value=$(awk -F'=' -v key="$1" '{gsub(/[ \t]/, "", $1); gsub(/[ \t]/, "", $2)} $1 == key {print $2}' "$thresholds")
  if [[ -z "$value" ]]; then
    echo "FAIL: no threshold '$1' in tests/thresholds.txt"
    failures=$((failures + 1))
    echo 0
    return
  fi
  echo "$value"
}

compare() {  # compare LABEL VALUE OP LIMIT
  if awk -v v="$2" -v l="$4" -v op="$3" 'BEGIN { exit !((op == ">=") ? (v >= l) : (v <= l)) }'; then
    echo "ok:   $1 = $2 ($3 $4)"
  else
    echo "FAIL: $1 = $2, expected $3 $4 (tests/thresholds.txt)"
    failures=$((failures + 1))
  fi
}

# TABARI validation suite.
line=$("$bin" validate tabari "$shared/tabari/Validate.project" --quiet 2>/dev/null | tail -1)
passed=$(echo "$line" | awk '{print $1}')
failed=$(echo "$line" | awk '{print $3}')
if [[ ! "$line" =~ ^[0-9]+\ passed,\ [0-9]+\ failed$ ]]; then
  echo "FAIL: 'herodotus validate tabari' printed '$line'"
  failures=$((failures + 1))
else
  compare "tabari_validation.passed" "$passed" ">=" "$(threshold tabari_validation.passed_min)"
  compare "tabari_validation.failed" "$failed" "<=" "$(threshold tabari_validation.failed_max)"
fi

if [[ $failures -gt 0 ]]; then
  echo "$failures evaluation check(s) failed"
  exit 1
fi
echo "eval: all figures at or above their floors"
