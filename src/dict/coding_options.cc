#include "dict/coding_options.h"

#include <cctype>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/strings.h"

namespace herodotus::dict {
namespace {

Status bad(std::string message) {
  return Status(ErrorCode::kDictionary, std::move(message));
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  std::string word;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!word.empty()) out.push_back(std::move(word)), word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

// "VERBS[5]" -> 5 when the name matches.
bool bracket_number(const std::string& token, std::string_view name, int& value) {
  if (token.compare(0, name.size(), name) != 0 || token.size() < name.size() + 3) return false;
  if (token[name.size()] != '[' || token.back() != ']') return false;
  value = std::atoi(token.substr(name.size() + 1, token.size() - name.size() - 2).c_str());
  return true;
}

Result<bool> truth(std::string_view value) {
  value = trim(value);
  if (value == "TRUE" || value == "T" || value == "ON") return true;
  if (value == "FALSE" || value == "F" || value == "OFF") return false;
  return bad("expected TRUE or FALSE, got '" + std::string(value) + "'");
}

Status set_complexity(std::string_view args, ComplexityConditions& c) {
  c = ComplexityConditions();
  for (const std::string& token : words(args)) {
    if (bracket_number(token, "VERBS", c.verbs) || bracket_number(token, "ACTORS", c.actors) ||
        bracket_number(token, "PRONOUNS", c.pronouns) ||
        bracket_number(token, "CONJ", c.conjunctions) || bracket_number(token, "COMMA", c.commas) ||
        bracket_number(token, "LATEVERB", c.late_verb))
      continue;
    if (token == "NOACTPRIOR")
      c.no_actor_prior = true;
    else if (token == "NOACTAFTER")
      c.no_actor_after = true;
    else if (token == "NOVERB")
      c.no_verb = true;
    else if (token == "NOSOURCE")
      c.no_source = true;
    else if (token == "NOTARGET")
      c.no_target = true;
    else if (token == "NOEVENT")
      c.no_event = true;
    else if (token == "EXPLAIN" || token == "NOSAVE")
      continue;
    else
      return bad("unknown COMPLEX condition '" + token + "'");
  }
  return Status();
}

Status set_switch(std::string_view args, CodingOptions& options) {
  std::string text = upper(trim(args));
  auto equals = text.find('=');
  std::string name = std::string(trim(std::string_view(text).substr(0, equals)));
  std::string value = equals == std::string::npos
                          ? ""
                          : std::string(trim(std::string_view(text).substr(equals + 1)));
  if (name == "CODE BY CLAUSE" || name == "CODE CLAUSE")
    options.code_by = CodeBy::kClause;
  else if (name == "CODE BY SENTENCE" || name == "CODE SENTENCE")
    options.code_by = CodeBy::kSentence;
  else if (name == "CODE ALL" || name == "CODE BY ALL")
    options.code_by = CodeBy::kAll;
  else if (name == "MINIMUM WORDS") {
    if (value.empty() || !std::isdigit(static_cast<unsigned char>(value[0])))
      return bad("MINIMUM WORDS needs a number");
    options.minimum_words = std::atoi(value.c_str());
  } else if (name == "CONVERT AGENT" || name == "CONVERT AGENTS") {
    auto v = truth(value);
    if (!v.ok()) return v.status();
    options.convert_agents = *v;
  } else if (name == "YYYY") {
    auto v = truth(value);
    if (!v.ok()) return v.status();
    options.four_digit_years = *v;
  } else if (name == "TIME SHIFT" || name == "TIME SHIFTING") {
    auto v = truth(value);
    if (!v.ok()) return v.status();
    options.time_shift = *v;
  } else if (name == "FBIS") {
    auto v = truth(value);
    if (!v.ok()) return v.status();
    options.fbis = *v;
  }
  // LABEL, SKIP RECORDS, VERB/ACTOR/AGENT USAGE, DUP WARNING, HAIKU, MATCH: interactive or
  // output settings of TABARI with no effect on which events are coded.
  return Status();
}

Status set_defaults(std::string_view args, DefaultActors& d) {
  std::string text = upper(trim(args));
  if (text == "OFF") {
    d = DefaultActors();
    return Status();
  }
  auto code_after = [&](std::string_view keyword, std::string& code) -> Status {
    auto at = text.find(keyword);
    if (at == std::string::npos) return Status();
    auto open = text.find('[', at), close = text.find(']', at);
    if (open == std::string::npos || close == std::string::npos || close < open)
      return bad(std::string(keyword) + " needs a [code]");
    code = std::string(trim(std::string_view(text).substr(open + 1, close - open - 1)));
    return Status();
  };
  if (Status s = code_after("SOURCE", d.source); !s.ok()) return s;
  if (Status s = code_after("TARGET", d.target); !s.ok()) return s;
  for (const std::string& token : words(text)) {
    if (token == "PRIOR") d.source_prior = true;
    if (token == "AFTER") d.target_after = true;
  }
  return Status();
}

Status set_commas(std::string_view args, CommaClauses& c) {
  std::string text = upper(trim(args));
  if (text == "OFF") {
    c.enabled = false;
    return Status();
  }
  c.enabled = true;
  // "MIN = 4 MAX = 6 EMIN=3": name, '=', number, with or without spaces.
  std::string compact;
  for (char ch : text)
    if (!std::isspace(static_cast<unsigned char>(ch))) compact += ch;
  size_t i = 0;
  while (i < compact.size()) {
    size_t eq = compact.find('=', i);
    if (eq == std::string::npos) return bad("COMMA expects NAME = number pairs");
    std::string name = compact.substr(i, eq - i);
    size_t j = eq + 1;
    size_t start = j;
    while (j < compact.size() && std::isdigit(static_cast<unsigned char>(compact[j]))) ++j;
    if (j == start) return bad("COMMA " + name + " needs a number");
    int value = std::atoi(compact.substr(start, j - start).c_str());
    if (name == "MIN")
      c.min = value;
    else if (name == "MAX")
      c.max = value;
    else if (name == "EMIN")
      c.end_min = value;
    else if (name == "EMAX")
      c.end_max = value;
    else if (name == "BMIN")
      c.begin_min = value;
    else if (name == "BMAX")
      c.begin_max = value;
    else
      return bad("unknown COMMA limit '" + name + "'");
    i = j;
  }
  return Status();
}

Status set_forward(std::string_view args, Forwarding& f) {
  std::vector<std::string> tokens = words(upper(args));
  if (tokens.empty()) return bad("FORWARD needs a sequence format");
  f.format = tokens[0];
  f.enabled = true;
  for (size_t i = 1; i < tokens.size(); ++i) {
    if (tokens[i] == "OFF")
      f.enabled = false;
    else if (tokens[i] != "DOC")
      return bad("unknown FORWARD keyword '" + tokens[i] + "'");
  }
  return Status();
}

}  // namespace

Status apply_tabari_option_line(std::string_view line, CodingOptions& options) {
  // Comments: '#' or '//' to the end of the line.
  if (auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
  if (auto slashes = line.find("//"); slashes != std::string_view::npos)
    line = line.substr(0, slashes);
  line = trim(line);
  if (line.empty()) return Status();
  auto colon = line.find(':');
  if (colon == std::string_view::npos) return bad("expected COMMAND: arguments");
  std::string command = upper(trim(line.substr(0, colon)));
  std::string_view args = line.substr(colon + 1);
  // TABARI looks at the first four characters of a command.
  std::string key = command.substr(0, 4);
  if (key == "COMP") return set_complexity(upper(args), options.complexity);
  if (key == "SET") return set_switch(args, options);
  if (key == "DEFA") return set_defaults(args, options.defaults);
  if (key == "COMM") return set_commas(args, options.commas);
  if (key == "FORW") return set_forward(args, options.forward);
  if (key == "OUTP" || key == "LABE" || key == "NONE" || key == "MATC") return Status();
  return bad("unknown options command '" + command + "'");
}

Status apply_petrarch_option(std::string_view name, std::string_view value,
                             CodingOptions& options) {
  auto number = [&](int& field) -> Status {
    std::string v(value);
    char* end = nullptr;
    long n = std::strtol(v.c_str(), &end, 10);
    if (v.empty() || *end != '\0')
      return Status(ErrorCode::kInvalidArgument, "option " + std::string(name) + " needs a number");
    field = static_cast<int>(n);
    return Status();
  };
  CommaClauses& c = options.commas;
  if (name == "require_dyad") {
    options.require_dyad = upper(value).find("FALSE") == std::string::npos;
    return Status();
  }
  if (name == "new_actor_length") return number(options.new_actor_length);
  if (name == "comma_min") return number(c.min);
  if (name == "comma_max") return number(c.max);
  if (name == "comma_bmin") return number(c.begin_min);
  if (name == "comma_bmax") return number(c.begin_max);
  if (name == "comma_emin") return number(c.end_min);
  if (name == "comma_emax") return number(c.end_max);
  if (name == "stop_on_error" || name == "write_actor_root" || name == "write_actor_text" ||
      name == "write_event_text")
    return Status();  // output and debugging settings
  return Status(ErrorCode::kInvalidArgument, "unknown PETRARCH option " + std::string(name));
}

}  // namespace herodotus::dict

namespace herodotus {

CodingOptions tabari_coding_options() {
  return CodingOptions();
}

CodingOptions petrarch_coding_options() {
  CodingOptions o;
  o.commas = {.enabled = true,
              .min = 2,
              .max = 8,
              .begin_min = 0,
              .begin_max = 0,
              .end_min = 2,
              .end_max = 8};
  return o;
}

CodingOptions herodotus_coding_options() {
  CodingOptions o = petrarch_coding_options();
  o.facts_only = true;
  o.resolve_pronouns = true;
  o.reported_speech = true;
  o.whole_names = true;
  o.null_patterns_code_nothing = true;
  o.clause_aware_commas = true;
  o.prefer_people = true;
  o.places_as_countries = true;
  o.require_dyad = false;
  o.unknown_side_needs_country = true;
  o.sources_can_act = true;
  o.political_side_required = false;
  o.list_members_interact = false;
  o.political_share_min = 0.4;
  o.sport_share_min = 0.3;
  o.noun_events = true;
  o.places_as_targets = true;
  o.story_country_for_agents = true;
  o.disasters_are_not_attacks = true;
  o.acts_on_people_need_people = true;
  o.acts_done_alone = true;
  o.surnames = true;
  o.bare_lemmas = true;
  o.people_out_of_office = true;
  o.recipients_as_targets = true;
  o.forces_are_no_visitors = true;
  o.named_roles_stand = true;
  o.speakers_for_bodies = true;
  o.reported_demands = true;
  o.targets_after_content = true;
  return o;
}

}  // namespace herodotus
