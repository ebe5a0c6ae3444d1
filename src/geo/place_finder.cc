#include "geo/place_finder.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <string>

#include "geo/gazetteer.h"
#include "text/lexicon.h"
#include "text/word_lists.h"

namespace herodotus::embedded {
extern const std::string_view places;
}

namespace herodotus::geo {
namespace {

// A town smaller than this needs a cue before its name to count as a place.
constexpr uint32_t kSmallTown = 50000;
constexpr uint32_t kMaxNameTokens = 7;
// A one-word name opening a sentence must be at least this big a city (or a capital, region or
// country): every sentence's first word is capitalised.
constexpr uint32_t kMajorCity = 500000;
// Scores: countries rank as if a billion people lived in one place; a region needs its area word
// ("the Donetsk region") to beat the city it is named after.
constexpr double kCountryScore = 9.0;
constexpr double kCapitalBonus = 1.5;
constexpr double kRegionWithAreaWord = 3.0, kRegionWithout = -1.0;
// A city this near a region of its name is the city the region is named after ("Donetsk").
constexpr double kNamesakeKm = 200.0;
constexpr double kFocusBonus = 1.0, kNearBonus = 1.0, kNearKm = 300.0;
constexpr uint32_t kNearPlaces = 3;
constexpr double kOwnNameBonus = 3.0;
constexpr double kIndependentBonus = 0.5;

struct PlaceWords {
  text::StringSet cues, joiners, area_words, speech_verbs, time_words, openers, directions;
  PlaceWords() {
    text::WordSets sets = text::lower_case_word_sets(embedded::places);
    cues = std::move(sets["[cues]"]);
    joiners = std::move(sets["[joiners]"]);
    area_words = std::move(sets["[area words]"]);
    speech_verbs = std::move(sets["[speech verbs]"]);
    time_words = std::move(sets["[time words]"]);
    openers = std::move(sets["[openers]"]);
    directions = std::move(sets["[directions]"]);
  }
};

const PlaceWords& place_words() {
  static const PlaceWords* w = new PlaceWords();
  return *w;
}

struct Mention {
  uint32_t first = 0, end = 0;  // tokens
  std::string key;              // the name as the gazetteer's keys write it
  uint32_t sentence = 0;
  std::span<const format::KeyRecord> candidates;
  bool demonym = false;
  bool cued = false;       // after "in", "near"...
  bool area_word = false;  // before "region", "oblast"...
  bool dateline = false;
  bool actor = false;
  bool sentence_start = false;
  int32_t chosen = -1;  // gazetteer index
};

class Finder {
 public:
  explicit Finder(Document& doc)
      : doc_(doc), tokens_(doc.tokens()), gazetteer_(Gazetteer::builtin()), words_(place_words()) {}

  void run() {
    const auto& sentences = doc_.sentences();
    for (uint32_t s = 0; s < sentences.size(); ++s) scan(s, sentences[s]);
    resolve();
    for (const Mention& m : mentions_) {
      if (m.chosen < 0) continue;
      Place p;
      p.span = {tokens_[m.first].span.begin, tokens_[m.end - 1].span.end};
      p.sentence = m.sentence;
      p.entry = static_cast<uint32_t>(m.chosen);
      p.actor = m.actor;
      p.demonym = m.demonym;
      p.dateline = m.dateline;
      p.cued = m.cued;
      doc_.mutable_places().push_back(p);
    }
  }

 private:
  std::string_view word(uint32_t t) const { return doc_.text_of(tokens_[t].span); }
  bool is_word(uint32_t t) const { return tokens_[t].kind == TokenKind::kWord; }
  bool capitalised(uint32_t t) const { return is_word(t) && tokens_[t].has(kCapitalised); }
  bool listed(const text::StringSet& set, uint32_t t) const {
    return text::contains_lower(set, word(t));
  }
  // A word that can end a place name: capitalised, or an elided article before a capital
  // ("Côte d'Ivoire", "Val d'Isère").
  bool name_word(uint32_t t) const {
    if (capitalised(t)) return true;
    std::string_view w = word(t);
    return is_word(t) && w.size() > 2 && w[1] == '\'' && w[0] >= 'a' && w[0] <= 'z' &&
           w[2] >= 'A' && w[2] <= 'Z';
  }

  // The longest gazetteer name starting at token t, within the sentence: its end token, or t.
  uint32_t longest_name(uint32_t t, uint32_t sentence_end,
                        std::span<const format::KeyRecord>& found) const {
    uint32_t best = t;
    for (uint32_t e = t + 1; e <= sentence_end && e - t <= kMaxNameTokens; ++e) {
      uint32_t last = e - 1;
      // Inside a name: joiners, hyphens and possessives ("People's Republic of China",
      // "Queen Anne's County").
      bool inner = e - 1 > t && (listed(words_.joiners, last) || word(last) == "-" ||
                                 tokens_[last].has(kClitic));
      if (!name_word(last) && !inner) break;
      if (!is_word(last) && word(last) != "-") break;
      if (!name_word(last)) continue;  // a name does not end with a joiner
      std::string key =
          format::key_text(doc_.text_of({tokens_[t].span.begin, tokens_[last].span.end}));
      Gazetteer::Lookup lookup = gazetteer_.find(key);
      if (!lookup.names.empty()) {
        best = e;
        found = lookup.names;
      }
      if (!lookup.longer) break;
    }
    return best;
  }

  void scan(uint32_t s, const Sentence& sentence) {
    uint32_t previous_end = UINT32_MAX;  // the last place name's end token, and its cue
    bool previous_cued = false;
    for (uint32_t t = sentence.first_token; t < sentence.end_token;) {
      if (!capitalised(t)) {
        ++t;
        continue;
      }
      std::span<const format::KeyRecord> candidates;
      uint32_t end = longest_name(t, sentence.end_token, candidates);
      // "Northern Europe", "West Java": a compass word and a place without a name of its own
      // in the gazetteer stand for the place.
      // A compass word alone is no place ("Central", "Eastern": regions of Uganda).
      if (end == t + 1 && listed(words_.directions, t)) end = t;
      uint32_t name_first = t;
      if (end == t && listed(words_.directions, t) && t + 1 < sentence.end_token &&
          capitalised(t + 1)) {
        end = longest_name(t + 1, sentence.end_token, candidates);
        if (end == t + 1)
          end = t;
        else
          name_first = t + 1;
      }
      if (end == t) {
        // "The U.S. has": a sentence's opening function word is no part of a name.
        if (t == sentence.first_token && listed(words_.openers, t)) {
          ++t;
          continue;
        }
        // Not a place: step over the whole capitalised run ("Real Madrid" is not Madrid).
        while (t < sentence.end_token && capitalised(t)) ++t;
        continue;
      }
      Mention m;
      m.key = format::key_text(
          doc_.text_of({tokens_[name_first].span.begin, tokens_[end - 1].span.end}));
      m.first = t;
      m.end = end;
      m.sentence = s;
      m.candidates = candidates;
      m.demonym = std::all_of(candidates.begin(), candidates.end(), [](const format::KeyRecord& k) {
        return k.flags & format::kDemonym;
      });
      uint32_t before = t > sentence.first_token ? t - 1 : UINT32_MAX;
      m.cued = before != UINT32_MAX && listed(words_.cues, before);
      // "in Khartoum and Al Jazirah", "in Georgia, Texas and Ohio": a list shares its cue.
      bool list_joint =
          before != UINT32_MAX && previous_cued &&
          (word(before) == "," || word(before) == "and" || word(before) == "or") &&
          (before == previous_end || (before == previous_end + 1 && word(previous_end) == ","));
      if (!m.cued && list_joint) m.cued = true;
      // "the Donetsk region", not "the Union State" (a capital letter makes it a name).
      m.area_word = end < sentence.end_token && !capitalised(end) && listed(words_.area_words, end);
      m.dateline = s == 0 && t == sentence.first_token && end < sentence.end_token &&
                   word(end) == "," && tokens_[t].has(kAllCaps);
      bool inside_name = before != UINT32_MAX && capitalised(before) && !m.cued &&
                         !(before == sentence.first_token &&
                           (listed(words_.cues, before) || listed(words_.openers, before)));
      bool before_name = end < sentence.end_token && capitalised(end) && !m.area_word &&
                         !listed(words_.time_words, end);
      // A demonym, a possessive ("Belarus' counterpart", "Russia's army") and a name before a
      // speech verb ("Kyiv said") stand for the state, not for where something happens.
      bool possessive = end < sentence.end_token && tokens_[end].has(kClitic);
      m.actor = m.demonym || possessive ||
                (end < sentence.end_token && listed(words_.speech_verbs, end) && !m.cued);
      // The first word of a sentence is capitalised anyway: "But", "Tell" are no places unless
      // the name is a country's, a region's, a capital's or a big city's.
      m.sentence_start = t == sentence.first_token || tokens_[t - 1].kind == TokenKind::kQuote ||
                         word(t - 1) == ":";
      if (accept(m, inside_name, before_name)) {
        mentions_.push_back(m);
        previous_end = end;
        previous_cued = m.cued;
      }
      t = end;
    }
  }

  // Whether a matched name is a place here, before resolution.
  bool accept(const Mention& m, bool inside_name, bool before_name) const {
    if (m.demonym) return true;     // "Belarusian President Lukashenko": before a title too
    if (inside_name) return false;  // "President Lincoln", "Real Madrid"
    // A country, region, area or capital is always big enough; a town needs 50,000 people to
    // stand without a cue, and 500,000 to open a sentence or come before another name.
    bool big = false, major = false;
    for (const format::KeyRecord& k : m.candidates) {
      PlaceView p = gazetteer_.place(k.place);
      // A region named after its city ("Vladimir") is as big as the city here.
      if (p.kind == format::kRegion && named_after_city(p, m)) continue;
      bool settled = p.kind != format::kCity || p.capital;
      big |= settled || p.population >= kSmallTown;
      major |= settled || p.population >= kMajorCity;
    }
    // "Taylor Swift", "Phoenix Suns": a town's name before another name is part of it; a
    // country's, a region's or a big city's stays ("Texas Senator Ted Cruz").
    if (before_name && !major) return false;
    if (m.sentence_start && !m.cued && !m.dateline && m.end - m.first == 1) return major;
    return big || m.cued || m.dateline;
  }

  double score(const format::KeyRecord& name, const Mention& m) const {
    PlaceView p = gazetteer_.place(name.place);
    double s = p.kind == format::kCountry || p.kind == format::kArea
                   ? kCountryScore
                   : std::log10(std::max<double>(p.population, 1.0));
    // A region named after its city ("Donetsk", "St Petersburg") is the city unless an area
    // word says otherwise: the name is the city's own, borrowed.
    bool borrowed = p.kind == format::kRegion && !m.area_word && named_after_city(p, m);
    if (p.kind == format::kRegion)
      s += m.area_word ? kRegionWithAreaWord : borrowed ? kRegionWithout : 0;
    if (p.capital) s += kCapitalBonus;
    // A place called by its own name before one that also goes by it: "Mexico" is the country,
    // not Mexico City; "Victoria" the Australian state, not Hong Kong's old name.
    if ((name.flags & format::kOwnName) && !borrowed) s += kOwnNameBonus;
    // "French" is France's before the French Southern Lands'.
    if (p.independent) s += kIndependentBonus;
    auto focus = focus_.find(std::string(p.country));
    if (focus != focus_.end() && p.kind != format::kCountry) s += kFocusBonus;
    // The more of the story's places lie near, the likelier ("Edmonton" among Enfield and
    // Tottenham is London's): each distinct one counts, up to kNearPlaces.
    uint32_t near = 0, last = UINT32_MAX;
    for (uint32_t other : resolved_) {
      if (other == p.index || other == last) continue;
      PlaceView o = gazetteer_.place(other);
      if (distance_km(o.lat, o.lon, p.lat, p.lon) < kNearKm) {
        last = other;
        if (++near == kNearPlaces) break;
      }
    }
    s += kNearBonus * near;
    return s;
  }

  // Whether one of the mention's cities is the one the region is named after: "Donetsk" is the
  // city before the region, "Wyoming" the state before the town in Michigan.
  bool named_after_city(const PlaceView& region, const Mention& m) const {
    return std::any_of(m.candidates.begin(), m.candidates.end(), [&](const format::KeyRecord& k) {
      PlaceView c = gazetteer_.place(k.place);
      return c.kind == format::kCity &&
             distance_km(c.lat, c.lon, region.lat, region.lon) < kNamesakeKm;
    });
  }

  void resolve() {
    // The story's countries: named outright (countries, demonyms), or of the dateline.
    for (const Mention& m : mentions_) {
      if (m.candidates.size() != 1 && !m.dateline) continue;
      PlaceView p = gazetteer_.place(m.candidates[0].place);
      if (p.kind == format::kCountry || m.dateline) ++focus_[std::string(p.country)];
    }
    // Unambiguous names first: they anchor the nearness of the others.
    for (Mention& m : mentions_)
      if (m.candidates.size() == 1) {
        m.chosen = static_cast<int32_t>(m.candidates[0].place);
        resolved_.push_back(m.candidates[0].place);
      }
    // One sense per story: a name read again ("Istanbul" twice) is the place it was first;
    // with an area word after it ("the Donetsk region") it is read on its own.
    std::map<std::pair<std::string_view, bool>, int32_t> read;
    for (Mention& m : mentions_) {
      if (m.chosen >= 0) continue;
      auto [earlier, first] = read.try_emplace({m.key, m.area_word}, -1);
      if (!first) {
        m.chosen = earlier->second;
        continue;
      }
      double best = -1e9;
      for (const format::KeyRecord& k : m.candidates) {
        double s = score(k, m);
        if (s > best) {
          best = s;
          m.chosen = static_cast<int32_t>(k.place);
        }
      }
      if (m.chosen >= 0) resolved_.push_back(static_cast<uint32_t>(m.chosen));
      earlier->second = m.chosen;
    }
    // A capital named as a speaker stands for its government.
    for (Mention& m : mentions_) {
      if (m.chosen < 0 || !m.actor) continue;
      PlaceView p = gazetteer_.place(static_cast<uint32_t>(m.chosen));
      if (!m.demonym && p.kind == format::kCity && !p.capital) m.actor = false;
    }
  }

  Document& doc_;
  const std::vector<Token>& tokens_;
  const Gazetteer& gazetteer_;
  const PlaceWords& words_;
  std::vector<Mention> mentions_;
  std::map<std::string, int> focus_;
  std::vector<uint32_t> resolved_;
};

}  // namespace

void PlaceFinder::run(Document& doc) const {
  doc.mutable_places().clear();
  if (!doc.sentences().empty()) Finder(doc).run();
  doc.add_layers(kLayerPlaces);
}

}  // namespace herodotus::geo

namespace herodotus {

std::unique_ptr<const Stage> make_place_finder() {
  return std::make_unique<geo::PlaceFinder>();
}

}  // namespace herodotus
