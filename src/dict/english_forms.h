// English inflection for the forms the project's dictionaries generate; over-generation is
// harmless (a form that is not a word never matches), so doubtful cases give both spellings.
#ifndef HERODOTUS_DICT_ENGLISH_FORMS_H_
#define HERODOTUS_DICT_ENGLISH_FORMS_H_

#include <string>
#include <vector>

namespace herodotus::dict {

// The lemma, its third person, past and present participle: ACCUSE gives ACCUSES, ACCUSED,
// ACCUSING; STOP also STOPPED and STOPPING.
std::vector<std::string> english_verb_forms(const std::string& lemma);
// A noun's plural: PARTY -> PARTIES, CHURCH -> CHURCHES, CHAIRMAN -> CHAIRMEN.
std::vector<std::string> english_plurals(const std::string& noun);

}  // namespace herodotus::dict

#endif  // HERODOTUS_DICT_ENGLISH_FORMS_H_
