// Batch mode: every story of a reader through a function on all cores, outputs in input order.
//
//   BatchOptions options;                         // threads = all cores
//   run_batch(reader, options,
//             [&](Story&& story, BatchItem& item) { ...; item.output = ...; },   // any thread
//             [&](const BatchItem& item) { fwrite(item.output...); });          // in order
//
// Memory stays bounded: stories are read in chunks (a few hundred stories or some megabytes);
// while the workers process one chunk, the calling thread reads the next.
#ifndef HERODOTUS_BATCH_H_
#define HERODOTUS_BATCH_H_

#include <any>
#include <cstddef>
#include <functional>
#include <string>

#include "herodotus/io.h"

namespace herodotus {

struct BatchOptions {
  unsigned threads = 0;                   // 0: one per core
  size_t chunk_stories = 256;             // stories per chunk
  size_t chunk_bytes = size_t{16} << 20;  // or fewer, when their text reaches this size
};

// What a run found, per story and in sum, for the summary at the end.
struct StoryCounts {
  size_t sentences = 0;
  size_t removals = 0;
  size_t events = 0;
  size_t quotes = 0;
  size_t places = 0;

  StoryCounts& operator+=(const StoryCounts& other);
};

struct BatchItem {
  std::string output;      // what to emit for the story
  bool had_error = false;  // the story had an error diagnostic
  StoryCounts counts;
  std::any payload;  // anything else the worker hands to the writer (the store's rows)
};

struct BatchSummary {
  size_t stories = 0;
  size_t stories_with_errors = 0;
  StoryCounts counts;
};

using ProcessStory = std::function<void(Story&& story, BatchItem& item)>;
using EmitItem = std::function<void(BatchItem& item)>;
// Called after the items of each chunk were emitted (a store commits its transaction there);
// false stops the run after that chunk.
using EndChunk = std::function<bool()>;

BatchSummary run_batch(StoryReader& reader, const BatchOptions& options,
                       const ProcessStory& process, const EmitItem& emit,
                       const EndChunk& end_chunk = {});

// The number of threads `threads` means: itself, or the number of cores when 0.
unsigned resolve_threads(unsigned threads);

}  // namespace herodotus

#endif  // HERODOTUS_BATCH_H_
