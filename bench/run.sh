#!/usr/bin/env bash
# make bench: the per-stage Google Benchmarks, then the end-to-end run of the binary over the
# AG News corpus (repeated 20 times: 152,000 stories) on one core and on all cores.
set -euo pipefail
build=$1
shared=$2
bench_bin="$build/bench/herodotus_bench"
herodotus="$build/herodotus"
corpus="$build/bench/ag_news_x20.jsonl"

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(date -u +%Y-%m-%d)"
echo "== per stage (one core)"
"$bench_bin" --benchmark_min_time=1

"$bench_bin" --write-corpus="$corpus" --repeat=20
"$bench_bin" --write-quote-corpus="$build/bench/polnear_x5.jsonl" --repeat=5

# end_to_end THREADS COMMAND...: wall time and rates of the binary over the corpus.
end_to_end() {
  local threads=$1
  shift
  local start end bytes stories
  bytes=$(stat -c %s "$corpus")
  stories=$(wc -l < "$corpus")
  start=$(date +%s.%N)
  "$herodotus" "$@" --threads "$threads" --format jsonl "$corpus" > /dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v b="$bytes" -v n="$stories" -v t="$threads" -v what="$*" \
    'BEGIN { w = e - s; printf "%-24s threads=%-2d %8.2f s %10.0f stories/s %8.1f MB/s\n", what, t, w, n / w, b / w / 1e6 }'
}

echo "== end to end: AG News x20, $(wc -l < "$corpus") stories, $(($(stat -c %s "$corpus") / 1000000)) MB of JSON Lines"
end_to_end 1 segment
end_to_end "$(nproc)" segment
end_to_end 1 code --no-quotes
end_to_end 1 code
end_to_end "$(nproc)" code
corpus="$build/bench/polnear_x5.jsonl"
echo "== end to end: PolNeAR train x5, $(wc -l < "$corpus") articles, $(($(stat -c %s "$corpus") / 1000000)) MB"
end_to_end 1 code --no-quotes
end_to_end 1 code
end_to_end "$(nproc)" code

# into_store TARGET THREADS: coding the AG News corpus into a store, wall time and rate.
into_store() {
  local target=$1 threads=$2 start end stories kind=sqlite
  [[ "$target" == postgresql://* ]] && kind=postgresql
  stories=$(wc -l < "$corpus")
  start=$(date +%s.%N)
  "$herodotus" code --db "$target" --threads "$threads" "$corpus" 2> /dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v n="$stories" -v t="$threads" -v what="$kind" \
    'BEGIN { w = e - s; printf "code --db %-12s threads=%-2d %8.2f s %10.0f stories/s\n", what, t, w, n / w }'
}
export -f into_store
export herodotus
corpus="$build/bench/ag_news_x20.jsonl"
export corpus
echo "== into the store: AG News x20, $(wc -l < "$corpus") stories, each coded and written with its rows"
store="$build/bench/store.db"
for ((threads = 1; threads <= $(nproc); threads *= 2)); do
  rm -f "$store" "$store-wal" "$store-shm"
  into_store "$store" "$threads"
done
into_store "$store" "$(nproc)"  # again: every story replaces its rows
rm -f "$store" "$store-wal" "$store-shm"
scripts/with-postgresql.sh bash -c '
  for ((threads = 1; threads <= $(nproc); threads *= 2)); do
    into_store "$HERODOTUS_TEST_POSTGRESQL" "$threads"
  done'
