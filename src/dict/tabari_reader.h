// Reads TABARI dictionaries (manual, chapters 4-8): a .project file and the .actors, .agents,
// .verbs and .options files it names, into the internal model.
//
// A file that cannot be read is an error. A line that cannot be used is a warning naming the file
// and line; the entry is skipped and reading goes on, so a broken dictionary never stops a run.
#ifndef HERODOTUS_DICT_TABARI_READER_H_
#define HERODOTUS_DICT_TABARI_READER_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "dict/model.h"
#include "herodotus/coding_options.h"
#include "herodotus/status.h"

namespace herodotus::dict {

struct LoadedDictionaries {
  Dictionary dictionary;
  // The dialect's defaults, and what a TABARI .options file or a PETRARCH config changes.
  CodingOptions options;
  std::vector<std::string> text_files;  // a project's <textfile> entries
  std::vector<std::string> warnings;    // "file:line: message"
  size_t duplicates = 0;                // phrases entered more than once (the first is kept)
  std::unordered_map<std::string, uint32_t> seen_roots;  // phrase key -> root, across files
};

// Reads a .project file and everything it names, paths relative to the project's folder.
Result<LoadedDictionaries> read_tabari_project(const std::string& path);

// The individual readers, adding to `out`.
Status read_tabari_actors(const std::string& path, LoadedDictionaries& out);
Status read_tabari_agents(const std::string& path, LoadedDictionaries& out);
Status read_tabari_verbs(const std::string& path, LoadedDictionaries& out);
Status read_tabari_options(const std::string& path, LoadedDictionaries& out);

// Sorts every verb's patterns longest first (file order among equals). Call after reading.
void finish_dictionary(Dictionary& dictionary);

}  // namespace herodotus::dict

#endif  // HERODOTUS_DICT_TABARI_READER_H_
