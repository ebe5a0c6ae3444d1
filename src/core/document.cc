#include "herodotus/document.h"

#include <algorithm>

namespace herodotus {

bool Story::readable() const {
  return std::none_of(diagnostics.begin(), diagnostics.end(),
                      [](const Diagnostic& d) { return d.level == Level::kError; });
}

Document::Document(Story story) : story_(std::move(story)) {}

bool Document::has_errors() const {
  return !story_.readable();
}

std::string_view token_kind_name(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunct:
      return "punct";
    case TokenKind::kQuote:
      return "quote";
    case TokenKind::kSymbol:
      return "symbol";
  }
  return "unknown";
}

std::string_view removal_reason_name(RemovalReason reason) {
  switch (reason) {
    case RemovalReason::kAdMarker:
      return "ad_marker";
    case RemovalReason::kTeaser:
      return "teaser";
    case RemovalReason::kPrompt:
      return "prompt";
    case RemovalReason::kCredit:
      return "credit";
    case RemovalReason::kRepeated:
      return "repeated";
    case RemovalReason::kDoubledCopy:
      return "doubled_copy";
  }
  return "unknown";
}

}  // namespace herodotus
