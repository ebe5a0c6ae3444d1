// Compiles the parts of WordNet 3.0 and of the Brill tagger's lexicon the coder reads, at build
// time:
//
//   compile_wordnet WORDNET_DIR BRILL_DIR OUT.bin
//
// WORDNET_DIR: Debian's wordnet-base (/usr/share/wordnet): index.noun and index.verb list each
// lemma's senses most frequent first, data.noun and data.verb give each sense's lexicographer
// file (noun.person, noun.artifact, verb.social...), noun.exc and verb.exc the irregular forms.
// BRILL_DIR: npm's brill (node_modules/brill/lib): tags.js lists Penn Treebank tags, words.js
// gives each word the indexes of the tags it was seen with, most frequent first, one word a
// line ("  attacks: [17, 26],").
// The output layout is lex/wordnet_format.h.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "lex/wordnet_format.h"

namespace fmt = herodotus::lex::format;

namespace {

struct Senses {
  uint8_t noun_first = fmt::kNoSense, verb_first = fmt::kNoSense;
  uint8_t flags = 0;
  uint64_t files = 0;
  uint8_t tag_first = fmt::kTagNone;
  uint16_t tags = 0;
};

// The lemmas whose first noun sense, with all it includes, is an instrument of force.
constexpr const char* kInstrumentRoots[] = {
    "weapon", "weaponry", "munition", "warship", "military vehicle", "armored vehicle", "aircraft"};

constexpr int kNounPerson = 18, kNounGroup = 14, kNounLocation = 15;

// The noun synsets' hypernyms ("@", "@i" pointers), by synset offset, from data.noun.
using Hypernyms = std::unordered_map<size_t, std::vector<size_t>>;

Hypernyms read_hypernyms(const std::string& data) {
  Hypernyms out;
  std::istringstream lines(data);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == ' ') continue;
    // offset lex_filenum ss_type w_cnt(hex) [word lex_id]... p_cnt [symbol offset pos st]...
    std::istringstream fields(line);
    size_t offset = 0;
    std::string file, type, count_hex, skip;
    fields >> offset >> file >> type >> count_hex;
    int words = static_cast<int>(std::strtol(count_hex.c_str(), nullptr, 16));
    for (int k = 0; k < 2 * words; ++k) fields >> skip;
    int pointers = 0;
    fields >> pointers;
    std::vector<size_t>& up = out[offset];
    for (int k = 0; k < pointers; ++k) {
      std::string symbol, pos, source_target;
      size_t target = 0;
      fields >> symbol >> target >> pos >> source_target;
      if ((symbol == "@" || symbol == "@i") && pos == "n") up.push_back(target);
    }
  }
  return out;
}

// Whether synset `offset` is one of `roots` or falls under one; `memo` holds the answers so far.
bool descends(size_t offset, const Hypernyms& hypernyms, const std::vector<size_t>& roots,
              std::unordered_map<size_t, bool>& memo) {
  if (std::find(roots.begin(), roots.end(), offset) != roots.end()) return true;
  auto known = memo.find(offset);
  if (known != memo.end()) return known->second;
  memo[offset] = false;  // WordNet's noun hierarchy has no cycles; this only stops a bad file
  bool found = false;
  auto it = hypernyms.find(offset);
  if (it != hypernyms.end())
    for (size_t up : it->second)
      if (descends(up, hypernyms, roots, memo)) found = true;
  memo[offset] = found;
  return found;
}

int fail(const std::string& message) {
  std::fprintf(stderr, "compile_wordnet: %s\n", message.c_str());
  return 1;
}

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return true;
}

// "united_states" -> "united states": the coder compares words, not underscores.
std::string lemma_text(std::string lemma) {
  std::replace(lemma.begin(), lemma.end(), '_', ' ');
  return lemma;
}

// The lexicographer file of the synset at byte `offset` of a data file: its second field.
int lexicographer_file(const std::string& data, size_t offset) {
  if (offset + 12 > data.size()) return -1;
  return std::atoi(data.c_str() + offset + 9);
}

// Reads an index file: "lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offset...".
// `instrument(offset)` tells whether a noun synset is an instrument of force.
template <typename Instrument>
bool read_index(const std::string& index, const std::string& data, bool noun, Instrument instrument,
                std::map<std::string, Senses>& lemmas, std::string& error) {
  std::istringstream lines(index);
  std::string line;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    if (line.empty() || line[0] == ' ') continue;  // the licence at the top
    std::istringstream fields(line);
    std::string lemma, pos;
    int synsets = 0, pointers = 0;
    fields >> lemma >> pos >> synsets >> pointers;
    std::string skip;
    for (int k = 0; k < pointers; ++k) fields >> skip;
    int sense_count = 0, tagged = 0;
    fields >> sense_count >> tagged;
    Senses& s = lemmas[lemma_text(lemma)];
    for (int k = 0; k < synsets; ++k) {
      size_t offset = 0;
      if (!(fields >> offset)) {
        error = "line " + std::to_string(number) + ": fewer synsets than it says";
        return false;
      }
      int file = lexicographer_file(data, offset);
      if (file < 0 || file > 63) {
        error = "line " + std::to_string(number) + ": synset " + std::to_string(offset) +
                " is not in the data file";
        return false;
      }
      if (k == 0) (noun ? s.noun_first : s.verb_first) = static_cast<uint8_t>(file);
      s.files |= uint64_t{1} << file;
      if (!noun) continue;
      bool common = k < tagged || tagged == 0;
      if (common && (file == kNounPerson || file == kNounGroup || file == kNounLocation))
        s.flags |= fmt::kCommonAgentSense;
      if (instrument(offset)) s.flags |= fmt::kInstrumentOfForce;
    }
  }
  return true;
}

// Adds irregular forms ("fought fight"): a form that is no lemma of the part of speech takes the
// senses of its lemma.
void read_exceptions(const std::string& text, bool noun, std::map<std::string, Senses>& lemmas) {
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    std::istringstream fields(line);
    std::string form, lemma;
    if (!(fields >> form >> lemma)) continue;
    auto base = lemmas.find(lemma_text(lemma));
    if (base == lemmas.end()) continue;
    Senses from = base->second;
    Senses& s = lemmas[lemma_text(form)];
    uint8_t& first = noun ? s.noun_first : s.verb_first;
    if (first != fmt::kNoSense) continue;
    first = noun ? from.noun_first : from.verb_first;
    if (noun) s.flags |= from.flags;
    // Only the part of speech the exception is for.
    uint64_t mask = noun ? ((uint64_t{1} << 29) - 1) : ~((uint64_t{1} << 29) - 1);
    s.files |= from.files & mask;
  }
}

// The synset of the most frequent sense of `lemma` ("military vehicle") in an index file; 0
// when it is not there.
size_t first_sense(const std::string& index, std::string lemma) {
  std::replace(lemma.begin(), lemma.end(), ' ', '_');
  size_t at = index.find("\n" + lemma + " ");
  if (at == std::string::npos) return 0;
  std::istringstream fields(index.substr(at + 1, index.find('\n', at + 1) - at - 1));
  std::string word, pos, skip;
  int synsets = 0, pointers = 0;
  fields >> word >> pos >> synsets >> pointers;
  for (int k = 0; k < pointers + 2; ++k) fields >> skip;  // the pointers, sense and tag counts
  size_t offset = 0;
  fields >> offset;
  return offset;
}


// A Penn Treebank tag as one of the lexicon's coarser tags. Brill's lexicon writes a few
// ambiguous annotations as "NN|JJ": the first is taken.
fmt::Tag coarse_tag(std::string_view penn) {
  penn = penn.substr(0, penn.find('|'));
  if (penn == "NN") return fmt::kTagNoun;
  if (penn == "NNS") return fmt::kTagPlural;
  if (penn == "NNP" || penn == "NNPS") return fmt::kTagProper;
  if (penn == "VB") return fmt::kTagBase;
  if (penn == "VBP") return fmt::kTagPresent;
  if (penn == "VBZ") return fmt::kTagThird;
  if (penn == "VBD") return fmt::kTagPast;
  if (penn == "VBN") return fmt::kTagParticiple;
  if (penn == "VBG") return fmt::kTagGerund;
  if (penn == "JJ" || penn == "JJR" || penn == "JJS") return fmt::kTagAdjective;
  if (penn == "RB" || penn == "RBR" || penn == "RBS") return fmt::kTagAdverb;
  return fmt::kTagOther;
}

// The quoted strings of tags.js, in order ("  'NN',").
std::vector<fmt::Tag> read_brill_tags(const std::string& text) {
  std::vector<fmt::Tag> tags;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    size_t open = line.find('\'');
    size_t close = line.rfind('\'');
    if (line.rfind("  ", 0) != 0 || open == std::string::npos || close <= open) continue;
    tags.push_back(coarse_tag(std::string_view(line).substr(open + 1, close - open - 1)));
  }
  return tags;
}

// A key of words.js: bare (attacks) or single-quoted with backslash escapes ('don\'t').
std::string brill_key(std::string_view raw) {
  if (raw.size() < 2 || raw.front() != '\'') return std::string(raw);
  std::string key;
  for (size_t k = 1; k + 1 < raw.size(); ++k) {
    if (raw[k] == '\\' && k + 2 < raw.size()) ++k;
    key += raw[k];
  }
  return key;
}

bool lower_case_word(const std::string& w) {
  bool letter = false;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') return false;
    letter = letter || (c >= 'a' && c <= 'z');
  }
  return letter;
}

// Gives every lower-case word of words.js its tags. A capitalised key is a name or a sentence's
// first word: the coder tells names by other means.
bool read_brill_words(const std::string& text, const std::vector<fmt::Tag>& tags,
                      std::map<std::string, Senses>& lemmas, std::string& error) {
  std::istringstream lines(text);
  std::string line;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    if (line.rfind("  ", 0) != 0) continue;  // the export line and the closing brace
    size_t colon = line.rfind(": ");
    if (colon == std::string::npos) {
      error = "line " + std::to_string(number) + ": no 'word: tags'";
      return false;
    }
    std::string word = brill_key(std::string_view(line).substr(2, colon - 2));
    if (!lower_case_word(word)) continue;
    std::istringstream indexes(line.substr(colon + 2));
    Senses& s = lemmas[word];
    char c = 0;
    size_t index = 0;
    while (indexes >> c) {
      if (c < '0' || c > '9') continue;
      indexes.putback(c);
      if (!(indexes >> index)) {
        error = "line " + std::to_string(number) + ": a tag index that is no number";
        return false;
      }
      // brill 3.1.0 gives "your" a 119th tag its tags.js lacks (undefined to its own unpacking).
      if (index >= tags.size()) continue;
      if (s.tag_first == fmt::kTagNone) s.tag_first = tags[index];
      s.tags |= static_cast<uint16_t>(1u << tags[index]);
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) return fail("usage: compile_wordnet WORDNET_DIR BRILL_DIR OUT.bin");
  const std::string dir = argv[1], brill_dir = argv[2];
  const char* out_path = argv[3];
  std::map<std::string, Senses> lemmas;
  Hypernyms hypernyms;
  std::vector<size_t> roots;
  std::unordered_map<size_t, bool> memo;
  auto instrument = [&](size_t offset) { return descends(offset, hypernyms, roots, memo); };
  for (bool noun : {true, false}) {
    const std::string pos = noun ? "noun" : "verb";
    std::string index, data, exceptions, error;
    if (!read_file(dir + "/index." + pos, index) || !read_file(dir + "/data." + pos, data) ||
        !read_file(dir + "/" + pos + ".exc", exceptions))
      return fail(dir + ": WordNet's " + pos +
                  " files are missing (Debian wordnet-base: run "
                  "scripts/setup.sh)");
    if (noun) {
      hypernyms = read_hypernyms(data);
      for (const char* root : kInstrumentRoots) {
        size_t offset = first_sense(index, root);
        if (offset == 0) return fail(dir + "/index.noun: no '" + root + "'");
        roots.push_back(offset);
      }
    }
    if (!read_index(index, data, noun, instrument, lemmas, error))
      return fail(dir + "/index." + pos + ": " + error);
    read_exceptions(exceptions, noun, lemmas);
  }
  std::string brill_tags, brill_words, error;
  if (!read_file(brill_dir + "/tags.js", brill_tags) ||
      !read_file(brill_dir + "/words.js", brill_words))
    return fail(brill_dir + ": Brill's lexicon is missing (npm brill: run scripts/setup.sh)");
  std::vector<fmt::Tag> tags = read_brill_tags(brill_tags);
  if (tags.empty()) return fail(brill_dir + "/tags.js: no tags");
  if (!read_brill_words(brill_words, tags, lemmas, error))
    return fail(brill_dir + "/words.js: " + error);
  std::vector<fmt::LemmaRecord> records;
  std::string strings;
  for (const auto& [text, senses] : lemmas) {  // std::map: sorted by text
    fmt::LemmaRecord r;
    r.text = static_cast<uint32_t>(strings.size());
    r.noun_first = senses.noun_first;
    r.verb_first = senses.verb_first;
    r.flags = senses.flags;
    r.files = senses.files;
    r.tag_first = senses.tag_first;
    r.tags = senses.tags;
    strings += text;
    strings += '\0';
    records.push_back(r);
  }
  fmt::Header header;
  std::memcpy(header.magic, fmt::kMagic, sizeof header.magic);
  header.lemmas = static_cast<uint32_t>(records.size());
  header.string_bytes = static_cast<uint32_t>(strings.size());
  std::ofstream out(out_path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(&header), sizeof header);
  out.write(reinterpret_cast<const char*>(records.data()),
            static_cast<std::streamsize>(records.size() * sizeof(fmt::LemmaRecord)));
  out.write(strings.data(), static_cast<std::streamsize>(strings.size()));
  if (!out) return fail(std::string(out_path) + ": cannot write");
  return 0;
}
