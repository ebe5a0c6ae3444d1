#include "dict/english_forms.h"

#include <string_view>

namespace herodotus::dict {
namespace {

bool ends_with(const std::string& w, std::string_view e) {
  return w.size() >= e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0;
}

bool is_vowel(char c) {
  return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
}

}  // namespace

std::vector<std::string> english_verb_forms(const std::string& lemma) {
  std::vector<std::string> forms{lemma};
  if (lemma.size() < 2) return forms;
  char last = lemma.back(), before = lemma[lemma.size() - 2];
  if (last == 'Y' && !is_vowel(before)) {
    std::string stem = lemma.substr(0, lemma.size() - 1);
    forms.insert(forms.end(), {stem + "IES", stem + "IED", lemma + "ING"});
    return forms;
  }
  if (last == 'E') {
    std::string stem = lemma.substr(0, lemma.size() - 1);
    forms.insert(forms.end(),
                 {lemma + "S", lemma + "D", ends_with(lemma, "EE") ? lemma + "ING" : stem + "ING"});
    return forms;
  }
  bool sibilant =
      last == 'S' || last == 'X' || last == 'Z' || ends_with(lemma, "CH") || ends_with(lemma, "SH");
  forms.push_back(lemma + (sibilant ? "ES" : "S"));
  forms.push_back(lemma + "ED");
  forms.push_back(lemma + "ING");
  // Consonant-vowel-consonant endings may double ("stop": stopped; "visit": visited): both.
  bool cvc = !is_vowel(last) && is_vowel(before) && last != 'W' && last != 'X' && last != 'Y' &&
             (lemma.size() < 3 || !is_vowel(lemma[lemma.size() - 3]));
  if (cvc) {
    forms.push_back(lemma + last + "ED");
    forms.push_back(lemma + last + "ING");
  }
  return forms;
}

std::vector<std::string> english_plurals(const std::string& noun) {
  if (noun.empty()) return {};
  char last = noun.back();
  char before = noun.size() > 1 ? noun[noun.size() - 2] : ' ';
  if (last == 'Y' && !is_vowel(before)) return {noun.substr(0, noun.size() - 1) + "IES"};
  if (last == 'S' || last == 'X' || last == 'Z' || ends_with(noun, "CH") || ends_with(noun, "SH"))
    return {noun + "ES"};
  if (ends_with(noun, "MAN")) return {noun.substr(0, noun.size() - 3) + "MEN"};
  return {noun + "S"};
}

}  // namespace herodotus::dict
