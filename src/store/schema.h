// The event store's tables, defined once: the DDL, the inserts and the per-story deletes are
// generated from this list for SQLite and PostgreSQL alike, and a story's rows
// (store/rows.h) give their values in this column order. docs/output-schema.md describes them.
#ifndef HERODOTUS_STORE_SCHEMA_H_
#define HERODOTUS_STORE_SCHEMA_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace herodotus::store {

struct Column {
  std::string_view name;
  // INTEGER (64-bit in SQLite, 32-bit in PostgreSQL: ids, counts and byte offsets fit),
  // DOUBLE PRECISION, or TEXT (written as the database's byte-ordered text type).
  std::string_view type;
};

struct Table {
  std::string_view name;
  std::vector<Column> columns;
  size_t key_columns;  // the first ones form the primary key; the first is always story_id
};

enum TableId : size_t {
  kStories,
  kSentences,
  kEvents,
  kQuotes,
  kPlaces,
  kActors,
  kDiagnostics,
  kTableCount
};

const std::array<Table, kTableCount>& tables();

// The version written to the `meta` table; a store of another version is refused.
inline constexpr int kSchemaVersion = 1;

// CREATE TABLE IF NOT EXISTS ... for every table, the indexes, and the meta table; TEXT
// columns get `text_type` (Database::text_type()).
std::vector<std::string> schema_statements(std::string_view text_type);
// INSERT INTO table (...) VALUES ($1, ...), (...): `rows` rows in one statement.
std::string insert_statement(const Table& table, size_t rows);
// DELETE FROM table WHERE story_id IN ($1, ..., $stories).
std::string delete_statement(const Table& table, size_t stories);

}  // namespace herodotus::store

#endif  // HERODOTUS_STORE_SCHEMA_H_
