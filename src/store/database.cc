#include "store/database.h"

namespace herodotus::store {

bool is_postgresql(std::string_view target) {
  return target.substr(0, 13) == "postgresql://" || target.substr(0, 11) == "postgres://";
}

Result<std::unique_ptr<Database>> Database::open(const std::string& target) {
  if (is_postgresql(target)) return open_postgresql(target);
  return open_sqlite(target);
}

}  // namespace herodotus::store
