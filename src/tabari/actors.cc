// TABARI's sparse parse. Actors: mentions of dictionary actors with their date-bounded codes,
// agents attached to the actor before or after them (manual 5.4), and compound actors joined by
// commas and conjunctions.
#include "tabari/parse.h"

namespace herodotus::tabari {

int32_t SentenceParse::add_mention(int32_t head, int32_t first, int32_t last, const CodeId* codes,
                                   size_t count) {
  Mention m;
  m.head = head;
  m.first = first;
  m.last = last;
  m.codes_begin = static_cast<uint32_t>(s_.codes.size());
  s_.codes.insert(s_.codes.end(), codes, codes + count);
  m.codes_count = static_cast<uint32_t>(count);
  m.base_begin = static_cast<uint32_t>(s_.codes.size());
  s_.codes.insert(s_.codes.end(), codes, codes + count);
  m.base_count = static_cast<uint32_t>(count);
  s_.mentions.push_back(m);
  return static_cast<int32_t>(s_.mentions.size() - 1);
}

// The code an actor is compared by when looking for a target distinct from the source. A
// pronoun compares by its referent's actor code without agents (validation COMPOUND-24).
CodeId SentenceParse::first_code(const Mention& m) const {
  if (m.pronoun && m.base_count > 0) return s_.codes[m.base_begin];
  return m.codes_count > 0 ? s_.codes[m.codes_begin] : kNullCode;
}

bool SentenceParse::build_mentions(SentenceResult& result) {
  for (int32_t i = 0; i < n_; ++i) {
    WordInfo& info = s_.info[i];
    if (info.type != WordType::kActor) continue;
    const dict::Root& root = dict_.roots[info.root];
    const std::vector<CodeId>* codes = dict::codes_on(dict_.actors[root.entry], date_);
    if (codes == nullptr || codes->empty() || (codes->size() == 1 && (*codes)[0] == kNullCode)) {
      info.type = WordType::kNoun;  // null-coded actors are nouns
      continue;
    }
    for (CodeId c : *codes) {
      if (c == kDiscardCode)
        return stop(result, SentenceSkip::kDiscarded, "discard code on actor " + root.text);
      if (c == kComplexCode)
        return stop(result, SentenceSkip::kComplex, "complex code on actor " + root.text);
    }
    int32_t m = add_mention(i, i, info.last, codes->data(), codes->size());
    for (int32_t w = i; w <= info.last; ++w)
      if (s_.info[w].head == i) s_.info[w].mention = m;
  }
  return true;
}

bool SentenceParse::stop(SentenceResult& result, SentenceSkip outcome, std::string why) {
  result.skip = outcome;
  result.explanation = std::move(why);
  return false;
}

// Verb roots coded ### or +++ settle the sentence as soon as they are found (manual 6.1).
bool SentenceParse::check_root_codes(SentenceResult& result) {
  for (int32_t i = 0; i < n_; ++i) {
    const WordInfo& info = s_.info[i];
    if (info.type != WordType::kVerb) continue;
    const dict::VerbEntry& verb = dict_.verbs[dict_.roots[info.root].entry];
    if (verb.code.code == kDiscardCode && verb.patterns.empty())
      return stop(result, SentenceSkip::kDiscarded, "discard code on verb " + verb.root_text);
    if (verb.code.code == kComplexCode && verb.patterns.empty())
      return stop(result, SentenceSkip::kComplex, "complex code on verb " + verb.root_text);
  }
  return true;
}

CodeId SentenceParse::combine(CodeId actor, CodeId agent, bool prefix) {
  std::string_view a = s_.local.text(actor);
  std::string_view g = s_.local.text(agent);
  if (contains_aligned(a, g)) return actor;
  std::string joined = prefix ? std::string(g) + std::string(a) : std::string(a) + std::string(g);
  return s_.local.intern(joined);
}

// Agents code the actor just before them, just after them, or after OF / IN (manual 5.4).
void SentenceParse::attach_agents() {
  for (int32_t i = 0; i < n_; ++i) {
    const WordInfo& info = s_.info[i];
    if (info.type != WordType::kAgent) continue;
    const dict::AgentEntry& agent = dict_.agents[dict_.roots[info.root].entry];
    const int32_t first = i, last = info.last;
    bool former = type(first - 1) == WordType::kFormer;
    int32_t m = -1;
    int32_t before = former ? first - 2 : first - 1;
    if (before >= 0 && s_.info[before].mention >= 0) m = s_.info[before].mention;
    if (m < 0 && last + 1 < n_ && s_.info[last + 1].mention >= 0 &&
        s_.mentions[s_.info[last + 1].mention].head == last + 1)
      m = s_.info[last + 1].mention;
    if (m < 0 && last + 2 < n_ && (word(last + 1) == "OF" || word(last + 1) == "IN") &&
        s_.info[last + 2].mention >= 0 && s_.mentions[s_.info[last + 2].mention].head == last + 2)
      m = s_.info[last + 2].mention;
    CodeId agent_code = former ? s_.local.intern("ELI") : agent.code;
    bool prefix = former ? false : agent.prefix;
    if (m >= 0) {
      Mention& mention = s_.mentions[m];
      if (type(mention.head - 1) == WordType::kFormer) {
        agent_code = s_.local.intern("ELI");
        prefix = false;
      }
      for (uint32_t k = 0; k < mention.codes_count; ++k) {
        CodeId& c = s_.codes[mention.codes_begin + k];
        c = combine(c, agent_code, prefix);
      }
      mention.first = std::min(mention.first, first);
      mention.last = std::max(mention.last, last);
      for (int32_t w = first; w <= last; ++w)
        if (s_.info[w].head == first) s_.info[w].mention = m;
      continue;
    }
    if (options_.convert_agents) {
      std::string code = agent.prefix ? std::string(s_.local.text(agent_code)) + "~"
                                      : "~" + std::string(s_.local.text(agent_code));
      CodeId converted = s_.local.intern(code);
      int32_t id = add_mention(first, first, last, &converted, 1);
      for (int32_t w = first; w <= last; ++w)
        if (s_.info[w].head == first) s_.info[w].mention = id;
    }
  }
}

// An actor unit: determiners and adjectives, an actor, and more actors each after adjectives
// ("the evil Arnor awful Gondor"). Appends its mentions; returns its last word or -1.
int32_t SentenceParse::unit_at(int32_t i, std::vector<int32_t>& out) {
  int32_t j = i;
  while (j < n_ && (type(j) == WordType::kDeterminer || type(j) == WordType::kAdjective ||
                    type(j) == WordType::kFormer))
    ++j;
  if (j >= n_ || s_.info[j].mention < 0) return -1;
  const Mention& first = s_.mentions[s_.info[j].mention];
  if (first.first != j && first.head != j) return -1;
  out.push_back(s_.info[j].mention);
  int32_t end = first.last;
  while (true) {
    int32_t k = end + 1;
    // "Arnor's Elrond" is one noun phrase; "Dagolath Osgiliath" is two (validation DEBUG-20/23).
    std::string_view ending = word(end);
    bool possessive = ending.size() > 2 && ending.substr(ending.size() - 2) == "'S";
    if (type(k) != WordType::kAdjective && !possessive) break;
    while (type(k) == WordType::kAdjective) ++k;
    if (k >= n_ || s_.info[k].mention < 0 || s_.mentions[s_.info[k].mention].first != k) break;
    out.push_back(s_.info[k].mention);
    end = s_.mentions[s_.info[k].mention].last;
  }
  return end;
}

void SentenceParse::find_compounds() {
  std::vector<int32_t>& members = s_.unit_members;
  std::vector<int32_t>& unit = s_.unit;
  int32_t i = 0;
  while (i < n_) {
    members.clear();
    int32_t end = unit_at(i, members);
    if (end < 0) {
      ++i;
      continue;
    }
    int32_t last_conj_end = -1;  // the end of the last unit joined by a conjunction
    size_t last_conj_members = 0;
    while (true) {
      int32_t k = end + 1;
      int32_t sep_end;
      bool conj = false;
      if (type(k) == WordType::kComma) {
        sep_end = k;
        if (type(k + 1) == WordType::kConjunction && word(k + 1) != "BUT") {
          sep_end = k + 1;
          conj = true;
        }
      } else if (type(k) == WordType::kConjunction && word(k) != "BUT") {
        sep_end = k;
        conj = true;
      } else {
        break;
      }
      unit.clear();
      int32_t unit_end = unit_at(sep_end + 1, unit);
      if (unit_end < 0) break;
      members.insert(members.end(), unit.begin(), unit.end());
      end = unit_end;
      if (conj) {
        last_conj_end = end;
        last_conj_members = members.size();
      }
    }
    if (last_conj_end < 0 || last_conj_members < 2) {
      i = std::max(i + 1, members.empty() ? i + 1 : s_.mentions[members.front()].last + 1);
      continue;
    }
    members.resize(last_conj_members);
    CompoundInfo compound;
    compound.first = s_.mentions[members.front()].first;
    compound.last = last_conj_end;
    compound.members_begin = static_cast<uint32_t>(s_.members.size());
    compound.members_count = static_cast<uint32_t>(members.size());
    auto id = static_cast<int32_t>(s_.compounds.size());
    for (int32_t m : members) {
      s_.members.push_back(m);
      s_.mentions[m].compound = id;
    }
    for (int32_t w = compound.first; w <= compound.last; ++w) {
      if (type(w) == WordType::kComma || type(w) == WordType::kConjunction)
        s_.info[w].in_compound = true;
    }
    s_.compounds.push_back(compound);
    i = last_conj_end + 1;
  }
}

// <noun> <conj> <adjctv>* <noun> and <adjctv> <conj> <adjctv> do not split clauses.
void SentenceParse::find_compound_nouns() {
  for (int32_t k = 1; k + 1 < n_; ++k) {
    if (type(k) != WordType::kConjunction || s_.info[k].in_compound) continue;
    if (type(k - 1) == WordType::kNoun) {
      int32_t j = k + 1;
      while (type(j) == WordType::kAdjective) ++j;
      if (type(j) == WordType::kNoun) s_.info[k].in_compound = true;
    } else if (type(k - 1) == WordType::kAdjective && type(k + 1) == WordType::kAdjective) {
      s_.info[k].in_compound = true;
    }
  }
}

}  // namespace herodotus::tabari
