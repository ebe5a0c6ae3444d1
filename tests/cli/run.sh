#!/usr/bin/env bash
# Command-line behaviour of the real binary: exit codes (0 ok, 1 story errors, 2 unusable
# arguments or files), diagnostics, formats, standard input. Without SHARED_DATA (a clone
# without ../shared) the checks on the seed article and on TABARI's and PETRARCH's data are skipped.
# Usage: tests/cli/run.sh BUILD_DIR/herodotus REPO_ROOT [SHARED_DATA]
set -uo pipefail
bin=$(realpath "$1")
root=$(realpath "$2")
shared=""
[[ -n "${3:-}" ]] && shared=$(realpath "$3")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failures=0

# run EXPECTED_EXIT CMD... : runs the command, keeps stdout in $out and stderr in $err.
run() {
  local expected=$1
  shift
  "$@" > "$scratch/out" 2> "$scratch/err"
  local code=$?
  out=$(cat "$scratch/out")
  err=$(cat "$scratch/err")
  if [[ $code != "$expected" ]]; then
    echo "FAIL: '$*' exited $code, expected $expected"
    echo "  stdout: ${out:0:2000}"
    echo "  stderr: ${err:0:2000}"
    failures=$((failures + 1))
  fi
}

# contains WHAT TEXT NEEDLE
contains() {
  if [[ "$2" != *"$3"* ]]; then
    echo "FAIL: $1 lacks '$3'"
    echo "  got: ${2:0:2000}"
    failures=$((failures + 1))
  fi
}

lacks() {
  if [[ "$2" == *"$3"* ]]; then
    echo "FAIL: $1 has '$3'"
    failures=$((failures + 1))
  fi
}

seed="$shared/seed/belarus-joint-forces.txt"
story="$root/data/examples/istanbul-grain-talks.txt"  # a story that is always there

run 0 "$bin" --help
contains "help" "$out" "segment"
run 0 "$bin" --version
contains "version" "$out" "0."
run 2 "$bin"
run 2 "$bin" nonsense-command
run 2 "$bin" segment
run 2 "$bin" segment --no-such-option "$story"
run 2 "$bin" segment --date 2022-02-30 "$story"
contains "bad --date" "$err" "not a date"
run 2 "$bin" segment --encoding klingon-8 "$story"
contains "bad --encoding" "$err" "unknown character encoding"

# The seed, as JSON Lines: sentences with spans into the original file.
if [[ -n "$shared" ]]; then
  run 0 "$bin" segment --format jsonl "$seed"
  contains "seed sentences" "$out" '{"type":"sentence","story_id":"belarus-joint-forces","sentence_id":1,"paragraph_id":1,"text":"Belarus announces'
  lacks "seed sentences" "$out" "Hide Ad"
  lacks "seed sentences" "$out" "Mobilise everyone"
fi

# Missing files are unusable (2) but the other inputs are still read.
run 2 "$bin" segment --format jsonl "$scratch/missing.txt" "$story"
contains "missing file diagnostic" "$out" '"code":"not_found"'
contains "rest still read" "$out" '"story_id":"istanbul-grain-talks"'

# A malformed JSON line is a diagnostic naming the line; the batch goes on; exit 1.
printf '%s\n' '{"id":"one","text":"First story."}' '{"id":"two","text":' '{"id":"three","text":"Third story."}' > "$scratch/feed.jsonl"
run 1 "$bin" segment --format jsonl "$scratch/feed.jsonl"
contains "malformed line" "$out" '"code":"malformed_json","message":"'
contains "malformed line number" "$out" 'feed.jsonl:2: malformed JSON'
contains "story after the bad line" "$out" '"story_id":"three"'

# Binary input is refused with a clear message.
printf 'GIF89a\0\0\0\0' > "$scratch/picture.txt"
run 1 "$bin" segment --format jsonl "$scratch/picture.txt"
contains "binary" "$out" "binary data (NUL bytes), not text"

# Invalid UTF-8 is repaired with a warning, not an error.
printf 'Caf\xe9 owners protested. Police came.' > "$scratch/latin1.txt"
run 0 "$bin" segment --format jsonl "$scratch/latin1.txt"
contains "repair" "$out" '"code":"invalid_utf8"'
contains "repaired text" "$out" "$(printf 'Caf\xef\xbf\xbd owners protested.')"
run 0 "$bin" segment --format jsonl --encoding ISO-8859-1 "$scratch/latin1.txt"
contains "declared encoding" "$out" '"text":"Café owners protested."'

# Standard input: text and JSON Lines are told apart.
run 0 "$bin" segment --format jsonl - < "$story"
contains "stdin text" "$out" '"story_id":"stdin"'
run 0 "$bin" segment --format jsonl - < "$root/data/examples/feeds.jsonl"
contains "stdin jsonl" "$out" '"story_id":"haiti-police-mission"'

# Views and formats.
run 0 "$bin" segment --format jsonl --view paragraphs "$story"
contains "paragraphs" "$out" '"type":"paragraph"'
if [[ -n "$shared" ]]; then
  run 0 "$bin" segment --format jsonl --view tokens "$seed"
  contains "tokens" "$out" '{"type":"token","story_id":"belarus-joint-forces","sentence_id":1,"token_id":1,"text":"Belarus","kind":"word","span":[0,7]}'
  run 0 "$bin" segment --format table "$seed"
  contains "table" "$out" "1 stories, 26 sentences"
fi

# HTML pages: extract prints one article per page; code and segment read the article; a JSON
# Lines record with an html field is a page too; binary data named .html is refused with a
# diagnostic; the batch goes on.
page="$root/data/examples/danube-ferry-talks.html"
run 0 "$bin" extract --format json "$page"
contains "extract" "$out" '{"type":"article","story_id":"danube-ferry-talks","title":"Romania and Bulgaria agree to reopen Danube ferry crossing","text":"Romania and Bulgaria agree to reopen Danube ferry crossing\n\nRomania and Bulgaria agreed on Wednesday'
contains "extract metadata" "$out" '"published":"2024-03-14T08:30:00+02:00","authors":["Elena Marin"],"lang":"en-GB","url":"https://courier.example/europe/danube-ferry-talks"'
lacks "extract: navigation" "$out" "Most read"
lacks "extract: comments" "$out" "Finally some good news"
lacks "extract: caption" "$out" "Courier archive"
[[ $(wc -l <<< "$out") == 1 ]] || { echo "FAIL: extract printed more than one line for one page"; failures=$((failures + 1)); }
run 0 "$bin" code --format table "$page"
contains "code a page" "$out" "2024-03-14  ROU -> BGR  030"
contains "code a page: quote" "$out" '"From Monday the boats will run again."  -- Marcel Ciolacu (ROUGOV) as "he"'
printf '{"id":"p1","date":"2024-03-14","html":"<html><body><article><p>Romania and Bulgaria agreed on Wednesday to reopen the ferry crossing between Calafat and Vidin.</p></article></body></html>"}\n' > "$scratch/pages.jsonl"
run 0 "$bin" code --format jsonl "$scratch/pages.jsonl"
contains "code a JSON Lines page" "$out" '{"type":"event","story_id":"p1","sentence_id":1,"date":"2024-03-14","source":{"code":"ROU"'
head -c 3000 /dev/urandom | tr -d '\000' > "$scratch/noise.html"
printf '\000\001\002binary' >> "$scratch/noise.html"
printf '<p>Romania and Bulgaria agreed on Wednesday to reopen the ferry crossing.</p>' > "$scratch/ok.html"
run 1 "$bin" code --format jsonl "$scratch/noise.html" "$scratch/ok.html"
contains "binary page" "$out" '"code":"binary_input"'
contains "the batch goes on" "$out" '"story_id":"ok"'

# Event coding: the built-in dictionaries by default; they read without a problem; a broken
# dictionary folder names file and line; missing dictionaries are unusable (2).
run 0 "$bin" code --format jsonl --date 2022-10-10 "$story"
contains "built-in events" "$out" '"rule_source":"data/dictionaries/'
run 0 "$bin" dictionaries check
contains "built-in dictionaries" "$out" "; 0 problems"
if [[ -n "$shared" ]]; then
  # The seed article: none of the events the article only alleges or reports as hypotheticals.
  run 0 "$bin" code --format table --date 2022-10-10 "$seed"
  lacks "seed: Ukraine acting against Belarus" "$out" "UKR -> BLR"
  lacks "seed: Ukraine threatening or attacking" "$out" "UKR -> BLRGOV"
  contains "seed: Lukashenko accusing Ukraine" "$out" "BLRGOV -> UKR  112"
  # The seed's quotations, each with its speaker (the mention may be a pronoun; the code is the
  # person it stands for); the cleaner's removed teaser is no quotation.
  run 0 "$bin" code --format jsonl --date 2022-10-10 "$seed"
  quote_by() {  # quote_by WORDS CODE: the quotation opening with WORDS is CODE's
    local line
    line=$(grep -F '"type":"quote"' <<< "$out" | grep -F "\"text\":\"$1")
    contains "seed quote '$1'" "$line" "\"speaker\":{\"code\":\"$2\""
    contains "seed quote '$1'" "$line" '"kind":"direct"'
  }
  quote_by "I have already said that today Ukraine" BLRGOV
  quote_by "My answer was simple" BLRGOV
  quote_by "They are being pushed by their patrons" BLRGOV
  quote_by "Given the worsening of the situation" BLRGOV
  quote_by "The basis (I have always said this)" BLRGOV
  quote_by "Last thing they need is another conflict." BLRGOV
  quote_by "You know they have enough problems." BLRGOV
  quote_by "Ukraine doesn't pose a threat to Belarus." BLROPP
  quote_by "I urge the Belarusian military" BLROPP
  contains "quote record" "$out" '{"type":"quote","story_id":"belarus-joint-forces","sentence_id":10,"kind":"direct","text":"They are being pushed'
  contains "quote speaker mention" "$out" '"speaker":{"code":"BLRGOV","text":"Lukashenko","span":[1797,1799]},"cue":{"text":"added"'
  lacks "seed: the teaser is no quote" "$out" "Mobilise everyone"
  # The seed's places, resolved; the Sochi meeting located in Sochi.
  for place in '"text":"Minsk","span":[712,717],"name":"Minsk","country":"BLR"' \
               '"text":"Sochi","span":[385,390],"name":"Sochi","country":"RUS"' \
               '"text":"St Petersburg","span":[2066,2079],"name":"Saint Petersburg","country":"RUS"' \
               '"text":"Lithuania","span":[911,920],"name":"Lithuania","country":"LTU"' \
               '"text":"Scotland","span":[3262,3270],"name":"Scotland","country":"GBR"'; do
    contains "seed place" "$out" "$place"
  done
  line=$(grep -F '"sentence_id":3,' <<< "$out" | grep -F '"type":"event"' | head -1)
  contains "seed: the meeting in Sochi" "$line" '"location":{"name":"Sochi","country":"RUS"'
fi
mkdir -p "$scratch/own/verbs"
printf 'verb attack [190]: attack\n  pattern attack.x: * + WITH [999]\nactor a.b: Arnor\n' > "$scratch/own/verbs/19.txt"
run 1 "$bin" dictionaries check "$scratch/own"
contains "bad code" "$out" "19.txt:2: event code 999 is not in the CAMEO codebook"
contains "no actor code" "$out" "19.txt:3: actor a.b has no code"
run 0 "$bin" code --format jsonl --dictionaries "$scratch/own" "$story"
run 2 "$bin" code --dictionaries "$scratch/missing.project" "$story"
contains "missing project" "$err" "no such file"
run 2 "$bin" validate tabari "$scratch/missing.project"
if [[ -n "$shared" ]]; then
  run 0 "$bin" code --format jsonl --date 2022-10-10 --dictionaries "$root/tests/data/tabari-production.project" "$seed"
  contains "events" "$out" '{"type":"event","story_id":"belarus-joint-forces","sentence_id":'
  contains "event fields" "$out" '"cameo":"'
  run 1 "$bin" validate tabari "$shared/tabari/Validate.project" --quiet
  contains "validation summary" "$out" " passed, "
fi

# PETRARCH: a dictionary folder codes; the unit tests validate; broken inputs are unusable (2).
if [[ -n "$shared" ]]; then
  run 0 "$bin" code --format jsonl --date 2022-10-10 --dictionaries "$shared/petrarch/dictionaries" "$seed"
  contains "petrarch events" "$out" '"rule_source":"CAMEO.2.0.txt:'
  run 0 "$bin" code --format jsonl --dictionaries "$shared/petrarch/dictionaries" "$root/data/examples/feeds.jsonl"
  contains "petrarch issues" "$out" '"issues":{"SECURITY_SERVICES":1}'
fi
mkdir -p "$scratch/empty-dictionaries"
run 2 "$bin" code --dictionaries "$scratch/empty-dictionaries" "$story"
contains "empty dictionary folder" "$err" "no PETRARCH verbs and actors dictionaries"
if [[ -n "$shared" ]]; then
  run 1 "$bin" validate petrarch "$shared/petrarch/PETR.UnitTest.records.xml" --dictionaries "$shared/petrarch/dictionaries"
  contains "petrarch failing record" "$out" "FAIL ERROR-02 ("
  contains "petrarch summary" "$out" " passed, "
  printf '<Validation>\n<Sentences>\n<Sentence id="X" date="2001">\n</Validation>\n' > "$scratch/broken.xml"
  run 2 "$bin" validate petrarch "$scratch/broken.xml" --dictionaries "$shared/petrarch/dictionaries"
  contains "malformed records" "$err" "broken.xml:"
fi
run 2 "$bin" validate petrarch "$scratch/missing.xml"

# Every thread count gives the same bytes.
"$bin" segment --format jsonl --threads 1 "$root/data/examples" > "$scratch/one"
"$bin" segment --format jsonl --threads 4 "$root/data/examples" > "$scratch/four"
"$bin" code --format jsonl --threads 1 "$root/data/examples" >> "$scratch/one"
"$bin" code --format jsonl --threads 4 "$root/data/examples" >> "$scratch/four"
if [[ -n "$shared" ]]; then
  "$bin" code --format jsonl --threads 1 --dictionaries "$root/tests/data/tabari-production.project" "$root/data/examples" >> "$scratch/one"
  "$bin" code --format jsonl --threads 3 --dictionaries "$root/tests/data/tabari-production.project" "$root/data/examples" >> "$scratch/four"
  "$bin" code --format jsonl --threads 1 --dictionaries "$shared/petrarch/dictionaries" "$root/data/examples" >> "$scratch/one"
  "$bin" code --format jsonl --threads 4 --dictionaries "$shared/petrarch/dictionaries" "$root/data/examples" >> "$scratch/four"
fi
if ! cmp -s "$scratch/one" "$scratch/four"; then
  echo "FAIL: output differs between 1 and 4 threads"
  failures=$((failures + 1))
fi

# The event store: coded into SQLite, re-coded without duplicates, exported and queried.
db="$scratch/events.db"
run 0 "$bin" code --db "$db" "$root/data/examples"
contains "store summary" "$err" " stories (0 with errors), "
run 0 "$bin" export --db "$db"
contains "csv header" "$out" "date,source_code,source_name,source_country,target_code,target_name,target_country,cameo,root,quad_class,goldstein,plover,location_name,location_country,location_lat,location_lon,story_id,event_id,sentence_id,url,duplicates"
first_export=$out
run 0 "$bin" code --db "$db" "$root/data/examples"
run 0 "$bin" export --db "$db"
if [[ "$out" != "$first_export" ]]; then
  echo "FAIL: re-coding the examples changed the export"
  failures=$((failures + 1))
fi
contains "csv event" "$out" "2024-03-14,ROU,Romania,ROU,BGR,Bulgaria,BGR,030,03,1,4,AGREE,"
run 0 "$bin" export --db "$db" --format jsonl --source ROU
contains "jsonl export" "$out" '{"date":"2024-03-14","source_code":"ROU","source_name":"Romania","source_country":"ROU","target_code":"BGR"'
lacks "export filter" "$out" '"source_code":"BGR"'
run 0 "$bin" query dyads --db "$db" --format csv --limit 1
contains "top dyad" "$out" "source,target,events,goldstein_sum,goldstein_mean,first,last"
run 0 "$bin" query daily --db "$db" --format json --source IRNGOV
contains "daily" "$out" '{"date":"2023-03-04","source":"IRNGOV","target":"IGOUNOIAE","events":1,"goldstein_sum":1}'
run 0 "$bin" query events --db "$db" --format table --root 19
contains "events table" "$out" "Apply conventional military force"
run 0 "$bin" query summary --db "$db"
contains "summary events" "$out" "2024-03-14  ROU        → BGR         030  Signal intent to cooperate"
contains "summary quotes" "$out" "-- Grossi (IGOUNOIAE)"
contains "summary places" "$out" "Vienna"
run 2 "$bin" query summary --db "$scratch/no-such.db"
contains "missing store" "$err" "no-such.db: no such store"
run 2 "$bin" code --db "$scratch/no-such-folder/x.db" "$root/data/examples"
contains "unwritable store" "$err" "no-such-folder/x.db"
run 2 "$bin" query events --db "$db" --from 2024-13-01
contains "bad date" "$err" "not a date"
run 0 "$bin" query events --db "$db" --from 20240314 --to 2024/03/14 --format csv
contains "dates as written" "$out" "2024-03-14,BGR,ROU,030"
lacks "dates as written" "$out" "2024-05-14"
run 2 "$bin" query dyads --db "$db" --source "B%"
contains "bad actor prefix" "$err" "not an actor code"
printf 'not a database' > "$scratch/text.db"
run 2 "$bin" export --db "$scratch/text.db"
contains "not a store" "$err" "text.db"
# The one-a-day rule: the same story under three ids on one day is one event with two duplicates.
for id in a b c; do
  printf '{"id":"wire-%s","date":"2022-09-17","text":"Russian forces shelled the Ukrainian city of Kharkiv."}\n' "$id"
done > "$scratch/wires.jsonl"
run 0 "$bin" code --db "$scratch/wires.db" "$scratch/wires.jsonl"
run 0 "$bin" export --db "$scratch/wires.db" --dedup
contains "deduplicated" "$out" ",wire-a,1,1,,wire-b:1;wire-c:1"
# A batch killed in the middle leaves whole chunks (256 stories each) and a rerun finishes it.
for ((i = 0; i < 6000; i++)); do
  printf '{"id":"s%05d","date":"2022-09-%02d","text":"Russian forces shelled the Ukrainian city of Kharkiv on Monday, officials said."}\n' "$i" $((i % 28 + 1))
done > "$scratch/big.jsonl"
stored() { "$bin" query summary --db "$1" --limit 1 2> /dev/null | sed -n 's/^Stored: \([0-9]*\) stories.*/\1/p'; }
"$bin" code --db "$scratch/killed.db" --threads 1 "$scratch/big.jsonl" 2> /dev/null &
writer=$!
for ((wait = 0; wait < 200; wait++)); do
  n=$(stored "$scratch/killed.db")
  [[ -n "$n" && "$n" -ge 256 ]] && break
  sleep 0.05
done
kill -9 "$writer" 2> /dev/null
wait "$writer" 2> /dev/null
n=$(stored "$scratch/killed.db")
if [[ -z "$n" || $((n % 256)) != 0 || "$n" -ge 6000 ]]; then
  echo "FAIL: a killed batch left $n stories (expected whole chunks of 256, fewer than 6000)"
  failures=$((failures + 1))
fi
run 0 "$bin" code --db "$scratch/killed.db" "$scratch/big.jsonl"
run 0 "$bin" code --db "$scratch/whole.db" "$scratch/big.jsonl"
"$bin" export --db "$scratch/killed.db" > "$scratch/killed.csv"
"$bin" export --db "$scratch/whole.db" > "$scratch/whole.csv"
if ! cmp -s "$scratch/killed.csv" "$scratch/whole.csv" || [[ $(wc -l < "$scratch/whole.csv") -lt 6000 ]]; then
  echo "FAIL: the rerun after a kill does not hold what one whole run does"
  failures=$((failures + 1))
fi

if [[ $failures -gt 0 ]]; then
  echo "$failures command-line check(s) failed"
  exit 1
fi
echo "cli: all checks passed"
