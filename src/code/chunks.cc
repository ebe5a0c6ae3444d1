#include "code/chunks.h"

#include <algorithm>
#include <utility>

#include "code/word_classes.h"

namespace herodotus::code {
namespace {

using Run = std::pair<int, int>;  // a word range [first, last]

bool noun_like(WordClass c) {
  return c == WordClass::kNoun || c == WordClass::kUnknown || c == WordClass::kNumber;
}

// The maximal noun runs. A pronoun is a run of its own.
std::vector<Run> noun_runs(const SentenceReading& r) {
  std::vector<Run> runs;
  const int n = r.size();
  int i = 0;
  while (i < n) {
    if (r.wc(i) == WordClass::kPronoun) {
      runs.emplace_back(i, i);
      ++i;
      continue;
    }
    if (!in_chunk_class(r.wc(i)) || r.wc(i) == WordClass::kPossessiveMarker) {
      ++i;
      continue;
    }
    int j = i;
    while (j + 1 < n) {
      WordClass next = r.wc(j + 1);
      // A determiner or possessive after a noun starts a new phrase.
      if ((next == WordClass::kDeterminer || next == WordClass::kPossessive) && noun_like(r.wc(j)))
        break;
      const Word& here = r.words[static_cast<size_t>(j)];
      bool same_name = here.name >= 0 && r.words[static_cast<size_t>(j) + 1].name == here.name;
      if (in_chunk_class(next) || joining_hyphen(r, j + 1) || same_name) {
        ++j;
        continue;
      }
      // "a clearly inebriated official": an adverb inside a determiner-led phrase.
      if (next == WordClass::kAdverb && j + 2 < n && in_chunk_class(r.wc(j + 2)) &&
          (r.wc(j) == WordClass::kDeterminer || r.wc(j) == WordClass::kPossessive)) {
        j += 2;
        continue;
      }
      break;
    }
    runs.emplace_back(i, j);
    i = j + 1;
  }
  return runs;
}

bool time_phrase(const CoderContext& ctx, const SentenceReading& r, int first, int last) {
  for (int k = first; k <= last; ++k) {
    WordClass c = r.wc(k);
    if (c != WordClass::kDeterminer && c != WordClass::kNumber && c != WordClass::kAdjective &&
        !ctx.english.time_words.count(r.form(k)))
      return false;
  }
  return true;
}

bool adjective_word(const SentenceReading& r, int i) {
  return i >= 0 && i < r.size() && r.wc(i) == WordClass::kAdjective &&
         !r.words[static_cast<size_t>(i)].proper;
}

// Adjective coordination stays inside one phrase: "awful and evil minister Calimehtar".
void join_coordinated_adjectives(const SentenceReading& r, std::vector<Run>& runs) {
  for (size_t k = 0; k + 1 < runs.size(); ++k) {
    int gap = runs[k].second + 1;
    if (runs[k + 1].first != gap + 1) continue;
    if (r.wc(gap) != WordClass::kConjunction && r.wc(gap) != WordClass::kComma) continue;
    if (adjective_word(r, runs[k].second) && adjective_word(r, runs[k + 1].first) &&
        runs[k + 1].second > runs[k + 1].first) {
      runs[k].second = runs[k + 1].second;
      runs.erase(runs.begin() + static_cast<long>(k) + 1);
      --k;
    }
  }
}

// A run, or runs joined by commas and a final AND / OR / NOR.
struct Group {
  std::vector<Run> members;
  int first, last;
};

std::vector<Group> group_lists(const SentenceReading& r, const std::vector<Run>& runs) {
  auto conjunction = [&](int k) {
    return r.wc(k) == WordClass::kConjunction && r.form(k) != "BUT";
  };
  std::vector<Group> groups;
  for (size_t k = 0; k < runs.size();) {
    Group g{{runs[k]}, runs[k].first, runs[k].second};
    size_t s = k + 1;
    size_t last_conj = 0;  // members up to here are in the list
    while (s < runs.size()) {
      int between = runs[s].first - g.last - 1;
      int at = g.last + 1;
      bool conj = false, ok = false;
      if (between == 1 && r.wc(at) == WordClass::kComma)
        ok = true;
      else if (between == 1 && conjunction(at))
        ok = conj = true;
      else if (between == 2 && r.wc(at) == WordClass::kComma && conjunction(at + 1))
        ok = conj = true;
      if (!ok || r.wc(runs[s].first) == WordClass::kPronoun ||
          r.wc(g.members.back().first) == WordClass::kPronoun)
        break;
      // A list ends at its conjunction: "between Calenardhon and Gondor, and Gondor and
      // Dagolath" is two lists, not one of four.
      if (last_conj > 0 && r.wc(at) == WordClass::kComma) break;
      g.members.push_back(runs[s]);
      g.last = runs[s].second;
      if (conj) last_conj = g.members.size();
      ++s;
    }
    size_t members = last_conj >= 2 ? last_conj : 1;
    g.members.resize(members);
    g.last = g.members.back().second;
    k += members;
    groups.push_back(std::move(g));
  }
  return groups;
}

// For each group, the group it is the object of ("X of/in/from Y"), or -1.
std::vector<int> prepositional_objects(const CoderContext& ctx, const SentenceReading& r,
                                       const std::vector<Group>& groups) {
  const int n = r.size();
  std::vector<int> object_of(groups.size(), -1);
  for (size_t g = 0; g + 1 < groups.size(); ++g) {
    int p = groups[g].last + 1;
    if (groups[g + 1].first != p + 1) continue;
    if (!ctx.english.phrase_joiners.count(r.form(p))) continue;
    if (r.wc(groups[g + 1].first) == WordClass::kPronoun) continue;
    int after = groups[g + 1].last + 1;
    // A phrase of time after it attaches to the verb: "the Ministry of Magic on Wednesday".
    bool another = after + 1 < n && r.wc(after) == WordClass::kPreposition &&
                   g + 2 < groups.size() && groups[g + 2].first == after + 1 &&
                   !time_phrase(ctx, r, groups[g + 2].first, groups[g + 2].last);
    if (another || object_of[g] >= 0) continue;
    object_of[g + 1] = static_cast<int>(g);
  }
  return object_of;
}

std::vector<int> range(int a, int b) {
  std::vector<int> out;
  for (int k = a; k <= b; ++k) out.push_back(k);
  return out;
}

// "Danish media and government": the first conjunct's modifiers carry to a bare noun (not a
// possessor: "Ithilen's sheep and goats" are not Ithilen's goats).
void share_modifiers(const SentenceReading& r, const Group& head,
                     std::vector<std::vector<int>>& heads) {
  if (heads.size() <= 1 || r.wc(head.members[0].first) == WordClass::kDeterminer ||
      heads[0].size() <= 1)
    return;
  size_t from = 0;
  for (size_t k = 0; k < heads[0].size(); ++k)
    if (r.wc(heads[0][k]) == WordClass::kPossessiveMarker) from = k + 1;
  // A first conjunct ending in a possessive ("Bally's, Caesars and Harrah's") has none.
  if (from + 1 >= heads[0].size()) return;
  std::vector<int> modifiers(heads[0].begin() + static_cast<long>(from), heads[0].end() - 1);
  for (size_t k = 1; k < heads.size(); ++k) {
    if (heads[k].size() != 1) continue;
    std::vector<int> joined = modifiers;
    joined.push_back(heads[k][0]);
    heads[k] = joined;
  }
}

// The phrases a group and its object make: one per member; "Lawmakers and officials in
// Fornost": a phrase after bare nouns belongs to each; after full noun phrases ("Ithilen and the
// government of Gondor") only to the last.
std::vector<std::vector<int>> members_with_object(const SentenceReading& r, const Group& head,
                                                  const std::vector<std::vector<int>>& heads,
                                                  const Group& object) {
  int preposition = head.last + 1;
  bool bare = std::all_of(head.members.begin(), head.members.end(), [&](const Run& m) {
    for (int k = m.first; k <= m.second; ++k) {
      WordClass c = r.wc(k);
      if (c == WordClass::kDeterminer || c == WordClass::kPossessive ||
          c == WordClass::kPossessiveMarker)
        return false;
    }
    return true;
  });
  std::vector<std::vector<int>> members;
  for (size_t h = 0; h < heads.size(); ++h) {
    if (!bare && h + 1 < heads.size()) {
      members.push_back(heads[h]);
      continue;
    }
    for (const Run& o : object.members) {
      std::vector<int> words = heads[h];
      words.push_back(preposition);
      for (int k = o.first; k <= o.second; ++k) words.push_back(k);
      members.push_back(std::move(words));
    }
  }
  return members;
}

int add_chunk(SentenceReading& r, const std::vector<int>& words, int first, int last) {
  Chunk c;
  for (int w : words)
    if (r.wc(w) != WordClass::kPossessiveMarker) c.words.push_back(w);
  c.first = first;
  c.last = last;
  r.chunks.push_back(std::move(c));
  return static_cast<int>(r.chunks.size() - 1);
}

}  // namespace

void build_chunks(const CoderContext& ctx, SentenceReading& r) {
  r.chunks.clear();
  r.compounds.clear();
  r.elements.clear();
  std::vector<Run> runs = noun_runs(r);
  join_coordinated_adjectives(r, runs);
  std::vector<Group> groups = group_lists(r, runs);
  std::vector<int> object_of = prepositional_objects(ctx, r, groups);
  for (size_t g = 0; g < groups.size(); ++g) {
    if (object_of[g] >= 0) continue;  // part of the phrase before it
    const Group& head = groups[g];
    bool has_object = g + 1 < groups.size() && object_of[g + 1] == static_cast<int>(g);
    std::vector<std::vector<int>> heads;
    for (const Run& m : head.members) heads.push_back(range(m.first, m.second));
    share_modifiers(r, head, heads);
    int first = head.first, last = has_object ? groups[g + 1].last : head.last;
    std::vector<std::vector<int>> members =
        has_object ? members_with_object(r, head, heads, groups[g + 1]) : heads;
    if (members.size() == 1) {
      add_chunk(r, members[0], first, last);
      continue;
    }
    Compound compound;
    compound.first = first;
    compound.last = last;
    const auto id = static_cast<int>(r.compounds.size());
    for (const auto& words : members) {
      int c = add_chunk(r, words, first, last);
      r.chunks[static_cast<size_t>(c)].compound = id;
      compound.chunks.push_back(c);
    }
    r.compounds.push_back(std::move(compound));
  }
  order_elements(r);
}

}  // namespace herodotus::code
