// A SQL database the store writes to and reads from: SQLite (a file) or PostgreSQL (a
// postgresql:// URL). The store speaks one SQL to both: standard statements with $1, $2...
// parameters (which the SQLite side reads as its own numbered "?1" parameters).
#ifndef HERODOTUS_STORE_DATABASE_H_
#define HERODOTUS_STORE_DATABASE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "herodotus/status.h"
#include "herodotus/store.h"

namespace herodotus::store {

class Database {
 public:
  virtual ~Database() = default;

  // A file path opens (or creates) a SQLite database; "postgresql://..." or "postgres://..."
  // connects to PostgreSQL.
  static Result<std::unique_ptr<Database>> open(const std::string& target);

  // Statements without parameters or rows: DDL.
  virtual Status execute(const std::string& sql) = 0;
  // One transaction: everything between begin() and commit() lands whole or not at all.
  virtual Status begin() = 0;
  virtual Status commit() = 0;
  virtual void rollback() = 0;
  // A statement with parameters and no rows; prepared once per text and reused.
  virtual Status run(const std::string& sql, std::span<const Value> params) = 0;
  // The text column type that sorts and compares by bytes, as the store's queries expect:
  // SQLite's TEXT; PostgreSQL's TEXT COLLATE "C" (its default follows the server's locale).
  virtual std::string_view text_type() const = 0;
  // A query: `each` sees every row.
  virtual Status query(const std::string& sql, std::span<const Value> params,
                       const std::function<void(const Row&)>& each) = 0;
};

Result<std::unique_ptr<Database>> open_sqlite(const std::string& path);
Result<std::unique_ptr<Database>> open_postgresql(const std::string& url);

}  // namespace herodotus::store

#endif  // HERODOTUS_STORE_DATABASE_H_
