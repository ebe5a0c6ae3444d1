// How the noun-phrase engine read a sentence, from the layers its stages wrote: each word with its
// class (set-aside words marked), the phrases with their codes and lists, and the actor mentions
// with what they refer back to. For `herodotus code --explain` and failing validation records.
#ifndef HERODOTUS_CODE_EXPLAIN_H_
#define HERODOTUS_CODE_EXPLAIN_H_

#include <cstdint>
#include <string>

#include "herodotus/document.h"

namespace herodotus::code {

// Appends the reading of sentence `s`, each line starting with `prefix`:
//   <prefix>Belarusian/adj president/noun Lukashenko/noun warned/VERB ...
//   <prefix>  phrases: [Belarusian president Lukashenko =BLRGOV] [Ukraine =UKR] ...
//   <prefix>  actors: Lukashenko BLRGOV name; he BLRGOV pronoun -> Lukashenko
//   <prefix>  skipped: repeated
void explain_sentence(const Document& doc, uint32_t s, std::string_view prefix, std::string& out);

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_EXPLAIN_H_
