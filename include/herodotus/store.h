// The event store: coded stories in SQLite or PostgreSQL, with the text, sentences, events,
// quotes, places, actors and diagnostics of each (docs/store.md, docs/output-schema.md), and the
// reading that `herodotus export` and `herodotus query` share. Library herodotus::store.
//
//   auto store = store::Store::open("herodotus.db");        // or "postgresql://..."
//   std::vector<store::StoryRows> chunk;
//   chunk.push_back(store::rows_of(doc));                   // on any thread
//   (*store)->write(chunk);                                 // one transaction per chunk
//   (*store)->read_events(filter, false, [](const store::EventRecord& e) { ... });
//
// Writing a story replaces every row it had: re-coding the same input leaves the counts as they
// were. A chunk is one transaction: a process killed in the middle leaves the chunks before it
// whole and nothing of the one it was writing, and a rerun writes everything again.
#ifndef HERODOTUS_STORE_H_
#define HERODOTUS_STORE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "herodotus/document.h"
#include "herodotus/status.h"

namespace herodotus::store {

// A parameter or column value: NULL, an integer, a real or text.
using Value = std::variant<std::monostate, int64_t, double, std::string>;

// A result row: each column as text, or nullopt for NULL.
using Row = std::vector<std::optional<std::string>>;

// A coded story as rows of the store's tables, built on the worker thread that coded it and
// written in order by the thread that owns the database.
struct StoryRows {
  std::string story_id;
  std::vector<std::vector<std::vector<Value>>> tables;  // by table, in the schema's column order
};

StoryRows rows_of(const Document& doc);

// The country an actor code stands in: its first three letters when they are a country's
// ISO 3166-1 alpha-3 code ("BLRGOV" -> "BLR"), else empty ("IGOUNO", "---GOV").
std::string_view actor_country(std::string_view code);

// Whether `target` names a PostgreSQL database ("postgresql://...", "postgres://...") rather
// than a SQLite file.
bool is_postgresql(std::string_view target);

struct EventFilter {
  std::string source, target;  // actor code prefixes: "BLR" is every Belarusian actor
  std::string from, to;        // dates, YYYY-MM-DD, both ends included
  std::string root;            // CAMEO root code: "19"
};

// An event as exports and queries read it, with its story's URL.
struct EventRecord {
  std::optional<std::string> date;
  std::optional<std::string> source_code, source_name, source_country;
  std::optional<std::string> target_code, target_name, target_country;
  std::string cameo;
  std::optional<std::string> root;
  std::optional<int> quad_class;
  std::optional<double> goldstein;
  std::optional<std::string> plover;
  std::optional<std::string> location_name, location_country;
  std::optional<double> location_lat, location_lon;
  std::string story_id;
  int event_id = 0, sentence_id = 0;
  std::optional<std::string> url;
  // With deduplication: the other events of the same day, dyad and code ("story:event").
  std::vector<std::string> duplicates;
};

class Database;  // SQLite or PostgreSQL, behind one SQL

class Store {
 public:
  // kWrite creates the tables a database lacks; kRead changes nothing and refuses a database
  // that is no Herodotus store (export and query need no right to create tables).
  enum class Mode { kWrite, kRead };
  static Result<std::unique_ptr<Store>> open(const std::string& target, Mode mode = Mode::kWrite);
  ~Store();

  // Replaces the rows of each story, all in one transaction.
  Status write(std::span<const StoryRows> stories);

  // The events the filter lets through, by date, dyad, code, story and event. With `dedup`,
  // events of the same date, source, target and code are one (the first), carrying the ids of
  // the others (the Phoenix one-a-day rule); events without a date are never merged.
  Status read_events(const EventFilter& filter, bool dedup,
                     const std::function<void(const EventRecord&)>& each);

  // A query of the caller's own, with $1, $2... parameters (the summary's quotes and places).
  Status query(const std::string& sql, std::span<const Value> params,
               const std::function<void(const Row&)>& each);

  // Row counts of every table, for summaries and tests.
  Result<std::vector<std::pair<std::string, int64_t>>> counts();

 private:
  explicit Store(std::unique_ptr<Database> database);
  Status create_schema();
  Status check_version();

  // The statement texts, made once per table and size.
  const std::string& insert_sql(size_t table, size_t rows);
  const std::string& delete_sql(size_t table, size_t stories);

  std::unique_ptr<Database> database_;
  std::map<std::pair<size_t, size_t>, std::string> inserts_, deletes_;  // (table, size)
};

}  // namespace herodotus::store

#endif  // HERODOTUS_STORE_H_
