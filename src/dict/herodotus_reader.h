// Reads the project's own dictionary format (docs/dictionary-format.md) into the internal model:
// actor, agent, verb (with patterns), synset and discard entries, each with a stable id.
//
// Sources are read from files or from memory (the built-in dictionaries are compiled into the
// binary); either way every entry keeps its file name and line. Synsets are read before
// everything else, so a pattern may use a synset defined in any file.
#ifndef HERODOTUS_DICT_HERODOTUS_READER_H_
#define HERODOTUS_DICT_HERODOTUS_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "dict/english_forms.h"
#include "dict/tabari_reader.h"

namespace herodotus::dict {

// One dictionary file: the name used in messages and rule_source, and its text.
struct DictionarySource {
  std::string name;
  std::string text;
};

Result<LoadedDictionaries> read_herodotus_sources(const std::vector<DictionarySource>& sources);

// Every *.txt file under `folder`, in sorted path order; names relative to the folder.
Result<std::vector<DictionarySource>> herodotus_folder_sources(const std::string& folder);
Result<LoadedDictionaries> read_herodotus_folder(const std::string& folder);

// Does the folder hold the project's format (any *.txt file with an entry line such as
// "actor ID:" or "verb ID [CODE]:")?
bool looks_like_herodotus_folder(const std::string& folder);

}  // namespace herodotus::dict

#endif  // HERODOTUS_DICT_HERODOTUS_READER_H_
