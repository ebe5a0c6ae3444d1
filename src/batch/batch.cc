#include "herodotus/batch.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace herodotus {
namespace {

struct Chunk {
  std::vector<Story> stories;
  std::vector<BatchItem> items;
};

// Fixed workers that process one chunk at a time, each story by whichever worker is free.
class WorkerPool {
 public:
  WorkerPool(unsigned threads, const ProcessStory& process) : process_(process) {
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
  }
  ~WorkerPool() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_all();
    for (auto& worker : workers_) worker.join();
  }

  void start(Chunk* chunk) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      chunk_ = chunk;
      next_.store(0);
      remaining_ = chunk->stories.size();
      ++generation_;
    }
    wake_.notify_all();
  }

  void wait() {
    std::unique_lock<std::mutex> lock(mutex_);
    // Every story done and every worker out of its loop: none still holds this chunk.
    done_.wait(lock, [this] { return remaining_ == 0 && active_ == 0; });
    chunk_ = nullptr;
  }

 private:
  void work() {
    uint64_t seen = 0;
    while (true) {
      Chunk* chunk;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        wake_.wait(lock, [&] { return stopping_ || (chunk_ != nullptr && generation_ != seen); });
        if (stopping_) return;
        seen = generation_;
        chunk = chunk_;
        ++active_;
      }
      size_t finished = 0;
      for (size_t i = next_.fetch_add(1); i < chunk->stories.size(); i = next_.fetch_add(1)) {
        process_(std::move(chunk->stories[i]), chunk->items[i]);
        ++finished;
      }
      {
        std::lock_guard<std::mutex> lock(mutex_);
        remaining_ -= finished;
        --active_;
        if (remaining_ == 0 && active_ == 0) done_.notify_all();
      }
    }
  }

  const ProcessStory& process_;
  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::condition_variable done_;
  Chunk* chunk_ = nullptr;
  std::atomic<size_t> next_{0};
  size_t remaining_ = 0;
  unsigned active_ = 0;  // workers inside the current chunk's loop
  uint64_t generation_ = 0;
  bool stopping_ = false;
};

bool read_chunk(StoryReader& reader, const BatchOptions& options, Chunk& chunk) {
  chunk.stories.clear();
  chunk.items.clear();
  size_t bytes = 0;
  Story story;
  while (chunk.stories.size() < options.chunk_stories && bytes < options.chunk_bytes &&
         reader.next(story)) {
    bytes += story.text.size() + story.html.size();
    chunk.stories.push_back(std::move(story));
  }
  chunk.items.resize(chunk.stories.size());
  return !chunk.stories.empty();
}

}  // namespace

StoryCounts& StoryCounts::operator+=(const StoryCounts& other) {
  sentences += other.sentences;
  removals += other.removals;
  events += other.events;
  quotes += other.quotes;
  places += other.places;
  return *this;
}

unsigned resolve_threads(unsigned threads) {
  if (threads > 0) return threads;
  return std::max(1u, std::thread::hardware_concurrency());
}

BatchSummary run_batch(StoryReader& reader, const BatchOptions& options,
                       const ProcessStory& process, const EmitItem& emit,
                       const EndChunk& end_chunk) {
  BatchSummary summary;
  // Emits a chunk's items in order; false when the run should stop.
  auto account = [&](Chunk& chunk) {
    for (BatchItem& item : chunk.items) {
      ++summary.stories;
      summary.stories_with_errors += item.had_error ? 1 : 0;
      summary.counts += item.counts;
      emit(item);
    }
    return !end_chunk || end_chunk();
  };

  unsigned threads = resolve_threads(options.threads);
  Chunk current, next;
  if (threads == 1) {
    // No pool: the simplest path, and the one to compare single-core figures against.
    while (read_chunk(reader, options, current)) {
      for (size_t i = 0; i < current.stories.size(); ++i)
        process(std::move(current.stories[i]), current.items[i]);
      if (!account(current)) break;
    }
    return summary;
  }

  // Two chunks in turn: while the workers process one, this thread emits the one before (a
  // store writes it) and reads the one after.
  WorkerPool pool(threads, process);
  Chunk* processing = &current;
  Chunk* spare = &next;
  if (!read_chunk(reader, options, *processing)) return summary;
  pool.start(processing);
  while (true) {
    bool more = read_chunk(reader, options, *spare);
    pool.wait();
    Chunk* done = processing;
    if (more) {
      processing = spare;
      pool.start(processing);
    }
    bool go_on = account(*done);
    if (!more) break;
    if (!go_on) {
      pool.wait();  // the chunk under way is dropped: the run stops
      break;
    }
    spare = done;
  }
  return summary;
}

}  // namespace herodotus
