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

# validation SUITE KEY COMMAND...: runs a validation command and checks its "N passed, M failed".
validation() {
  local key=$1
  shift
  local line passed failed
  line=$("$bin" validate "$@" --quiet 2>/dev/null | tail -1)
  if [[ ! "$line" =~ ^[0-9]+\ passed,\ [0-9]+\ failed$ ]]; then
    echo "FAIL: 'herodotus validate $1' printed '$line'"
    failures=$((failures + 1))
    return
  fi
  passed=$(echo "$line" | awk '{print $1}')
  failed=$(echo "$line" | awk '{print $3}')
  compare "$key.passed" "$passed" ">=" "$(threshold "$key.passed_min")"
  compare "$key.failed" "$failed" "<=" "$(threshold "$key.failed_max")"
}

validation tabari_validation tabari "$shared/tabari/Validate.project"
validation petrarch_validation petrarch "$shared/petrarch/PETR.UnitTest.records.xml" \
  --dictionaries "$shared/petrarch/dictionaries"

# Accuracy of the built-in dictionaries on PETRARCH-2's gold-standard sentences: precision and
# recall of (source country, target country, CAMEO root).
line=$("$bin" eval gsr "$shared/petrarch/PETR2_GSR_validation.xml" --quiet 2>/dev/null | tail -1)
if [[ ! "$line" =~ ^precision\ ([0-9.]+).*recall\ ([0-9.]+) ]]; then
  echo "FAIL: 'herodotus eval gsr' printed '$line'"
  failures=$((failures + 1))
else
  echo "      $line"
  compare "gsr.precision" "${BASH_REMATCH[1]}" ">=" "$(threshold gsr.precision_min)"
  compare "gsr.recall" "${BASH_REMATCH[2]}" ">=" "$(threshold gsr.recall_min)"
fi

# The built-in dictionaries on real news sentences in five classes, and their actors' spans.
line=$("$bin" eval penta "$shared/events/conflibert_train.jsonl" --quiet 2>/dev/null | tail -1)
if [[ ! "$line" =~ precision\ ([0-9.]+).*recall\ ([0-9.]+).*F1\ ([0-9.]+).*source\ spans\ ([0-9.]+).*target\ spans\ ([0-9.]+) ]]; then
  echo "FAIL: 'herodotus eval penta' printed '$line'"
  failures=$((failures + 1))
else
  echo "      $line"
  compare "penta.precision" "${BASH_REMATCH[1]}" ">=" "$(threshold penta.precision_min)"
  compare "penta.recall" "${BASH_REMATCH[2]}" ">=" "$(threshold penta.recall_min)"
  compare "penta.f1" "${BASH_REMATCH[3]}" ">=" "$(threshold penta.f1_min)"
  compare "penta.source_spans" "${BASH_REMATCH[4]}" ">=" "$(threshold penta.source_spans_min)"
  compare "penta.target_spans" "${BASH_REMATCH[5]}" ">=" "$(threshold penta.target_spans_min)"
fi

# The word classes: verbs found in 30 real news sentences tagged by hand.
line=$(python3 "$root/tests/eval/verbs.py" "$bin" "$root" "$shared" 2>/dev/null | tail -1)
if [[ ! "$line" =~ precision\ ([0-9.]+).*recall\ ([0-9.]+) ]]; then
  echo "FAIL: 'tests/eval/verbs.py' printed '$line'"
  failures=$((failures + 1))
else
  echo "      $line"
  compare "verbs.precision" "${BASH_REMATCH[1]}" ">=" "$(threshold verbs.precision_min)"
  compare "verbs.recall" "${BASH_REMATCH[2]}" ">=" "$(threshold verbs.recall_min)"
fi

# Direct quotations and their speakers on PolNeAR's dev split.
line=$("$bin" eval quotes "$shared/quotes/polnear/dev" --quiet 2>/dev/null | tail -1)
if [[ ! "$line" =~ F1\ ([0-9.]+),\ speaker\ accuracy\ ([0-9.]+) ]]; then
  echo "FAIL: 'herodotus eval quotes' printed '$line'"
  failures=$((failures + 1))
else
  echo "      $line"
  compare "quotes.f1" "${BASH_REMATCH[1]}" ">=" "$(threshold quotes.f1_min)"
  compare "quotes.speaker_accuracy" "${BASH_REMATCH[2]}" ">=" "$(threshold quotes.speaker_accuracy_min)"
fi

# Article extraction from HTML pages, and their titles.
for set in l3s-gn1 cleanportaleval; do
  line=$("$bin" eval extract "$shared/boilerplate/$set" --quiet 2>/dev/null | tail -1)
  if [[ ! "$line" =~ F1\ ([0-9.]+) ]]; then
    echo "FAIL: 'herodotus eval extract $set' printed '$line'"
    failures=$((failures + 1))
    continue
  fi
  echo "      $set: $line"
  compare "extract.${set//-/_}_f1" "${BASH_REMATCH[1]}" ">=" "$(threshold "extract.${set//-/_}_f1_min")"
done
line=$("$bin" eval titles "$shared/boilerplate/readability" --quiet 2>/dev/null | tail -1)
if [[ ! "$line" =~ title\ accuracy\ ([0-9.]+) ]]; then
  echo "FAIL: 'herodotus eval titles' printed '$line'"
  failures=$((failures + 1))
else
  echo "      $line"
  compare "titles.accuracy" "${BASH_REMATCH[1]}" ">=" "$(threshold titles.accuracy_min)"
fi

# Places: toponyms found and placed.
for set in GeoVirus TR-News; do
  key=$(echo "$set" | tr 'A-Z-' 'a-z_')
  line=$("$bin" eval places "$shared/geo/$set.xml" --quiet 2>/dev/null | tail -1)
  if [[ ! "$line" =~ precision\ ([0-9.]+).*recall\ ([0-9.]+).*within\ 161\ km\ ([0-9.]+) ]]; then
    echo "FAIL: 'herodotus eval places $set' printed '$line'"
    failures=$((failures + 1))
    continue
  fi
  echo "      $set: $line"
  compare "places.$key.precision" "${BASH_REMATCH[1]}" ">=" "$(threshold "places.$key.precision_min")"
  compare "places.$key.recall" "${BASH_REMATCH[2]}" ">=" "$(threshold "places.$key.recall_min")"
  compare "places.$key.within_161km" "${BASH_REMATCH[3]}" ">=" "$(threshold "places.$key.within_161km_min")"
done

if [[ $failures -gt 0 ]]; then
  echo "$failures evaluation check(s) failed"
  exit 1
fi
echo "eval: all figures at or above their floors"
