#include "code/references.h"

#include <algorithm>
#include <cstdint>

#include "herodotus/document.h"

namespace herodotus::code {
namespace {

// How many sentences back "it", "they" and "its" look for what they refer to: the sentence
// before, where nearly all such antecedents lie in news text. Further back, the story's last
// country is more often a wrong guess ("It struck me", "it was struck off the roll") than a
// reference. "He" and "she" follow the story's people through the whole story.
constexpr uint32_t kThingPronounReach = 1;

// The most salient referent before phrase `before` that `fits`, in the sentence or in the
// `reach` sentences before it.
template <typename Fits>
const Referent* antecedent(const SentenceReading& r, const std::vector<ChunkActor>& actors,
                           const StoryMemory& memory, int before, uint32_t reach, Fits fits) {
  for (int k = 0; k < before; ++k)
    if (!r.all_set_aside(r.chunks[static_cast<size_t>(k)]) &&
        fits(actors[static_cast<size_t>(k)].who))
      return &actors[static_cast<size_t>(k)].who;
  auto near = [&](const StoryMemory::Entry& e) { return e.sentence + reach >= r.sentence; };
  for (auto it = memory.entries.rbegin(); it != memory.entries.rend() && near(*it); ++it)
    if (it->subject && fits(it->who)) return &it->who;
  for (auto it = memory.entries.rbegin(); it != memory.entries.rend() && near(*it); ++it)
    if (fits(it->who)) return &it->who;
  return nullptr;
}

constexpr uint32_t kWholeStory = UINT32_MAX / 2;

// Adds a mention of `who` in words [first, last] of phrase `chunk`, referring back to the
// mention `who` came from; returns its index.
int32_t add_reference(const SentenceReading& r, int chunk, int first, int last, MentionKind kind,
                      const Referent& who, Document& doc) {
  return add_actor_mention(r, chunk, first, last, kind, who.code, who.mention, doc);
}

// "he" is the person; "his defence minister" is the person's country with the agent's sector.
void resolve_pronoun(const CoderContext& ctx, const StoryMemory& memory, SentenceReading& r,
                     std::vector<ChunkActor>& actors, int index, Document& doc) {
  Chunk& c = r.chunks[static_cast<size_t>(index)];
  const English& en = ctx.english;
  std::string_view pronoun = r.form(c.words[0]);
  bool he = en.male_pronouns.count(pronoun) > 0;
  bool she = en.female_pronouns.count(pronoun) > 0;
  bool thing = en.non_person_pronouns.count(pronoun) > 0;
  if (!he && !she && !thing) return;  // I, we, you: the speaker of a quotation
  bool plural = en.plural_pronouns.count(pronoun) > 0;
  auto fits = [&](const Referent& m) {
    if (!m.known()) return false;
    if (thing) return !m.person;
    if (!m.person) return false;
    return m.gender == dict::Gender::kUnknown ||
           m.gender == (he ? dict::Gender::kMale : dict::Gender::kFemale);
  };
  const uint32_t reach = thing ? kThingPronounReach : kWholeStory;
  const Referent* m = antecedent(r, actors, memory, index, reach, fits);
  // "they" is a group or a country first, else people ("Obama and Putin said they...").
  if (m == nullptr && plural)
    m = antecedent(r, actors, memory, index, reach, [](const Referent& x) { return x.known(); });
  if (m == nullptr) return;
  if (r.wc(c.words[0]) == WordClass::kPronoun) {
    if (c.words.size() != 1) return;
    Referent who = *m;
    who.mention = add_reference(r, index, c.words[0], c.words[0], MentionKind::kPronoun, *m, doc);
    c.code = who.phrase_code.empty() ? who.code : who.phrase_code;
    c.actor = who.mention;
    actors[static_cast<size_t>(index)].who = std::move(who);
    return;
  }
  if (!c.has_agent) return;  // "his visit" names no actor
  add_reference(r, index, c.words[0], c.words[0], MentionKind::kPronoun, *m, doc);
  // The phrase is "---" followed by its agents' codes.
  std::string country = m->code.substr(0, std::min<size_t>(3, m->code.size()));
  c.code = country + c.code.substr(3);
}

// "the dictator", "the president": a definite role noun stands for a person of the story with
// that role, or, for words that only name a leader, a person in government.
void resolve_role_noun(const CoderContext& ctx, const StoryMemory& memory, SentenceReading& r,
                       std::vector<ChunkActor>& actors, int index, Document& doc) {
  Chunk& c = r.chunks[static_cast<size_t>(index)];
  if (c.words.size() != 2 || r.form(c.words[0]) != "THE") return;
  std::string_view noun = r.form(c.words[1]);
  bool leader = ctx.english.leader_nouns.count(noun) > 0;
  auto has_role = [&](const Referent& m) {
    return m.person && m.roles != nullptr &&
           std::find(m.roles->begin(), m.roles->end(), noun) != m.roles->end();
  };
  auto governs = [&](const Referent& m) {
    return leader && m.person && m.code.size() >= 6 && m.code.compare(3, 3, "GOV") == 0;
  };
  const Referent* found = antecedent(r, actors, memory, index, kWholeStory, has_role);
  if (found == nullptr) found = antecedent(r, actors, memory, index, kWholeStory, governs);
  if (found == nullptr) return;
  Referent who = *found;
  who.mention =
      add_reference(r, index, c.words[0], c.words[1], MentionKind::kRoleNoun, *found, doc);
  c.code = who.code;
  c.actor = who.mention;
  actors[static_cast<size_t>(index)].who = std::move(who);
}

void resolve(const CoderContext& ctx, const StoryMemory& memory, SentenceReading& r,
             std::vector<ChunkActor>& actors, int index, Document& doc) {
  if (actors[static_cast<size_t>(index)].reference == Reference::kPronoun)
    resolve_pronoun(ctx, memory, r, actors, index, doc);
  else
    resolve_role_noun(ctx, memory, r, actors, index, doc);
  Chunk& c = r.chunks[static_cast<size_t>(index)];
  c.coded = c.code != "---";
}

}  // namespace

void resolve_references(const CoderContext& ctx, const StoryMemory& memory, SentenceReading& r,
                        std::vector<ChunkActor>& actors, Document& doc) {
  for (size_t k = 0; k < r.chunks.size(); ++k) {
    if (actors[k].reference == Reference::kNone || r.all_set_aside(r.chunks[k])) continue;
    resolve(ctx, memory, r, actors, static_cast<int>(k), doc);
  }
}

void resolve_set_aside_references(const CoderContext& ctx, const StoryMemory& memory,
                                  SentenceReading& r, std::vector<ChunkActor>& actors,
                                  Document& doc) {
  for (size_t k = 0; k < r.chunks.size(); ++k) {
    if (actors[k].reference == Reference::kNone || !r.all_set_aside(r.chunks[k])) continue;
    resolve(ctx, memory, r, actors, static_cast<int>(k), doc);
  }
}

void remember(const SentenceReading& r, const std::vector<ChunkActor>& actors,
              StoryMemory& memory) {
  const Referent* subject = nullptr;
  for (size_t k = 0; k < r.chunks.size(); ++k) {
    const Referent& who = actors[k].who;
    if (!who.known()) continue;
    memory.entries.push_back({who, false, r.sentence});
    if (subject == nullptr && !r.all_set_aside(r.chunks[k])) subject = &who;
  }
  if (subject != nullptr) memory.entries.push_back({*subject, true, r.sentence});
}

void Surnames::note(const SentenceReading& r, const std::vector<ChunkActor>& actors,
                    const Document& doc) {
  auto add = [&](std::string surname, const std::string& code, int32_t mention) {
    auto [it, added] = people_.try_emplace(std::move(surname), Person{code, mention});
    if (!added && it->second.code != code) it->second.code.clear();  // two people
  };
  for (size_t k = 0; k < r.chunks.size() && k < actors.size(); ++k) {
    if (actors[k].reference != Reference::kNone) continue;
    const Referent& who = actors[k].who;
    if (who.person && who.mention >= 0 && who.known()) {
      const ActorMention& m = doc.actor_mentions()[static_cast<size_t>(who.mention)];
      if (m.end_token - m.first_token < 2) continue;  // "Hillary" is no full name
      std::string surname;
      append_upper(doc, m.end_token - 1, surname);
      add(std::move(surname), who.code, who.mention);
      continue;
    }
    // A person the dictionaries lack, named after the role and country that code the phrase:
    // "Italian Labor Minister Maurizio Sacconi" (two capitalised words of no dictionary name at
    // its end).
    const Chunk& c = r.chunks[k];
    if (!c.coded || !c.has_agent || c.words.size() < 3) continue;
    size_t name_words = 0;
    for (auto w = c.words.rbegin(); w != c.words.rend(); ++w) {
      const Word& word = r.words[static_cast<size_t>(*w)];
      if (!word.capitalized || word.proper || word.capitals) break;
      ++name_words;
    }
    if (name_words < 2 || name_words == c.words.size()) continue;
    add(std::string(r.form(c.words.back())), c.code, c.actor);
  }
}

void Surnames::apply(const CoderContext& ctx, Document& doc) const {
  if (people_.empty()) return;
  auto& phrases = doc.mutable_phrases();
  std::string upper;
  auto upper_of = [&](uint32_t token) -> const std::string& {
    upper.clear();
    append_upper(doc, token, upper);
    return upper;
  };
  for (size_t index = 0; index < phrases.size(); ++index) {
    Phrase& p = phrases[index];
    if (p.coded() || doc.sentences()[p.sentence].skip != SentenceSkip::kNone) continue;
    uint32_t w = p.first_word;
    while (w < p.end_word && ctx.english.honorifics.count(upper_of(doc.phrase_words()[w]))) ++w;
    if (w + 1 != p.end_word) continue;  // one word after the honorifics
    const uint32_t token = doc.phrase_words()[w];
    if (!doc.tokens()[token].has(kCapitalised)) continue;
    auto person = people_.find(upper_of(token));
    if (person == people_.end() || person->second.code.empty()) continue;
    ActorMention m;
    m.sentence = p.sentence;
    m.first_token = token;
    m.end_token = token + 1;
    m.span = doc.tokens()[token].span;
    m.phrase = static_cast<int32_t>(index);
    m.kind = MentionKind::kName;
    m.code = person->second.code;
    m.refers_to = person->second.mention;
    doc.mutable_actor_mentions().push_back(std::move(m));
    p.code = person->second.code;
    p.actor = static_cast<int32_t>(doc.actor_mentions().size() - 1);
    p.agency = Agency::kActor;
  }
}

}  // namespace herodotus::code
