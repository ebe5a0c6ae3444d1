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
#include "herodotus/records.h"
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

// What a word is in its sentence, as the phrases stage reads it without a parser (closed-class
// word lists, the dictionaries, capitalisation, endings and neighbours; docs/coding.md).
enum class WordClass : uint8_t {
  kNone,              // not read (no phrases stage ran; a "_" joining the words of a name)
  kComma,             // , ;
  kEnd,               // . ! ?
  kPunct,             // other punctuation
  kQuote,             // a double quotation mark
  kDeterminer,        // the, a, this, every...
  kPossessive,        // his, its, their...
  kPronoun,           // he, it, they, we...
  kPreposition,       // of, in, against...
  kTo,                // to
  kConjunction,       // and, or, nor, but
  kComplementizer,    // that, which, who, if, because...
  kModal,             // will, would, could...
  kAuxiliary,         // is, was, has, did...
  kNegation,          // not, n't, never
  kAdverb,            // also, already, -ly words
  kNumber,            // 12, twelve, dozens
  kPossessiveMarker,  // 's
  kVerb,              // a verb of the dictionaries, used as a verb
  kOtherVerb,         // a word shaped and placed like a verb the dictionaries do not have
  kNoun,              // a noun, a name, or a dictionary verb used as a noun
  kAdjective,         // an adjective
  kUnknown,           // none of these: most often a noun
};

std::string_view word_class_name(WordClass word_class);

// What the phrases stage marks on a token, a bit set.
enum TokenMark : uint8_t {
  kInName = 1 << 0,    // part of an actor or agent name of the dictionaries
  kSetAside = 1 << 1,  // in a comma clause set aside: no source, target or verb is read there
};

struct Token {
  Span span;  // normalised text
  TokenKind kind = TokenKind::kWord;
  uint8_t flags = 0;
  WordClass word_class = WordClass::kNone;  // the phrases stage
  uint8_t marks = 0;                        // TokenMark bits, the phrases stage

  bool has(TokenFlag flag) const { return (flags & flag) != 0; }
  bool marked(TokenMark mark) const { return (marks & mark) != 0; }
};

// Why a sentence was not read for events, when it was not (the coding stages).
enum class SentenceSkip : uint8_t {
  kNone,            // read
  kRepeated,        // the same text as an earlier sentence of the story: its events once
  kTooShort,        // fewer words than the dictionaries' minimum (TABARI's SET: MINIMUM WORDS)
  kDiscarded,       // a discard phrase or code of the dictionaries
  kStoryDiscarded,  // a story-level discard phrase here or in an earlier sentence
  kComplex,         // TABARI's complexity conditions
  kDateline,        // a dateline, not a sentence: "CEBU CITY: --"
};

std::string_view sentence_skip_name(SentenceSkip skip);

struct Sentence {
  Span span;                 // normalised text
  uint32_t paragraph = 0;    // index into paragraphs()
  uint32_t first_token = 0;  // tokens [first_token, end_token)
  uint32_t end_token = 0;
  SentenceSkip skip = SentenceSkip::kNone;
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

// A noun phrase (the phrases stage): what a source or target is read from. Its own words may
// skip tokens of its extent: in "lawmakers and officials in Fornost" the second phrase is
// "officials in Fornost", the first "lawmakers in Fornost".
// What a phrase's head can do, by WordNet (the actors stage; lex/wordnet.h). A thing may be what
// an act is aimed at ("condemned the Turkish air raid": Türkiye), never who does it; a document
// speaks for its authors ("a U.S. congressional report called for sanctions") but does nothing
// material; an attack does violence for whoever launched it ("Israeli airstrikes killed ...").
enum class Agency : uint8_t {
  kActor,     // a person, group, place, instrument of force, a name, or a head WordNet lacks
  kDocument,  // a report, motion, letter, resolution...: a source of statements only
  kThing,     // a tale, talks, a product: never a source
  kForce,     // an attack, airstrikes, shelling: a source of violence only (roots 18-20)
};

// "actor", "document", "thing", "force".
std::string_view agency_name(Agency agency);

struct Phrase {
  Span span;                                // normalised text, first to last token of its extent
  uint32_t sentence = 0;                    // index into sentences()
  uint32_t first_token = 0, end_token = 0;  // its extent, tokens [first_token, end_token)
  uint32_t first_word = 0, end_word = 0;    // its words: phrase_words()[first_word, end_word)
  int32_t list = -1;  // the list it is a member of (index into phrase_lists()), or -1
  // The actors stage: the actor code it stands for with its agents applied ("RUSMIL", "---COP"
  // when no country is known, "---" for nothing), and the mention of the actor it names or
  // refers to (index into actor_mentions()), or -1.
  std::string code = "---";
  int32_t actor = -1;
  Agency agency = Agency::kActor;
  // Its country is the story's, not named in its sentence ("the government" in a story about
  // Ethiopia): it fixes whose an event is, but licenses none by itself.
  bool country_from_story = false;

  bool coded() const { return code != "---"; }
};

// Phrases joined by commas and a conjunction ("Belarus, Russia and China"): an event with a
// list as source or target is one event per member.
struct PhraseList {
  Span span;  // normalised text
  uint32_t sentence = 0;
  uint32_t first_token = 0, end_token = 0;
  uint32_t first_phrase = 0, end_phrase = 0;  // its members, phrases()[first_phrase, end_phrase)
};

enum class MentionKind : uint8_t {
  kName,      // an actor of the dictionaries named: "Aleksandr Lukashenko", "Belarus", "Russian"
  kPlace,     // a town or region standing for its country: "the mayor of Nablus"
  kPronoun,   // he, she, it, they, his, its, their; I and we in a quotation: its speaker
  kRoleNoun,  // "the president", "the dictator": a person of the story with that role
};

std::string_view mention_kind_name(MentionKind kind);

// An actor named or referred to (the actors stage): who a phrase is about.
struct ActorMention {
  Span span;              // normalised text: the words that name or refer ("Lukashenko", "he")
  uint32_t sentence = 0;  // index into sentences()
  uint32_t first_token = 0, end_token = 0;
  int32_t phrase = -1;  // the phrase it is part of (index into phrases())
  MentionKind kind = MentionKind::kName;
  std::string code;  // the actor: "BLRGOV"; codes of several actors are joined by "/"
  // The earlier mention it refers back to ("he" to "Lukashenko", "the dictator" to "he"), or -1.
  int32_t refers_to = -1;
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
  kLayerPhrases = 1 << 7,   // word classes, marks, phrases and lists
  kLayerActors = 1 << 8,    // phrase codes and actor mentions
  kLayerSpeakers = 1 << 9,  // quotations' speakers resolved to actors
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
  const std::vector<Phrase>& phrases() const { return phrases_; }
  const std::vector<uint32_t>& phrase_words() const { return phrase_words_; }  // token indexes
  const std::vector<PhraseList>& phrase_lists() const { return phrase_lists_; }
  const std::vector<ActorMention>& actor_mentions() const { return actor_mentions_; }
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
  std::vector<Phrase>& mutable_phrases() { return phrases_; }
  std::vector<uint32_t>& mutable_phrase_words() { return phrase_words_; }
  std::vector<PhraseList>& mutable_phrase_lists() { return phrase_lists_; }
  std::vector<ActorMention>& mutable_actor_mentions() { return actor_mentions_; }
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
  std::vector<Phrase> phrases_;
  std::vector<uint32_t> phrase_words_;
  std::vector<PhraseList> phrase_lists_;
  std::vector<ActorMention> actor_mentions_;
  Layers layers_ = 0;
};

}  // namespace herodotus

#endif  // HERODOTUS_DOCUMENT_H_
