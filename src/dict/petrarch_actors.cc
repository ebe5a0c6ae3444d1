// PETRARCH's actors files (Phoenix.*.actors.txt: "ARNOR [ARN]", "+SYNONYM", "[CODE date]") and
// its agents file ("MAN {MEN} [~PAR]", with "!PERSON! = MAN, WOMAN" substitutions).
#include <string>
#include <unordered_map>

#include "dict/petrarch_reader.h"
#include "dict/petrarch_syntax.h"
#include "dict/phrase_syntax.h"
#include "dict/text_lines.h"

namespace herodotus::dict {
namespace {

// "!PERSON!" -> MAN, MEN, WOMAN
using Substitutions = std::unordered_map<std::string, std::vector<std::string>>;

// "!PERSON! = MAN, MEN, WOMAN"
void read_substitution(std::string_view body, Substitutions& substitutions) {
  size_t eq = body.find('=');
  std::string name = plain_upper(trim(body.substr(0, eq)));
  std::vector<std::string> items;
  for (std::string_view piece : split_at(body.substr(eq + 1), ',')) {
    std::string item = plain_upper(trim(piece));
    if (!item.empty()) items.push_back(item);
  }
  substitutions[name] = std::move(items);
}

// The phrases an agent's words (the line before its [code]) stand for: the words with each item
// of a !SUBSTITUTION! in its place; else the words and their plural, as written in braces
// ("{}": none) or the regular plural of the last word.
Result<std::vector<std::string>> agent_forms(std::string_view head,
                                             const Substitutions& substitutions) {
  std::string phrase_text;
  std::optional<std::string> plural;
  size_t brace = head.find('{');
  if (brace != std::string_view::npos) {
    size_t end = head.find('}', brace);
    plural = plain_upper(trim(head.substr(
        brace + 1, end == std::string_view::npos ? std::string_view::npos : end - brace - 1)));
    phrase_text = plain_upper(trim(head.substr(0, brace)));
  } else {
    phrase_text = plain_upper(trim(head));
  }
  std::vector<std::string> forms;
  size_t bang = phrase_text.find('!');
  size_t bang_end = bang == std::string::npos ? std::string::npos : phrase_text.find('!', bang + 1);
  if (bang != std::string::npos && bang_end != std::string::npos) {
    std::string name = phrase_text.substr(bang, bang_end - bang + 1);
    auto it = substitutions.find(name);
    if (it == substitutions.end()) return dictionary_error("unknown substitution " + name);
    for (const std::string& item : it->second)
      forms.push_back(phrase_text.substr(0, bang) + item + phrase_text.substr(bang_end + 1));
    return forms;
  }
  forms.push_back(phrase_text);
  if (!plural) {
    // The plural of the last word.
    size_t last = phrase_text.find_last_of("_ ");
    std::string stem = last == std::string::npos ? "" : phrase_text.substr(0, last + 1);
    std::string word = last == std::string::npos ? phrase_text : phrase_text.substr(last + 1);
    forms.push_back(stem + regular_plural(word));
  } else if (!plural->empty()) {
    forms.push_back(*plural);
  }
  return forms;
}

// Actors: "ARNOR [ARN]" starts an actor, "+SYNONYM" and "[CODE date]" lines add to it.
class ActorsFile {
 public:
  explicit ActorsFile(FileContext& ctx)
      : group_(ctx, petrarch_phrase, ActorGroupReader::Uncoded::kNullCode) {}

  void read(std::string_view body, size_t line) {
    if (body[0] == '[')
      group_.add_codes(body, line);
    else if (body[0] == '+')
      group_.add_synonym(body, line);
    else
      group_.start(body, line);
  }
  void finish() { group_.finish(); }

 private:
  ActorGroupReader group_;
};

// Agents: "!PERSON! = MAN, WOMAN" substitutions, and agent lines that may use them.
class AgentsFile {
 public:
  explicit AgentsFile(FileContext& ctx) : ctx_(ctx) {}

  void read(std::string_view body, size_t line) {
    if (body[0] == '!' && body.find('=') != std::string_view::npos)
      read_substitution(body, substitutions_);
    else
      read_agent(body, line);
  }
  void finish() {}

 private:
  // "MAN {MEN} [~PAR]", "REBEL [REB~]", "!PERSON! [~PER]"
  void read_agent(std::string_view body, size_t line) {
    size_t open = std::string_view::npos, close = std::string_view::npos;
    std::string_view code = code_inside(body, open, close);
    if (!has_brackets(ctx_, line, open, close, "agent without a [code]")) return;
    std::optional<AgentCode> agent_code = parse_agent_code(ctx_, line, code);
    if (!agent_code) return;
    Dictionary& d = ctx_.dictionary();
    AgentEntry agent;
    agent.code = d.codes.intern(plain_upper(agent_code->bare));
    agent.prefix = agent_code->prefix;
    agent.source = ctx_.at(line);
    auto index = static_cast<uint32_t>(d.agents.size());
    d.agents.push_back(agent);
    auto forms = agent_forms(body.substr(0, open), substitutions_);
    if (!forms.ok()) {
      ctx_.warn(line, forms.status().message());
      return;
    }
    for (const std::string& form : *forms) {
      auto phrase = petrarch_phrase(form);
      if (!phrase.ok()) {
        ctx_.warn(line, phrase.status().message());
        continue;
      }
      ctx_.add_root(std::move(phrase).value(), RootKind::kAgent, index, form, line);
    }
  }

  FileContext& ctx_;
  Substitutions substitutions_;
};

}  // namespace

Status read_petrarch_actors(const std::string& path, LoadedDictionaries& out) {
  return read_petrarch_file<ActorsFile>(path, out);
}

Status read_petrarch_agents(const std::string& path, LoadedDictionaries& out) {
  return read_petrarch_file<AgentsFile>(path, out);
}

}  // namespace herodotus::dict
