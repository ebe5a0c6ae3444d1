// Tokens of one paragraph of normalised text. Words keep inner hyphens ("pro-democracy"),
// apostrophes ("O'Brien") and abbreviation periods ("Mr.", "U.S."); clitics are split the Penn
// Treebank way ("does" "n't", "Belarus" "'s") because negation and possession matter to the coder;
// numbers keep their separators ("1,000", "3.5"); quotation marks say whether they open or close.
#ifndef HERODOTUS_TEXT_TOKENIZER_H_
#define HERODOTUS_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "herodotus/document.h"
#include "text/lexicon.h"

namespace herodotus::text {

void tokenize(std::string_view text, Span paragraph, const Lexicon& lexicon,
              std::vector<Token>& tokens);

}  // namespace herodotus::text

#endif  // HERODOTUS_TEXT_TOKENIZER_H_
