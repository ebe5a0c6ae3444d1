// Reads PETRARCH dictionaries (../shared/data/petrarch/dictionaries.rst) into the internal model:
// verbs in both dialects (the PETRARCH-1 / TABARI patterns of PETR.Validate.verbs.txt and the
// PETRARCH-2 patterns of CAMEO.2.0.txt), actors (Phoenix.*.actors.txt), agents with plurals and
// !MACRO! substitutions, and discards.
//
// PETRARCH matches whole words (no stems or regular endings), keeps the last of two entries with
// the same phrase, and cuts a line at its first '#'.
#ifndef HERODOTUS_DICT_PETRARCH_READER_H_
#define HERODOTUS_DICT_PETRARCH_READER_H_

#include <string>

#include "dict/tabari_reader.h"

namespace herodotus::dict {

Status read_petrarch_verbs(const std::string& path, LoadedDictionaries& out);
Status read_petrarch_actors(const std::string& path, LoadedDictionaries& out);
Status read_petrarch_agents(const std::string& path, LoadedDictionaries& out);
Status read_petrarch_discards(const std::string& path, LoadedDictionaries& out);
Status read_petrarch_issues(const std::string& path, LoadedDictionaries& out);

// A folder of PETRARCH dictionaries: the verbs file (*.verbs.txt or CAMEO*.txt), every
// *.actors.txt, the agents file (*agents*.txt), the discards file (*discards*.txt) and the issues
// file (*Issue*.txt).
Result<LoadedDictionaries> read_petrarch_folder(const std::string& folder);

// The same with the files named.
Result<LoadedDictionaries> read_petrarch_files(const std::string& verbs,
                                               const std::vector<std::string>& actors,
                                               const std::string& agents,
                                               const std::string& discards,
                                               const std::string& issues = {});

// The word sequences an issue line stands for: "n:" gives a noun and its plural, "v:" a verb's
// regular forms, and '+' inside a word a space or a hyphen ("pre+n:school": PRE SCHOOL,
// PRE SCHOOLS, PRE-SCHOOL, PRE-SCHOOLS).
std::vector<std::vector<std::string>> expand_issue_phrase(std::string_view phrase);

// The regular forms PETRARCH generates for a verb without an irregular list: the word, +S,
// +ED (+D after E), and +ING (dropping a final E).
std::vector<std::string> regular_verb_forms(const std::string& verb);
// The plural PETRARCH gives an agent or synset word: -Y -> -IES, -S -> -SES, else +S.
std::string regular_plural(const std::string& word);

}  // namespace herodotus::dict

#endif  // HERODOTUS_DICT_PETRARCH_READER_H_
