// The PostgreSQL database, through libpqxx: one connection, statements prepared once per text,
// a transaction object between begin() and commit() and single statements outside one.
#include <pqxx/pqxx>

#include <unordered_map>

#include "store/database.h"

namespace herodotus::store {
namespace {

// The URL without its password (user:password@ or ?password=), for messages.
std::string redacted(std::string url) {
  size_t scheme = url.find("://");
  size_t at = url.find('@');
  if (scheme != std::string::npos && at != std::string::npos) {
    size_t colon = url.find(':', scheme + 3);
    if (colon != std::string::npos && colon < at)
      url = url.substr(0, colon) + ":***" + url.substr(at);
  }
  size_t password = url.find("password=");
  if (password != std::string::npos) {
    size_t end = url.find('&', password);
    url = url.substr(0, password + 9) + "***" + (end == std::string::npos ? "" : url.substr(end));
  }
  return url;
}

class PostgresDatabase final : public Database {
 public:
  PostgresDatabase(std::unique_ptr<pqxx::connection> connection, std::string name)
      : connection_(std::move(connection)), name_(std::move(name)) {}
  ~PostgresDatabase() override { rollback(); }

  Status execute(const std::string& sql) override {
    return guarded([&] {
      if (work_) {
        work_->exec(sql);
      } else {
        pqxx::nontransaction single(*connection_);
        single.exec(sql);
      }
    });
  }

  Status begin() override {
    Status s = guarded([&] {
      work_ = std::make_unique<pqxx::work>(*connection_);
      // Transactions are the store's writes, which reach rows by key alone. The planner's
      // statistics lag behind tables that fill up during the run (autovacuum looks once a
      // minute and analyzes after enough changes), and a stale small-table estimate made each
      // chunk's deletes scan whole tables: the write slowed as the store grew.
      work_->exec("SET LOCAL enable_seqscan = off");
    });
    if (!s.ok()) rollback();
    return s;
  }
  std::string_view text_type() const override { return "TEXT COLLATE \"C\""; }
  Status commit() override {
    Status s = guarded([&] {
      if (work_) work_->commit();
    });
    work_.reset();
    return s;
  }
  void rollback() override {
    if (!work_) return;
    try {
      work_->abort();
    } catch (const std::exception&) {
      // The connection is gone: nothing to undo on this side.
    }
    work_.reset();
  }

  Status run(const std::string& sql, std::span<const Value> params) override {
    return query(sql, params, nullptr);
  }

  Status query(const std::string& sql, std::span<const Value> params,
               const std::function<void(const Row&)>& each) override {
    // Text parameters; the server reads each as its column's type. NULL is a null pointer.
    texts_.resize(params.size());
    pointers_.resize(params.size());
    for (size_t i = 0; i < params.size(); ++i) {
      const Value& v = params[i];
      if (const auto* n = std::get_if<int64_t>(&v)) {
        texts_[i] = std::to_string(*n);
      } else if (const auto* d = std::get_if<double>(&v)) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.17g", *d);
        texts_[i] = buffer;
      } else if (const auto* t = std::get_if<std::string>(&v)) {
        texts_[i] = *t;
        // PostgreSQL text cannot hold NUL (a JSON "\u0000"); a C string would end there.
        std::erase(texts_[i], '\0');
      }
      pointers_[i] = std::holds_alternative<std::monostate>(v) ? nullptr : texts_[i].c_str();
    }
    if (!each) {
      return guarded([&] {
        const std::string& name = prepared(sql);
        auto params_list = pqxx::prepare::make_dynamic_params(pointers_);
        if (work_) {
          work_->exec_prepared(name, params_list);
        } else {
          pqxx::nontransaction single(*connection_);
          single.exec_prepared(name, params_list);
        }
      });
    }
    // Rows come through a cursor, kFetchRows at a time: an export of millions of events does
    // not wait in memory whole. A cursor takes no parameters, so they are written into the
    // text as quoted literals (libpq's escaping).
    return guarded([&] {
      std::unique_ptr<pqxx::work> own;
      if (!work_) own = std::make_unique<pqxx::work>(*connection_);
      pqxx::transaction_base& tx = work_ ? static_cast<pqxx::transaction_base&>(*work_) : *own;
      std::string cursor = "herodotus_rows_" + std::to_string(++cursors_);
      tx.exec("DECLARE " + cursor + " NO SCROLL CURSOR FOR " + with_literals(tx, sql));
      Row row;
      while (true) {
        pqxx::result result = tx.exec("FETCH " + std::to_string(kFetchRows) + " FROM " + cursor);
        if (result.empty()) break;
        for (const auto& r : result) {
          row.assign(r.size(), std::nullopt);
          for (size_t c = 0; c < r.size(); ++c)
            if (!r[static_cast<pqxx::row::size_type>(c)].is_null())
              row[c].emplace(r[static_cast<pqxx::row::size_type>(c)].c_str());
          each(row);
        }
      }
      tx.exec("CLOSE " + cursor);
      if (own) own->commit();
    });
  }

 private:
  static constexpr size_t kFetchRows = 10000;

  // `sql` with each $N replaced by the Nth parameter as a quoted literal, or NULL.
  std::string with_literals(pqxx::transaction_base& tx, const std::string& sql) const {
    std::string out;
    for (size_t i = 0; i < sql.size(); ++i) {
      if (sql[i] != '$' || i + 1 >= sql.size() || sql[i + 1] < '0' || sql[i + 1] > '9') {
        out += sql[i];
        continue;
      }
      size_t n = 0;
      while (i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9')
        n = n * 10 + static_cast<size_t>(sql[++i] - '0');
      if (n == 0 || n > pointers_.size())
        throw std::invalid_argument("no parameter $" + std::to_string(n));
      out += pointers_[n - 1] == nullptr ? std::string("NULL") : tx.quote(texts_[n - 1]);
    }
    return out;
  }

  const std::string& prepared(const std::string& sql) {
    auto found = names_.find(sql);
    if (found != names_.end()) return found->second;
    std::string name = "herodotus_" + std::to_string(names_.size());
    connection_->prepare(name, sql);
    return names_.emplace(sql, std::move(name)).first->second;
  }

  template <typename F>
  Status guarded(F&& f) {
    try {
      f();
      return {};
    } catch (const std::exception& e) {
      return Status(ErrorCode::kDatabase, name_ + ": " + e.what());
    }
  }

  std::unique_ptr<pqxx::connection> connection_;
  std::string name_;
  std::unique_ptr<pqxx::work> work_;
  std::unordered_map<std::string, std::string> names_;
  std::vector<std::string> texts_;
  std::vector<const char*> pointers_;
  size_t cursors_ = 0;
};

}  // namespace

Result<std::unique_ptr<Database>> open_postgresql(const std::string& url) {
  try {
    auto connection = std::make_unique<pqxx::connection>(url);
    auto database = std::make_unique<PostgresDatabase>(std::move(connection), redacted(url));
    // Notices ("relation already exists, skipping") are not for the user.
    if (Status s = database->execute("SET client_min_messages TO WARNING"); !s.ok()) return s;
    return std::unique_ptr<Database>(std::move(database));
  } catch (const std::exception& e) {
    return Status(ErrorCode::kDatabase, redacted(url) + ": " + e.what());
  }
}

}  // namespace herodotus::store
