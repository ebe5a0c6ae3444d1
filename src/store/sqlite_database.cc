// The SQLite database: one file, write-ahead log, statements prepared once and cached.
#include <sqlite3.h>

#include <unordered_map>

#include "store/database.h"

namespace herodotus::store {
namespace {

class SqliteDatabase final : public Database {
 public:
  explicit SqliteDatabase(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  ~SqliteDatabase() override {
    for (auto& [sql, statement] : statements_) sqlite3_finalize(statement);
    sqlite3_close(db_);
  }

  Status execute(const std::string& sql) override {
    char* error = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) == SQLITE_OK) return {};
    std::string message = error != nullptr ? error : sqlite3_errmsg(db_);
    sqlite3_free(error);
    return failure(message);
  }

  // IMMEDIATE: the write lock is taken at the start, so two writers queue instead of one
  // failing halfway.
  Status begin() override { return execute("BEGIN IMMEDIATE"); }
  Status commit() override { return execute("COMMIT"); }
  std::string_view text_type() const override { return "TEXT"; }
  void rollback() override { (void)execute("ROLLBACK"); }

  Status run(const std::string& sql, std::span<const Value> params) override {
    return query(sql, params, nullptr);
  }

  Status query(const std::string& sql, std::span<const Value> params,
               const std::function<void(const Row&)>& each) override {
    sqlite3_stmt* statement = nullptr;
    if (Status s = prepare(sql, statement); !s.ok()) return s;
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    for (size_t i = 0; i < params.size(); ++i) {
      int at = static_cast<int>(i + 1);
      const Value& v = params[i];
      int rc = SQLITE_OK;
      if (const auto* n = std::get_if<int64_t>(&v)) {
        rc = sqlite3_bind_int64(statement, at, *n);
      } else if (const auto* d = std::get_if<double>(&v)) {
        rc = sqlite3_bind_double(statement, at, *d);
      } else if (const auto* t = std::get_if<std::string>(&v)) {
        rc =
            sqlite3_bind_text(statement, at, t->data(), static_cast<int>(t->size()), SQLITE_STATIC);
      } else {
        rc = sqlite3_bind_null(statement, at);
      }
      if (rc != SQLITE_OK) return failure(sqlite3_errmsg(db_));
    }
    Row row;
    while (true) {
      int rc = sqlite3_step(statement);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) {
        Status s = failure(sqlite3_errmsg(db_));
        sqlite3_reset(statement);
        return s;
      }
      if (!each) continue;
      int columns = sqlite3_column_count(statement);
      row.assign(static_cast<size_t>(columns), std::nullopt);
      for (int c = 0; c < columns; ++c) {
        if (sqlite3_column_type(statement, c) == SQLITE_NULL) continue;
        const unsigned char* text = sqlite3_column_text(statement, c);
        row[static_cast<size_t>(c)].emplace(
            reinterpret_cast<const char*>(text),
            static_cast<size_t>(sqlite3_column_bytes(statement, c)));
      }
      each(row);
    }
    sqlite3_reset(statement);
    return {};
  }

 private:
  Status prepare(const std::string& sql, sqlite3_stmt*& statement) {
    auto found = statements_.find(sql);
    if (found != statements_.end()) {
      statement = found->second;
      return {};
    }
    // SQLite numbers "$1" parameters by first appearance, "?1" by their number: the latter is
    // what $N means in the store's SQL (which has no $ inside its string literals).
    std::string numbered = sql;
    for (size_t i = 0; i + 1 < numbered.size(); ++i)
      if (numbered[i] == '$' && numbered[i + 1] >= '0' && numbered[i + 1] <= '9') numbered[i] = '?';
    if (sqlite3_prepare_v2(db_, numbered.c_str(), static_cast<int>(numbered.size()), &statement,
                           nullptr) != SQLITE_OK)
      return failure(sqlite3_errmsg(db_));
    statements_.emplace(sql, statement);
    return {};
  }

  Status failure(const std::string& message) const {
    return Status(ErrorCode::kDatabase, path_ + ": " + message);
  }

  sqlite3* db_;
  std::string path_;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

}  // namespace

Result<std::unique_ptr<Database>> open_sqlite(const std::string& path) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return Status(ErrorCode::kDatabase, path + ": " + message);
  }
  // Another process reading or writing waits for its turn instead of failing at once.
  sqlite3_busy_timeout(db, 10000);
  auto database = std::make_unique<SqliteDatabase>(db, path);
  // The write-ahead log: readers go on while a batch writes, and a killed writer leaves the
  // last committed chunk in place. NORMAL sync is safe with it (a power cut may lose the last
  // transaction, never the file's consistency).
  if (Status s = database->execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"); !s.ok())
    return s;
  return std::unique_ptr<Database>(std::move(database));
}

}  // namespace herodotus::store
