#include "dict/load.h"

#include <filesystem>

#include "dict/builtin.h"
#include "dict/herodotus_reader.h"
#include "dict/petrarch_reader.h"

namespace herodotus::dict {

Result<LoadedDictionaries> read_dictionaries(const std::string& path, std::string& format) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::exists(path, error))
    return Status(ErrorCode::kNotFound, path + ": no such file or folder");
  if (!fs::is_directory(path, error)) {
    format = "tabari";
    return read_tabari_project(path);
  }
  if (looks_like_herodotus_folder(path)) {
    format = "herodotus";
    return read_herodotus_folder(path);
  }
  format = "petrarch";
  return read_petrarch_folder(path);
}

Result<LoadedDictionaries> read_builtin_dictionaries() {
  auto sources = builtin_dictionary_sources();
  if (!sources.ok()) return sources.status();
  return read_herodotus_sources(*sources);
}

}  // namespace herodotus::dict
