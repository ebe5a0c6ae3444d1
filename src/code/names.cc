#include "code/names.h"

namespace herodotus::code {

using dict::RootKind;

int match_name_at(const CoderContext& ctx, const SentenceReading& r, const std::vector<int>& words,
                  size_t at, RootKind kind, uint32_t& root) {
  const dict::Dictionary& d = ctx.d();
  auto word = [&](size_t k) -> const Word& { return r.words[static_cast<size_t>(words[k])]; };
  for (uint32_t id : ctx.index.roots(kind, r.hashed(words[at]))) {
    if ((d.roots[id].required & r.signature) != d.roots[id].required) continue;
    const dict::Phrase& phrase = d.roots[id].phrase;
    if (phrase[0].capitals && !word(at).capitals) continue;
    size_t j = at;
    bool ok = true;
    for (size_t k = 1; k < phrase.size() && ok; ++k) {
      if (phrase[k - 1].adjacent) {
        ++j;
        ok = j < words.size() && word(j).form == phrase[k].text &&
             (!phrase[k].capitals || word(j).capitals);
      } else {
        size_t q = j + 1;
        while (q < words.size() && word(q).form != phrase[k].text) ++q;
        ok = q < words.size();
        j = q;
      }
    }
    if (!ok) continue;
    root = id;
    return static_cast<int>(j + 1);
  }
  return -1;
}

void mark_names(const CoderContext& ctx, SentenceReading& r) {
  // Possessive markers are not words of a name ("Tigray People's Liberation Front").
  std::vector<int> all;
  for (int i = 0; i < r.size(); ++i)
    if (r.form(i) != "'S" && r.form(i) != "'") all.push_back(i);
  const English& en = ctx.english;
  int name = 0;
  size_t i = 0;
  while (i < all.size()) {
    uint32_t root = 0;
    int end = match_name_at(ctx, r, all, i, RootKind::kActor, root);
    if (end < 0) end = match_name_at(ctx, r, all, i, RootKind::kAgent, root);
    // Only consecutive phrases mark words: a gap would span unrelated words.
    const int length = end > 0 ? static_cast<int>(ctx.d().roots[root].phrase.size()) : 0;
    if (end > 0 && end - static_cast<int>(i) == length) {
      for (int k = all[i]; k <= all[static_cast<size_t>(end) - 1]; ++k) {
        Word& w = r.words[static_cast<size_t>(k)];
        w.proper =
            !en.prepositions.count(w.form) && !en.conjunctions.count(w.form) && w.form != "TO";
        if (ctx.options.whole_names && length > 1) w.name = name;
      }
      ++name;
      i = static_cast<size_t>(end);
    } else {
      ++i;
    }
  }
}

}  // namespace herodotus::code
