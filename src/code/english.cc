#include "code/english.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include "text/word_lists.h"

namespace herodotus::embedded {
extern const std::string_view word_classes;
}

namespace herodotus::code {

bool ends_with(std::string_view word, std::string_view ending) {
  return word.size() > ending.size() &&
         word.compare(word.size() - ending.size(), ending.size(), ending) == 0;
}

Result<English> English::parse(std::string_view data) {
  English e;
  const std::unordered_map<std::string_view, WordSet*> sets{
      {"[determiners]", &e.determiners},
      {"[possessives]", &e.possessives},
      {"[pronouns]", &e.pronouns},
      {"[prepositions]", &e.prepositions},
      {"[conjunctions]", &e.conjunctions},
      {"[complementizers]", &e.complementizers},
      {"[modals]", &e.modals},
      {"[auxiliaries]", &e.auxiliaries},
      {"[negations]", &e.negations},
      {"[adverbs]", &e.adverbs},
      {"[number words]", &e.number_words},
      {"[male pronouns]", &e.male_pronouns},
      {"[female pronouns]", &e.female_pronouns},
      {"[non-person pronouns]", &e.non_person_pronouns},
      {"[plural pronouns]", &e.plural_pronouns},
      {"[first person]", &e.first_person},
      {"[first person subjects]", &e.first_person_subjects},
      {"[first person possessives]", &e.first_person_possessives},
      {"[relative pronouns]", &e.relative_pronouns},
      {"[conditionals]", &e.conditionals},
      {"[future modals]", &e.future_modals},
      {"[obligation modals]", &e.obligation_modals},
      {"[be forms]", &e.be_forms},
      {"[by-passive auxiliaries]", &e.by_passive_auxiliaries},
      {"[verb fillers]", &e.verb_fillers},
      {"[phrase joiners]", &e.phrase_joiners},
      {"[articles]", &e.articles},
      {"[subordinators]", &e.subordinators},
      {"[adjectives]", &e.adjectives},
      {"[past forms]", &e.past_forms},
      {"[time words]", &e.time_words},
      {"[implicative verbs]", &e.implicative},
      {"[intention verbs]", &e.intention},
      {"[leader nouns]", &e.leader_nouns},
      {"[force nouns]", &e.force_nouns},
      {"[event nouns]", &e.event_nouns},
      {"[light verbs]", &e.light_verbs},
      {"[event noun targets]", &e.event_noun_targets},
      {"[disaster nouns]", &e.disaster_nouns},
      {"[armed sectors]", &e.armed_sectors},
      {"[acts on people]", &e.acts_on_people},
      {"[acts done alone]", &e.acts_done_alone},
      {"[sport words]", &e.sport_words},
      {"[honorifics]", &e.honorifics},
      {"[refusal words]", &e.refusal},
      {"[claim verbs]", &e.claim_verbs},
      {"[news agencies]", &e.news_agencies},
      {"[acts of giving]", &e.acts_of_giving},
      {"[no one]", &e.no_one},
      {"[peacekeeping words]", &e.peacekeeping_words},
      {"[troop nouns]", &e.troop_nouns},
      {"[speakers for]", &e.speakers_for},
      {"[acts on places]", &e.acts_on_places}};
  std::string unknown;
  text::for_each_listed_word(data, [&](std::string_view section, std::string_view entry) {
    std::string word(entry);
    for (char& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (section == "[adjective endings]") {
      e.adjective_endings.push_back(std::move(word));
      return;
    }
    auto set = sets.find(section);
    if (set == sets.end()) {
      if (unknown.empty()) unknown = std::string(section);
      return;
    }
    set->second->insert(std::move(word));
  });
  if (!unknown.empty())
    return Status(ErrorCode::kInvalidArgument,
                  "word_classes.txt: unknown section " + unknown + " (or words before any)");
  for (const std::string& word : e.sport_words)
    e.longest_sport_word = std::max(e.longest_sport_word, word.size());
  const std::pair<const WordSet*, Listed> order[] = {{&e.determiners, Listed::kDeterminer},
                                                     {&e.possessives, Listed::kPossessive},
                                                     {&e.pronouns, Listed::kPronoun},
                                                     {&e.conjunctions, Listed::kConjunction},
                                                     {&e.modals, Listed::kModal},
                                                     {&e.auxiliaries, Listed::kAuxiliary},
                                                     {&e.negations, Listed::kNegation},
                                                     {&e.complementizers, Listed::kComplementizer},
                                                     {&e.prepositions, Listed::kPreposition},
                                                     {&e.number_words, Listed::kNumberWord},
                                                     {&e.adverbs, Listed::kAdverb},
                                                     {&e.adjectives, Listed::kAdjective}};
  for (const auto& [set, listed] : order)
    for (const std::string& word : *set) e.listed.emplace(word, listed);  // the first list wins
  return e;
}

const English& English::builtin() {
  static const English* english = [] {
    auto parsed = parse(embedded::word_classes);
    if (!parsed.ok()) {
      // The file is part of the build and checked by the unit tests: this is a broken build.
      std::fprintf(stderr, "herodotus: %s\n", parsed.status().message().c_str());
      std::abort();
    }
    return new English(std::move(parsed).value());
  }();
  return *english;
}

bool English::is_adjective(std::string_view word) const {
  if (adjectives.count(word)) return true;
  for (const std::string& e : adjective_endings)
    if (word.size() > e.size() + 2 && word.compare(word.size() - e.size(), e.size(), e) == 0)
      return true;
  return false;
}

}  // namespace herodotus::code
