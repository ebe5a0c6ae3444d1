// What both engines code a sentence into, before it becomes the Document's Event: codes, the
// spans they were read from, and the dictionary entry and pattern that fired.
#ifndef HERODOTUS_CODE_CODED_EVENT_H_
#define HERODOTUS_CODE_CODED_EVENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dict/model.h"
#include "herodotus/document.h"

namespace herodotus::code {

struct CodedEvent {
  std::string source, target;     // actor codes, agents applied ("BLRGOV"); "---" for none
  std::string code;               // the event code
  Span source_span, target_span;  // normalised text; empty for actors the text does not name
  Span verb;                      // normalised text: the verb the rule anchored on
  const dict::VerbEntry* entry = nullptr;  // the verb that fired
  const dict::Pattern* pattern = nullptr;  // the pattern that matched, or null for the verb's code
  std::string note;  // how the code was reached when not by the rule alone ("an accusation")
  int32_t date = 0;  // YYYYMMDD when a time phrase moved it; 0: the story's date
  bool country_from_story = false;  // a side's country is the story's (Phrase::country_from_story)
  // A side coded by its role alone ("---GOV") names a person or body by name: "Labor Minister
  // Maurizio Sacconi", "The Government Accountability Office".
  bool role_side_named = false;
};

// Appends sentence `sentence`'s events to the Document: the rule that fired as the dictionary
// writes it ("accuse.war_crimes: * + OF WAR CRIMES [1122]", "URGE: [102]") with its file and line,
// the date, and the sentence's issues.
void add_events(const std::vector<CodedEvent>& events, uint32_t sentence,
                const dict::Dictionary& dictionary,
                const std::vector<std::pair<std::string, uint32_t>>& issues, Document& doc);

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_CODED_EVENT_H_
