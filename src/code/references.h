// Pronouns and role nouns: "he", "his defence minister", "the dictator" stand for an actor named
// earlier. Resolved once comma clauses are set aside, to the most salient compatible actor: in the
// sentence, the leftmost one before the reference (the subject, not an actor of a clause set
// aside); else the latest sentence subject of the story; else any earlier actor.
#ifndef HERODOTUS_CODE_REFERENCES_H_
#define HERODOTUS_CODE_REFERENCES_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "code/coder_index.h"
#include "code/sentence.h"
#include "dict/model.h"

namespace herodotus {
class Document;
}

namespace herodotus::code {

// Who an actor is, as a pronoun or role noun is matched against it.
struct Referent {
  std::string code;  // the actor's own code, agents not applied ("BLRGOV"); empty: nobody
  dict::Gender gender = dict::Gender::kUnknown;
  bool person = false;
  const std::vector<std::string>* roles = nullptr;  // the person's role nouns, if any
  int32_t mention = -1;  // the Document's mention that named or last referred to it
  // The code of the whole phrase that named it, agents applied ("A Nigerian militant group":
  // NGAREB where `code` is NGA): what "it" or "they" alone stands for. Empty: `code`.
  std::string phrase_code;

  bool known() const { return !code.empty() && code != "---"; }
};

// What the actors stage remembers of a story between its sentences: its actors, latest last, each
// sentence's subject (its first actor not set aside) once more and marked.
struct StoryMemory {
  struct Entry {
    Referent who;
    bool subject = false;
    uint32_t sentence = 0;  // the Document's sentence that named it
  };
  std::vector<Entry> entries;
};

enum class Reference : uint8_t {
  kNone,
  kPronoun,   // a phrase starting with a pronoun or a possessive: "he", "his defence minister"
  kRoleNoun,  // a phrase with no actor: "the president" may name one
};

// The actors stage's view of one phrase: who it is, and whether it may refer to someone.
struct ChunkActor {
  Referent who;
  Reference reference = Reference::kNone;
};

// Resolves the references of the sentence's phrases that are not set aside, in order, writing
// their codes into r.chunks and their mentions into the Document.
void resolve_references(const CoderContext& ctx, const StoryMemory& memory, SentenceReading& r,
                        std::vector<ChunkActor>& actors, Document& doc);

// Resolves the references inside clauses set aside ('"...," he said': the speaker), after the
// sentence is remembered, so that they change nothing the events are read from.
void resolve_set_aside_references(const CoderContext& ctx, const StoryMemory& memory,
                                  SentenceReading& r, std::vector<ChunkActor>& actors,
                                  Document& doc);

// Adds the sentence's actors to the story's memory, then its subject again.
void remember(const SentenceReading& r, const std::vector<ChunkActor>& actors, StoryMemory& memory);

// The people a story names in full ("Condoleezza Rice"), by their last names: news names them so
// after the first mention, and headlines before it ("Rice Lauds Iraqi Reconciliation Efforts").
class Surnames {
 public:
  // Notes the people the sentence's phrases name with two words or more: dictionary people, and
  // people the dictionaries lack named after the role and country that code their phrase
  // ("Italian Labor Minister Maurizio Sacconi").
  void note(const SentenceReading& r, const std::vector<ChunkActor>& actors, const Document& doc);
  // Codes each phrase of the story's read sentences that no actor coded and that is a last name
  // alone, after an honorific or not ("Rice", "Ms Rice"), when only one person of the story
  // bears it; adds its mention, referring to the full one.
  void apply(const CoderContext& ctx, Document& doc) const;

 private:
  struct Person {
    std::string code;      // empty: two people of the story share the name
    int32_t mention = -1;  // the full name's mention
  };
  std::unordered_map<std::string, Person> people_;  // by the upper-case last name
};

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_REFERENCES_H_
