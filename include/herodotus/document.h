// The Document: one story and everything the pipeline learns about it.
//
// A Document owns the original bytes, the normalised text the stages read (with an OffsetMap back
// to the original) and flat vectors of plain structs. Structs refer to each other by index and to
// text by Span, so copying or moving a Document never invalidates them and nothing is allocated
// per token.
//
//   Story story = ...;                       // from a StoryReader
//   Document doc(std::move(story));
//   pipeline.run(doc);
//   for (const Sentence& s : doc.sentences())
//     print(doc.text_of(s.span), doc.to_original(s.span));
#ifndef HERODOTUS_DOCUMENT_H_
#define HERODOTUS_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "herodotus/diagnostic.h"
#include "herodotus/offset_map.h"
#include "herodotus/span.h"
#include "herodotus/story.h"

namespace herodotus {

enum class TokenKind : uint8_t {
  kWord,    // letters, with inner hyphens, apostrophes and abbreviation periods
  kNumber,  // digits, with inner separators and a unit or ordinal suffix: 1,000  3.5  70th
  kPunct,   // . , ; : ! ? ... - ( ) and the like
  kQuote,   // " ' « » ‹ ›
  kSymbol,  // anything else: % $ € # @ &
};

std::string_view token_kind_name(TokenKind kind);

// Token flags, a bit set.
enum TokenFlag : uint8_t {
  kCapitalised = 1 << 0,   // first letter upper case
  kAllCaps = 1 << 1,       // every letter upper case, at least two letters
  kAbbreviation = 1 << 2,  // ends with an abbreviation period: "Mr." "U.S." "J."
  kSpaceBefore = 1 << 3,   // preceded by white space (or the paragraph start)
  kSpaceAfter = 1 << 4,    // followed by white space (or the paragraph end)
  kClitic = 1 << 5,        // split from the word before: n't 's 're 've 'll 'd 'm '
  kOpensQuote = 1 << 6,    // a quotation mark that opens
  kClosesQuote = 1 << 7,   // a quotation mark that closes
};

struct Token {
  Span span;  // normalised text
  TokenKind kind = TokenKind::kWord;
  uint8_t flags = 0;

  bool has(TokenFlag flag) const { return (flags & flag) != 0; }
};

struct Sentence {
  Span span;                 // normalised text
  uint32_t paragraph = 0;    // index into paragraphs()
  uint32_t first_token = 0;  // tokens [first_token, end_token)
  uint32_t end_token = 0;
};

struct Paragraph {
  Span span;  // normalised text
  uint32_t first_sentence = 0;
  uint32_t end_sentence = 0;
};

// Why the cleaner left a stretch of the original out of the normalised text.
enum class RemovalReason : uint8_t {
  kAdMarker,     // "Hide Ad", "Advertisement"
  kTeaser,       // "Read More" and the headline it announces
  kPrompt,       // newsletter, share and follow prompts
  kCredit,       // photo credits
  kRepeated,     // a line printed earlier in the story (captions)
  kDoubledCopy,  // the second copy of a text printed twice on one line
};

std::string_view removal_reason_name(RemovalReason reason);

struct Removal {
  Span span;  // original text
  RemovalReason reason;
};

// One side of an event: an actor code and the words it was read from.
struct EventActor {
  std::string code;  // "BLRGOV"; empty for an event without this side
  Span span;         // normalised text; empty for a default actor the text does not name
};

// Who did what to whom, in one sentence.
struct Event {
  uint32_t sentence = 0;  // index into sentences()
  EventActor source;
  EventActor target;
  std::string code;         // the event code (CAMEO for CAMEO dictionaries)
  Span verb;                // normalised text: the verb the rule anchored on
  std::string rule;         // the dictionary rule that fired: "ACCEPT: - * PROPOSAL [032]"
  std::string rule_source;  // where it is written: "CAMEO.091003.master.verbs:1234"
  std::string date;         // YYYY-MM-DD: the story date, moved by time expressions; may be empty
  // Where it happened: index into places(), or -1 when the text does not say.
  int32_t location = -1;
  // What the sentence is about, from an issues dictionary (PETRARCH's Phoenix.IssueCoding.txt):
  // issue code and how many of its phrases the sentence holds.
  std::vector<std::pair<std::string, uint32_t>> issues;
};

// Words in quotation marks that someone said, and who.
struct Quote {
  Span span;                 // normalised text: the quoted words, without the quotation marks
  uint32_t first_token = 0;  // tokens [first_token, end_token) of the quoted words
  uint32_t end_token = 0;
  uint32_t sentence = 0;  // the sentence the quotation starts in
  // A partial quotation is a few of the speaker's words inside the writer's own sentence ('X
  // called it "a disgrace"'); a direct one is the speaker's words alone ('X said: "..."').
  bool partial = false;
  // The speaker's mention the cue links to ("he", "Mr Lukashenko"), and the cue ("said",
  // "added", "according to"); both empty when no speaker was found. The mention may be in another
  // sentence: a quotation that runs on from the paragraph before keeps its speaker.
  Span speaker;
  uint32_t speaker_first_token = 0;
  uint32_t speaker_end_token = 0;
  Span cue;
  // The actor the mention resolves to, written by the code stage: code "BLRGOV" and the name it
  // was named by ("Lukashenko" for "he"). Empty when the dictionaries know no such actor.
  std::string speaker_code;
  std::string speaker_name;

  bool has_speaker() const { return speaker_end_token > speaker_first_token; }
};

// A place name in the text, resolved to a gazetteer entry.
struct Place {
  Span span;              // normalised text
  uint32_t sentence = 0;  // index into sentences()
  uint32_t entry = 0;     // the gazetteer's place (geo::Gazetteer::place)
  // The place stands for its government or people ("Kyiv said", "Belarusian"), not for where
  // something happened: an actor, never an event's location.
  bool actor = false;
  bool demonym = false;   // "Belarusian": the adjective of a country's people (always an actor)
  bool dateline = false;  // "MINSK, Oct 10 (Reuters) -"
  bool cued = false;      // after "in", "near", "outside"...: where something is or happens
};

// What a document holds so far; stages declare which layers they need and which they add.
enum Layer : uint32_t {
  kLayerText = 1 << 0,  // normalised text and offset map
  kLayerParagraphs = 1 << 1,
  kLayerSentences = 1 << 2,
  kLayerTokens = 1 << 3,
  kLayerEvents = 1 << 4,
  kLayerQuotes = 1 << 5,
  kLayerPlaces = 1 << 6,
};
using Layers = uint32_t;

class Document {
 public:
  Document() = default;
  explicit Document(Story story);

  // Identity and metadata, from the story.
  const std::string& id() const { return story_.id; }
  const std::string& date() const { return story_.date; }
  const Story& story() const { return story_; }

  // The original text: every output span indexes these bytes.
  std::string_view original() const { return story_.text; }
  // The normalised text the stages read.
  std::string_view text() const { return text_; }
  std::string_view text_of(Span normalised) const { return normalised.of(text_); }
  Span to_original(Span normalised) const { return offsets_.to_original(normalised); }

  const std::vector<Paragraph>& paragraphs() const { return paragraphs_; }
  const std::vector<Sentence>& sentences() const { return sentences_; }
  const std::vector<Token>& tokens() const { return tokens_; }
  const std::vector<Removal>& removals() const { return removals_; }
  const std::vector<Event>& events() const { return events_; }
  const std::vector<Quote>& quotes() const { return quotes_; }
  const std::vector<Place>& places() const { return places_; }
  const std::vector<Diagnostic>& diagnostics() const { return story_.diagnostics; }
  bool has_errors() const;

  Layers layers() const { return layers_; }

  // For stages: write access to what they provide. The story itself changes only before any
  // text layer exists (the extract stage turns a page into the story's text).
  Story& mutable_story() { return story_; }
  std::string& mutable_text() { return text_; }
  OffsetMap& mutable_offsets() { return offsets_; }
  std::vector<Paragraph>& mutable_paragraphs() { return paragraphs_; }
  std::vector<Sentence>& mutable_sentences() { return sentences_; }
  std::vector<Token>& mutable_tokens() { return tokens_; }
  std::vector<Removal>& mutable_removals() { return removals_; }
  std::vector<Event>& mutable_events() { return events_; }
  std::vector<Quote>& mutable_quotes() { return quotes_; }
  std::vector<Place>& mutable_places() { return places_; }
  void add_diagnostic(Diagnostic diagnostic) {
    story_.diagnostics.push_back(std::move(diagnostic));
  }
  void add_layers(Layers layers) { layers_ |= layers; }

 private:
  Story story_;
  std::string text_;
  OffsetMap offsets_;
  std::vector<Paragraph> paragraphs_;
  std::vector<Sentence> sentences_;
  std::vector<Token> tokens_;
  std::vector<Removal> removals_;
  std::vector<Event> events_;
  std::vector<Quote> quotes_;
  std::vector<Place> places_;
  Layers layers_ = 0;
};

}  // namespace herodotus

#endif  // HERODOTUS_DOCUMENT_H_
