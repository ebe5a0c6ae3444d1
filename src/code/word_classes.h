// Word classes without a parser: each word of a sentence is given a class from closed-class word
// lists, the dictionaries (names, verb forms), capitalisation and endings; then, left to right,
// dictionary verbs are told from nouns by their neighbours ("an attack", "peace talks have") and
// unknown -ED/-ING words from participles ("crowds trashed" but "the affected villages").
#ifndef HERODOTUS_CODE_WORD_CLASSES_H_
#define HERODOTUS_CODE_WORD_CLASSES_H_

#include <string_view>

#include "code/coder_index.h"
#include "code/sentence.h"

namespace herodotus::code {

// Sets every word's class (names must be marked first: see names.h).
void classify_words(const CoderContext& ctx, SentenceReading& r);

// Classes a noun phrase is made of: determiners, possessives, nouns, adjectives, numbers...
bool in_chunk_class(WordClass c);

// "anti- Gondor", "pro-Gondor" split by the tokenizer: a hyphen at k between two words of a
// phrase.
bool joining_hyphen(const SentenceReading& r, int k);

// Whether word i's capital marks a name: past the sentence's first word, and not in a sentence
// in capitals or (with the project's settings) a title-case headline ("U.S. Lifts Travel Ban").
bool capital_marks_name(const CoderContext& ctx, const SentenceReading& r, int i);

// An irregular past form (LEFT, SAID; a listed form of a dictionary verb other than its base,
// its -S and its -ING forms).
bool irregular_past(const CoderContext& ctx, std::string_view word);

// An -ED, -EN or irregular past form: what a passive or a perfect is made of.
bool past_form(const CoderContext& ctx, std::string_view word);
// The be form before a past participle at `verb` ("were killed", "has been arrested"), over
// adverbs and negations, within four words; or -1.
int be_auxiliary(const CoderContext& ctx, const SentenceReading& r, int verb);
// The verb root of a word read as a verb: one of its entry's forms or, with `bare_lemmas`, the
// uninflected form an entry leaves out ("will release"); nullptr for none.
const uint32_t* verb_root(const CoderContext& ctx, std::string_view word);

// A past form that can be a past participle: Brill's lexicon saw it as one, or does not know it
// ("abducted", "backed"; not "flew").
bool participle_form(const CoderContext& ctx, std::string_view word);

}  // namespace herodotus::code

#endif  // HERODOTUS_CODE_WORD_CLASSES_H_
