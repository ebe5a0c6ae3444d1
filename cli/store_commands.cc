// What reads the event store that `herodotus code --db` writes:
//   herodotus export --db FILE [--format csv|jsonl] [--dedup] [filters]
//   herodotus query events|dyads|daily|summary --db FILE [--format table|csv|json] [filters]
// Filters: --source and --target (actor code prefixes), --from and --to (dates), --root.
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>

#include "commands.h"
#include "common.h"
#include "herodotus/cameo.h"
#include "herodotus/store.h"
#include "result_table.h"

namespace herodotus::cli {
namespace {

struct StoreOptions {
  std::string db = "herodotus.db";
  std::string format;
  bool dedup = false;
  size_t limit = 0;
  store::EventFilter filter;
};

void add_store_options(CLI::App& command, StoreOptions& options, bool with_limit) {
  command.add_option("--db", options.db,
                     "The store: a SQLite file or a postgresql:// URL (default herodotus.db)");
  command.add_option("--source", options.filter.source,
                     "Only events whose source actor code starts so (\"BLR\", \"RUSMIL\")");
  command.add_option("--target", options.filter.target,
                     "Only events whose target actor code starts so");
  command.add_option("--from", options.filter.from,
                     "Only events on or after this date (YYYY-MM-DD)");
  command.add_option("--to", options.filter.to, "Only events on or before this date (YYYY-MM-DD)");
  command.add_option("--root", options.filter.root, "Only events of this CAMEO root code (\"19\")");
  command.add_flag("--dedup", options.dedup,
                   "Count events of the same date, source, target and code once, keeping the "
                   "ids of the others (the Phoenix one-a-day rule)");
  if (with_limit) command.add_option("--limit", options.limit, "At most this many rows");
}

// Checks the filters (dates to YYYY-MM-DD, actor prefixes of code letters) and opens the store
// for reading; prints the problem and sets `code` when either fails.
std::unique_ptr<store::Store> open_store(StoreOptions& options, int& code) {
  code = kExitUsage;
  for (std::string* date : {&options.filter.from, &options.filter.to}) {
    if (date->empty()) continue;
    auto normalized = normalize_date(*date);
    if (!normalized.ok()) {
      std::fprintf(stderr, "herodotus: %s: not a date (YYYY-MM-DD)\n", date->c_str());
      return nullptr;
    }
    *date = *normalized;
  }
  for (const std::string* prefix : {&options.filter.source, &options.filter.target})
    if (prefix->find_first_not_of(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-") !=
        std::string::npos) {
      std::fprintf(stderr, "herodotus: %s: not an actor code (letters, digits and -)\n",
                   prefix->c_str());
      return nullptr;
    }
  // Reading never creates a store: a mistyped name is an error, not an empty answer.
  std::error_code error;
  if (!store::is_postgresql(options.db) && !std::filesystem::is_regular_file(options.db, error)) {
    std::fprintf(stderr, "herodotus: %s: no such store (write one with `herodotus code --db`)\n",
                 options.db.c_str());
    return nullptr;
  }
  auto store = store::Store::open(options.db, store::Store::Mode::kRead);
  if (!store.ok()) {
    std::fprintf(stderr, "herodotus: %s\n", store.status().message().c_str());
    return nullptr;
  }
  code = kExitOk;
  return std::move(store).value();
}

int report_failure(const Status& status) {
  if (status.ok()) return kExitOk;
  std::fprintf(stderr, "herodotus: %s\n", status.message().c_str());
  return kExitUsage;
}

std::optional<std::string> text(const std::optional<double>& v) {
  if (!v) return std::nullopt;
  return number_text(*v);
}

// The export's columns: close to GDELT's event table (docs/output-schema.md).
int run_export(StoreOptions options) {
  int code = kExitOk;
  auto store = open_store(options, code);
  if (!store) return code;
  ResultTable table;
  for (const char* c : {"date", "source_code", "source_name", "source_country", "target_code",
                        "target_name", "target_country", "cameo", "root"})
    table.add_column(c);
  table.add_column("quad_class", true);
  table.add_column("goldstein", true);
  for (const char* c : {"plover", "location_name", "location_country"}) table.add_column(c);
  table.add_column("location_lat", true);
  table.add_column("location_lon", true);
  table.add_column("story_id");
  table.add_column("event_id", true);
  table.add_column("sentence_id", true);
  table.add_column("url");
  table.add_column("duplicates");
  TableFormat format = options.format == "jsonl" || options.format == "json"
                           ? TableFormat::kJsonLines
                           : TableFormat::kCsv;
  std::string out;
  bool header = true;
  // Written in pieces: an export of millions of events does not wait in memory.
  auto flush = [&](bool last) {
    if (table.rows.size() < 4096 && !last) return;
    std::string text_out;
    write_result(table, format, text_out);
    table.rows.clear();
    if (!header && format == TableFormat::kCsv) text_out.erase(0, text_out.find("\r\n") + 2);
    header = false;
    write_stdout(text_out);
  };
  Status status =
      store->read_events(options.filter, options.dedup, [&](const store::EventRecord& e) {
        std::string duplicates;
        for (const std::string& d : e.duplicates) duplicates += (duplicates.empty() ? "" : ";") + d;
        table.rows.push_back(
            {e.date,
             e.source_code,
             e.source_name,
             e.source_country,
             e.target_code,
             e.target_name,
             e.target_country,
             e.cameo,
             e.root,
             e.quad_class ? std::optional(std::to_string(*e.quad_class)) : std::nullopt,
             text(e.goldstein),
             e.plover,
             e.location_name,
             e.location_country,
             text(e.location_lat),
             text(e.location_lon),
             e.story_id,
             std::to_string(e.event_id),
             std::to_string(e.sentence_id),
             e.url,
             options.dedup ? std::optional(duplicates) : std::nullopt});
        flush(false);
      });
  if (status.ok()) flush(true);
  return report_failure(status);
}

std::string event_name(const std::string& cameo) {
  const CameoCode* c = find_cameo_code(cameo);
  return c != nullptr ? c->name : "";
}

int query_events(const StoreOptions& options, store::Store& store, ResultTable& table) {
  table.add_column("date");
  table.add_column("source");
  table.add_column("target");
  table.add_column("cameo");
  table.add_column("event");
  table.add_column("goldstein", true);
  table.add_column("location");
  table.add_column("story_id");
  table.add_column("event_id", true);
  if (options.dedup) table.add_column("duplicates", true);
  Status status =
      store.read_events(options.filter, options.dedup, [&](const store::EventRecord& e) {
        if (options.limit > 0 && table.rows.size() >= options.limit) return;
        table.rows.push_back({e.date, e.source_code, e.target_code, e.cameo, event_name(e.cameo),
                              text(e.goldstein), e.location_name, e.story_id,
                              std::to_string(e.event_id)});
        if (options.dedup) table.rows.back().push_back(std::to_string(e.duplicates.size()));
      });
  return report_failure(status);
}

struct Tally {
  size_t events = 0;
  size_t scored = 0;  // events with a Goldstein score (codes outside CAMEO have none)
  double goldstein = 0;
  std::string first, last;
};

void add(Tally& t, const store::EventRecord& e) {
  ++t.events;
  if (e.goldstein) {
    ++t.scored;
    t.goldstein += *e.goldstein;
  }
  if (e.date) {
    if (t.first.empty() || *e.date < t.first) t.first = *e.date;
    if (*e.date > t.last) t.last = *e.date;
  }
}

using Dyad = std::pair<std::string, std::string>;

Dyad dyad_of(const store::EventRecord& e) {
  return {e.source_code.value_or("-"), e.target_code.value_or("-")};
}

int query_dyads(const StoreOptions& options, store::Store& store, ResultTable& table) {
  std::map<Dyad, Tally> dyads;
  Status status =
      store.read_events(options.filter, options.dedup,
                        [&](const store::EventRecord& e) { add(dyads[dyad_of(e)], e); });
  if (!status.ok()) return report_failure(status);
  std::vector<std::pair<Dyad, Tally>> sorted(dyads.begin(), dyads.end());
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.second.events > b.second.events; });
  table.add_column("source");
  table.add_column("target");
  table.add_column("events", true);
  table.add_column("goldstein_sum", true);
  table.add_column("goldstein_mean", true);
  table.add_column("first");
  table.add_column("last");
  size_t limit = options.limit > 0 ? options.limit : 10;
  for (const auto& [dyad, t] : sorted) {
    if (table.rows.size() >= limit) break;
    table.rows.push_back(
        {dyad.first, dyad.second, std::to_string(t.events), number_text(t.goldstein),
         t.scored > 0 ? std::optional(number_text(t.goldstein / double(t.scored))) : std::nullopt,
         t.first.empty() ? std::nullopt : std::optional(t.first),
         t.last.empty() ? std::nullopt : std::optional(t.last)});
  }
  return kExitOk;
}

int query_daily(const StoreOptions& options, store::Store& store, ResultTable& table) {
  std::map<std::pair<std::string, Dyad>, Tally> days;
  Status status =
      store.read_events(options.filter, options.dedup, [&](const store::EventRecord& e) {
        if (e.date) add(days[{*e.date, dyad_of(e)}], e);
      });
  if (!status.ok()) return report_failure(status);
  table.add_column("date");
  table.add_column("source");
  table.add_column("target");
  table.add_column("events", true);
  table.add_column("goldstein_sum", true);
  for (const auto& [key, t] : days) {
    if (options.limit > 0 && table.rows.size() >= options.limit) break;
    table.rows.push_back({key.first, key.second.first, key.second.second, std::to_string(t.events),
                          number_text(t.goldstein)});
  }
  return kExitOk;
}

// `s` and spaces up to `width` code points.
std::string padded(std::string s, size_t width) {
  size_t points = display_width(s);
  if (points < width) s.append(width - points, ' ');
  return s;
}

// A list of the summary: at most `limit` lines, then how many more there were.
class SummarySection {
 public:
  SummarySection(std::string& out, size_t limit) : out_(out), limit_(limit) {}
  // Whether the next line is to be written.
  bool room() { return ++seen_ <= limit_; }
  void end() {
    if (seen_ > limit_) out_ += "  ... and " + std::to_string(seen_ - limit_) + " more\n";
  }

 private:
  std::string& out_;
  size_t limit_;
  size_t seen_ = 0;
};

// The readable summary `make run` prints: what the store holds, its events as "date  source ->
// target  code name", its quotations with their speakers and its places.
int query_summary(const StoreOptions& options, store::Store& store) {
  size_t limit = options.limit > 0 ? options.limit : 40;
  auto counts = store.counts();
  if (!counts.ok()) return report_failure(counts.status());
  std::string out = "Stored: ";
  for (size_t i = 0; i < counts->size(); ++i) {
    const auto& [name, n] = (*counts)[i];
    if (name == "actors") continue;
    out += (i > 0 ? ", " : "") + std::to_string(n) + " " + name;
  }
  out += "\n\nEvents\n";
  SummarySection events(out, limit);
  Status status =
      store.read_events(options.filter, options.dedup, [&](const store::EventRecord& e) {
        if (!events.room()) return;
        out += "  " + padded(e.date.value_or("no date"), 10) + "  " +
               padded(e.source_code.value_or("-"), 10) + " → " +
               padded(e.target_code.value_or("-"), 10) + "  " + padded(e.cameo, 4) + " " +
               event_name(e.cameo);
        if (e.location_name) out += "  @ " + *e.location_name;
        out += '\n';
      });
  if (!status.ok()) return report_failure(status);
  events.end();

  out += "\nQuotes\n";
  SummarySection quotes(out, limit);
  status = store.query(
      "SELECT q.text, q.speaker_name, q.speaker_code, q.story_id FROM quotes q ORDER BY "
      "q.story_id, q.quote_id",
      {}, [&](const store::Row& r) {
        if (!quotes.room()) return;
        std::string quote = r[0].value_or("");
        if (quote.size() > 90) {
          size_t cut = 87;
          while (cut > 0 && (static_cast<unsigned char>(quote[cut]) & 0xC0) == 0x80) --cut;
          quote = quote.substr(0, cut) + "...";
        }
        out += "  \"" + quote + "\"  -- " + r[1].value_or("(speaker unknown)");
        if (r[2]) out += " (" + *r[2] + ")";
        out += '\n';
      });
  if (!status.ok()) return report_failure(status);
  quotes.end();

  out += "\nPlaces (where events happen, most named first)\n";
  SummarySection places(out, limit);
  status = store.query(
      "SELECT name, country, kind, MIN(lat), MIN(lon), COUNT(*) AS mentions FROM places WHERE "
      "role = $1 GROUP BY name, country, kind ORDER BY mentions DESC, name",
      std::vector<store::Value>{std::string("location")}, [&](const store::Row& r) {
        if (!places.room()) return;
        char coordinates[64];
        std::snprintf(coordinates, sizeof coordinates, "%7.2f %8.2f",
                      std::strtod(r[3].value_or("0").c_str(), nullptr),
                      std::strtod(r[4].value_or("0").c_str(), nullptr));
        out += "  " + padded(r[0].value_or(""), 24) + " " + r[1].value_or("") + "  " +
               padded(r[2].value_or(""), 7) + " " + coordinates + "  " + r[5].value_or("0") +
               " mention(s)\n";
      });
  if (!status.ok()) return report_failure(status);
  places.end();
  write_stdout(out);
  return kExitOk;
}

enum class Question { kEvents, kDyads, kDaily, kSummary };

int run_query(StoreOptions options, Question question) {
  int code = kExitOk;
  auto store = open_store(options, code);
  if (!store) return code;
  if (question == Question::kSummary) return query_summary(options, *store);
  ResultTable table;
  switch (question) {
    case Question::kEvents:
      code = query_events(options, *store, table);
      break;
    case Question::kDyads:
      code = query_dyads(options, *store, table);
      break;
    default:
      code = query_daily(options, *store, table);
      break;
  }
  if (code != kExitOk) return code;
  std::string out;
  write_result(table, resolve_table_format(options.format), out);
  write_stdout(out);
  return kExitOk;
}

}  // namespace

void add_export_command(CLI::App& app, std::function<int()>& action) {
  auto options = std::make_shared<StoreOptions>();
  CLI::App* command = app.add_subcommand(
      "export", "Events of a store as CSV (GDELT-like columns) or JSON Lines, to standard output");
  add_store_options(*command, *options, false);
  command->add_option("--format", options->format, "csv (default) or jsonl")
      ->check(CLI::IsMember({"csv", "jsonl", "json"}));
  command->callback([options, &action] { action = [options] { return run_export(*options); }; });
}

void add_query_command(CLI::App& app, std::function<int()>& action) {
  CLI::App* query = app.add_subcommand("query", "Ask a store the common questions");
  query->require_subcommand(1);
  struct Spec {
    const char* name;
    const char* help;
    Question question;
  };
  for (const Spec& spec :
       {Spec{"events", "The events, by date", Question::kEvents},
        Spec{"dyads", "The dyads with the most events (10 unless --limit)", Question::kDyads},
        Spec{"daily", "Events and Goldstein sums per day and dyad", Question::kDaily},
        Spec{"summary", "What the store holds, for people: events, quotes and places",
             Question::kSummary}}) {
    auto options = std::make_shared<StoreOptions>();
    CLI::App* command = query->add_subcommand(spec.name, spec.help);
    add_store_options(*command, *options, true);
    if (spec.question != Question::kSummary)
      command
          ->add_option("--format", options->format,
                       "table (default on a terminal), csv (default otherwise) or json")
          ->check(CLI::IsMember({"table", "csv", "json", "jsonl"}));
    Question question = spec.question;
    command->callback([options, question, &action] {
      action = [options, question] { return run_query(*options, question); };
    });
  }
}

}  // namespace herodotus::cli
