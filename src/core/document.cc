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

std::string_view word_class_name(WordClass word_class) {
  switch (word_class) {
    case WordClass::kNone:
      return "none";
    case WordClass::kComma:
      return "comma";
    case WordClass::kEnd:
      return "end";
    case WordClass::kPunct:
      return "punct";
    case WordClass::kQuote:
      return "quote";
    case WordClass::kDeterminer:
      return "det";
    case WordClass::kPossessive:
      return "poss";
    case WordClass::kPronoun:
      return "pron";
    case WordClass::kPreposition:
      return "prep";
    case WordClass::kTo:
      return "to";
    case WordClass::kConjunction:
      return "conj";
    case WordClass::kComplementizer:
      return "comp";
    case WordClass::kModal:
      return "modal";
    case WordClass::kAuxiliary:
      return "aux";
    case WordClass::kNegation:
      return "neg";
    case WordClass::kAdverb:
      return "adv";
    case WordClass::kNumber:
      return "num";
    case WordClass::kPossessiveMarker:
      return "pos";
    case WordClass::kVerb:
      return "VERB";
    case WordClass::kOtherVerb:
      return "verb?";
    case WordClass::kNoun:
      return "noun";
    case WordClass::kAdjective:
      return "adj";
    case WordClass::kUnknown:
      return "unk";
  }
  return "unknown";
}

std::string_view agency_name(Agency agency) {
  switch (agency) {
    case Agency::kActor:
      return "actor";
    case Agency::kDocument:
      return "document";
    case Agency::kThing:
      return "thing";
    case Agency::kForce:
      return "force";
  }
  return "actor";
}

std::string_view sentence_skip_name(SentenceSkip skip) {
  switch (skip) {
    case SentenceSkip::kNone:
      return "none";
    case SentenceSkip::kRepeated:
      return "repeated";
    case SentenceSkip::kTooShort:
      return "too_short";
    case SentenceSkip::kDiscarded:
      return "discarded";
    case SentenceSkip::kStoryDiscarded:
      return "story_discarded";
    case SentenceSkip::kComplex:
      return "complex";
    case SentenceSkip::kDateline:
      return "dateline";
  }
  return "unknown";
}

std::string_view mention_kind_name(MentionKind kind) {
  switch (kind) {
    case MentionKind::kName:
      return "name";
    case MentionKind::kPlace:
      return "place";
    case MentionKind::kPronoun:
      return "pronoun";
    case MentionKind::kRoleNoun:
      return "role_noun";
  }
  return "unknown";
}

}  // namespace herodotus
