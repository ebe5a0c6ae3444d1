// The noun-phrase engine's working view of one sentence: the document's tokens as words (upper
// case, word class, marks), the phrases and lists found in them, and the order they come in. A
// stage fills it from the Document (read_sentence), works on it, and writes what it found back
// (write_phrases in the phrases stage, the codes in the actors stage); nothing outlives the stage.
//
// Indexes here are the sentence's own: word k is the k-th token of the sentence that is not a "_"
// joining the parts of a name ("Dol_Amroth"), and `token` maps it back to the Document.
#ifndef HERODOTUS_CODE_SENTENCE_H_
#define HERODOTUS_CODE_SENTENCE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "code/english.h"
#include "herodotus/document.h"
#include "lex/wordnet.h"

namespace herodotus::code {

struct Word {
  std::string_view form;  // upper case, as the dictionaries are written
  WordClass wc = WordClass::kUnknown;
  bool capitalized = false;  // first letter upper case
  bool capitals = false;     // no lower-case letter: "US", "NATO", ","
  bool proper = false;       // part of an actor or agent name of the dictionaries
  bool set_aside = false;    // in a comma clause set aside for coding
  bool closes_quote = false;
  int32_t name = -1;     // with whole_names: the multi-word name it belongs to
  int32_t element = -1;  // the phrase or list it lies in (an index into elements), or -1
  uint32_t token = 0;    // the Document's token
  Span span;             // normalised text
  // Brill's tags of the form, looked up once when a word class rule first asks (word_classes.cc).
  mutable lex::WordTags tags;
  mutable bool tags_read = false;
  // The form's hash, worked out once when a lookup first asks (SentenceReading::hashed).
  mutable size_t hash = 0;
  mutable bool hash_read = false;
};

// A noun phrase: its words (possessive markers left out) and the range it covers.
struct Chunk {
  std::vector<int> words;
  int first = 0, last = 0;
  int compound = -1;  // the list it is a member of
  // The actors stage.
  std::string code = "---";
  bool coded = false;
  bool has_agent = false;
  Agency agency = Agency::kActor;   // what its head can do
  bool political = false;           // names a political actor (code/political.h)
  bool country_from_story = false;  // Phrase::country_from_story
  int32_t actor = -1;               // the Document's actor mention it names or refers to
  // The words an event names it by (normalised text): its actor mention's, else the phrase's.
  Span span;
};

// Phrases joined by commas and a conjunction.
struct Compound {
  std::vector<int> chunks;
  int first = 0, last = 0;
};

// A top-level piece of the sentence in order: a plain word, a phrase or a list.
struct Element {
  enum Kind { kToken, kChunk, kCompound } kind;
  int index;  // word, chunk or compound index
  int first, last;
};

// An item of the word sequences patterns are matched against.
struct Item {
  enum Kind { kWord, kEnterChunk, kLeaveChunk, kEnterCompound, kLeaveCompound } kind;
  int index;  // word index for words, chunk or compound index for markers
};

// What a source or target is bound to: a phrase or a list.
struct Binding {
  int chunk = -1, compound = -1;
  bool set() const { return chunk >= 0 || compound >= 0; }
};

struct SentenceReading {
  uint32_t sentence = 0;      // the Document's sentence
  uint32_t first_token = 0;   // the Document's first token of the sentence
  uint32_t first_phrase = 0;  // the Document's phrases of this sentence start here
  std::string upper;          // every word's form, back to back
  std::vector<Word> words;
  std::vector<Chunk> chunks;
  std::vector<Compound> compounds;
  std::vector<Element> elements;
  uint64_t signature = 0;  // prefix bits of every word (dict/index.h), to rule out patterns fast
  bool all_caps = false;   // the sentence has no lower-case letter
  // A headline in title case ("U.S. Lifts Travel Ban to Lebanon"): three or more words of four
  // letters or more after the first, nearly all capitalised, so capitals do not mark names.
  bool title_case = false;
  // The quoted words of the sentence whose speaker is known (quotations.h): words
  // [quote_begin, quote_end), or none when quote_begin < 0.
  int quote_begin = -1, quote_end = -1;
  std::string quote_speaker;
  int32_t quote_speaker_actor = -1;  // the speaker's actor mention

  int size() const { return static_cast<int>(words.size()); }
  std::string_view form(int i) const { return words[static_cast<size_t>(i)].form; }
  // Word i's form with its hash, for the dictionary index's lookups.
  HashedWord hashed(int i) const {
    const Word& w = words[static_cast<size_t>(i)];
    if (!w.hash_read) {
      w.hash = TransparentHash()(w.form);
      w.hash_read = true;
    }
    return {w.form, w.hash};
  }
  WordClass wc(int i) const { return words[static_cast<size_t>(i)].wc; }
  bool all_set_aside(const Chunk& chunk) const;
  // A comma between top-level elements that is not set aside: a clause boundary.
  bool is_clause_comma(int i) const;
  // A verb of any kind, an auxiliary or a modal: what makes a clause.
  bool verbish(int i) const;
  bool in_quotation(int i) const { return quote_begin >= 0 && i >= quote_begin && i < quote_end; }
  // Words [a, b) as items in text order, set-aside words left out.
  void items(int a, int b, std::vector<Item>& out) const;
};

// Appends token `t`'s text in upper case to `out`, as the dictionaries and word lists are written.
void append_upper(const Document& doc, uint32_t t, std::string& out);

// The words of sentence `s` with their forms and capitalisation (and, once the phrases stage
// ran, their classes and marks); no phrases.
void read_words(const Document& doc, uint32_t s, SentenceReading& out);

// The words and the phrases, lists and codes the earlier stages wrote for sentence `s`;
// `first_phrase` is where the sentence's phrases start in doc.phrases().
void read_sentence(const Document& doc, uint32_t s, uint32_t first_phrase, SentenceReading& out);

// Marks the quotation marks that close: the second of a pair, and one right after a full stop or
// a comma ('... Belarus." he said'). Needs word classes.
void mark_closing_quotes(SentenceReading& r);

// Orders phrases, lists and the plain words between them into `elements` and points each word
// at its element.
void order_elements(SentenceReading& r);

// Appends the reading's word classes, marks, phrases and lists to the Document.
void write_phrases(const SentenceReading& r, Document& doc);

// Adds to the Document a mention of kind `kind` and code `code` in words [first, last] of phrase
// `chunk`, referring back to mention `refers_to` (or -1); returns its index.
int32_t add_actor_mention(const SentenceReading& r, int chunk, int first, int last,
                          MentionKind kind, std::string code, int32_t refers_to, Document& doc);

// True when the phrase is one word of `first_person` ("I", "we"): the speaker of a quotation.
bool first_person_chunk(const SentenceReading& r, int chunk, const WordSet& first_person);

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_SENTENCE_H_
