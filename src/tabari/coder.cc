// TABARI's coder: one sentence through the parse's phases, and an account of how it was read.
#include "tabari/coder.h"

#include "tabari/parse.h"

namespace herodotus::tabari {

ScratchHolder::ScratchHolder() : scratch_(std::make_unique<CoderScratch>()) {}
ScratchHolder::~ScratchHolder() = default;

SentenceResult SentenceParse::run(std::string_view text, uint32_t base) {
  SentenceResult result;
  result.date = date_;
  s_.local.reset(&dict_.codes);
  LexOptions lex;
  lex.fbis = options_.fbis;
  lex_sentence(text, base, lex, s_.lexed);
  n_ = static_cast<int32_t>(s_.lexed.words.size());
  s_.info.assign(n_, WordInfo());
  s_.mentions.clear();
  s_.codes.clear();
  s_.compounds.clear();
  s_.members.clear();
  s_.clauses.clear();
  if (n_ < options_.minimum_words) {
    result.skip = SentenceSkip::kTooShort;
    return result;
  }
  // Non-printing characters mean a garbled record (validation DEBUG-21): too complex to code.
  if (std::any_of(text.begin(), text.end(), [](char c) {
        auto u = static_cast<unsigned char>(c);
        return u < 0x20 && c != '\n' && c != '\r' && c != '\t';
      })) {
    stop(result, SentenceSkip::kComplex, "non-printing characters");
    return result;
  }
  classify();
  shift_nouns();
  if (!build_mentions(result)) return result;
  if (!check_root_codes(result)) return result;
  attach_agents();
  find_compounds();
  find_compound_nouns();
  if (!time_shift(result)) return result;
  eliminate_comma_clauses();
  build_sequence();
  resolve_pronouns();
  split_clauses();
  if (!check_complexity(result)) return result;
  code_clauses(result);
  remember_for_forwarding();
  return result;
}

Coder::Coder(std::shared_ptr<const dict::CompiledDictionary> dictionary, CodingOptions options)
    : dictionary_(std::move(dictionary)), options_(std::move(options)) {}

Coder::~Coder() = default;

SentenceResult Coder::code(std::string_view text, int32_t date, CoderScratch& scratch,
                           ForwardState* forward, uint32_t base) const {
  return code_with(text, date, options_, scratch, forward, base);
}

SentenceResult Coder::code_with(std::string_view text, int32_t date, const CodingOptions& options,
                                CoderScratch& scratch, ForwardState* forward, uint32_t base) const {
  SentenceParse parse(*dictionary_, options, scratch, date, forward);
  return parse.run(text, base);
}

std::string Coder::explain(const CoderScratch& s) const {
  const dict::Dictionary& d = dictionary_->dictionary();
  std::string out;
  for (size_t i = 0; i < s.lexed.words.size(); ++i) {
    const WordInfo& info = i < s.info.size() ? s.info[i] : WordInfo();
    out += std::to_string(i) + " ";
    out += s.lexed.text(i);
    out += " <";
    out += type_name(info.type);
    if (info.root >= 0 && info.head == static_cast<int32_t>(i)) {
      out += " " + d.roots[info.root].text;
      if (info.last != static_cast<int32_t>(i)) out += " ..." + std::to_string(info.last);
    }
    if (info.mention >= 0 && info.mention < static_cast<int32_t>(s.mentions.size())) {
      const Mention& m = s.mentions[info.mention];
      out += " m" + std::to_string(info.mention) + "=";
      for (uint32_t k = 0; k < m.codes_count; ++k) {
        if (k) out += "/";
        CodeId c = s.codes[m.codes_begin + k];
        out += std::string(s.local.text(c));
      }
      if (m.compound >= 0) out += " cmp" + std::to_string(m.compound);
      if (m.cancelled) out += " cancelled";
    }
    if (info.eliminated) out += " ELIM";
    if (info.in_compound) out += " incmp";
    out += ">\n";
  }
  out += "clauses:";
  for (const ClauseRange& c : s.clauses)
    out += " [" + std::to_string(c.begin) + "," + std::to_string(c.end) + ")";
  out += "\n";
  return out;
}

}  // namespace herodotus::tabari
