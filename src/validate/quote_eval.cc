#include "validate/quote_eval.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/utf8.h"
#include "dict/text_lines.h"
#include "herodotus/document.h"
#include "herodotus/pipeline.h"
#include "herodotus/stages.h"
#include "validate/eval_support.h"

namespace herodotus::validate {
namespace {

namespace fs = std::filesystem;

bool opens_with_quotation_mark(std::string_view s) {
  for (std::string_view mark : {"\"", "'", "\u201C", "\u2018", "\u201E", "\u00AB"})
    if (s.substr(0, mark.size()) == mark) return true;
  return false;
}

struct TextBound {
  std::string type;
  Span extent;  // characters
  size_t line = 0;
};

// One brat file: text-bound annotations ("T3\tContent 120 211;230 250\t...") and the
// attribution events tying them ("E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1").
Status read_annotation(const fs::path& path, const std::vector<uint32_t>& offsets,
                       PolnearArticle& article) {
  auto lines = dict::read_lines(path.string());
  if (!lines.ok()) return lines.status();
  std::map<std::string, TextBound> bounds;
  std::vector<std::pair<std::string, std::string>> content_source;  // T ids
  const uint32_t characters = static_cast<uint32_t>(offsets.size() - 1);
  for (size_t n = 0; n < lines->size(); ++n) {
    const std::string& line = (*lines)[n];
    auto where = [&] { return path.string() + ":" + std::to_string(n + 1) + ": "; };
    if (line.empty()) continue;
    size_t tab = line.find('\t');
    // A line without a tab continues the quoted text of a span that holds a line break.
    if (tab == std::string::npos) continue;
    std::string id = line.substr(0, tab);
    std::string rest = line.substr(tab + 1, line.find('\t', tab + 1) - tab - 1);
    if (id[0] == 'T') {
      std::istringstream in(rest);
      TextBound bound;
      bound.line = n + 1;
      in >> bound.type;
      // "120 211;230 250": fragments, in any order; the extent runs from the first start to
      // the last end.
      std::string offsets_text;
      std::getline(in, offsets_text);
      std::replace(offsets_text.begin(), offsets_text.end(), ';', ' ');
      std::istringstream numbers(offsets_text);
      long begin = -1, end = -1, a = 0, b = 0;
      while (numbers >> a >> b) {
        if (begin < 0 || a < begin) begin = a;
        end = std::max(end, b);
      }
      if (begin < 0 || end < begin || end > characters)
        return Status(ErrorCode::kInvalidArgument, where() + "bad offsets '" + offsets_text + "'");
      bound.extent = {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
      bounds[id] = bound;
    } else if (id[0] == 'E') {
      std::istringstream in(rest);
      std::string role, content, source;
      while (in >> role) {
        size_t colon = role.find(':');
        if (colon == std::string::npos) continue;
        std::string name = role.substr(0, colon), target = role.substr(colon + 1);
        if (name == "Content") content = target;
        if (name == "Source") source = target;
      }
      if (!content.empty()) content_source.emplace_back(content, source);
    }
  }
  std::map<std::string, size_t> quote_of;  // Content id -> index in article.quotes
  auto bytes = [&](Span characters_span) {
    return Span{offsets[characters_span.begin], offsets[characters_span.end]};
  };
  for (const auto& [content, source] : content_source) {
    auto c = bounds.find(content);
    if (c == bounds.end()) continue;
    Span span = bytes(c->second.extent);
    if (!opens_with_quotation_mark(span.of(article.text))) {
      article.indirect.push_back(span);
      continue;
    }
    auto [it, added] = quote_of.emplace(content, article.quotes.size());
    if (added) article.quotes.push_back({span, {}, c->second.line});
    auto s = bounds.find(source);
    if (s != bounds.end()) article.quotes[it->second].sources.push_back(bytes(s->second.extent));
  }
  return Status::ok_status();
}

uint32_t overlap(Span a, Span b) {
  uint32_t begin = std::max(a.begin, b.begin), end = std::min(a.end, b.end);
  return end > begin ? end - begin : 0;
}

bool matches(Span a, Span b) {
  uint32_t shorter = std::min(a.end - a.begin, b.end - b.begin);
  return shorter > 0 && 2 * overlap(a, b) >= shorter;
}

}  // namespace

Result<std::vector<PolnearArticle>> read_polnear(const std::string& dir) {
  std::error_code error;
  fs::path texts = fs::path(dir) / "text", annotations = fs::path(dir) / "attributions";
  if (!fs::is_directory(texts, error) || !fs::is_directory(annotations, error))
    return Status(ErrorCode::kNotFound, dir + ": expected folders text/ and attributions/");
  std::map<std::string, fs::path> first_annotation;  // article name -> its first .ann
  for (const auto& entry : fs::directory_iterator(annotations, error)) {
    std::string file = entry.path().filename().string();
    size_t underscore = file.rfind('_');
    if (entry.path().extension() != ".ann" || underscore == std::string::npos) continue;
    std::string name = file.substr(0, underscore);
    auto it = first_annotation.find(name);
    if (it == first_annotation.end() || entry.path() < it->second)
      first_annotation[name] = entry.path();
  }
  std::vector<PolnearArticle> articles;
  for (const auto& [name, annotation] : first_annotation) {
    auto text = read_file(texts / (name + ".txt"));
    if (!text.ok()) return text.status();
    PolnearArticle article;
    article.name = name;
    article.annotation = annotation.string();
    article.text = std::move(text).value();
    Status status = read_annotation(annotation, code_point_offsets(article.text), article);
    if (!status.ok()) return status;
    articles.push_back(std::move(article));
  }
  return articles;
}

QuoteEvalReport run_quote_eval(const std::vector<PolnearArticle>& articles) {
  auto stages = segmentation_stages();
  stages.push_back(make_quote_finder());
  auto pipeline = std::move(Pipeline::create(std::move(stages))).value();
  QuoteEvalReport report;
  for (const PolnearArticle& article : articles) {
    Document doc = run_record(pipeline, article.name, article.text);
    struct Found {
      Span span, speaker;
    };
    std::vector<Found> found;
    for (const Quote& q : doc.quotes()) {
      if (q.partial) {
        ++report.partial;
        Span span = doc.to_original(q.span);
        auto inside = [&](Span c) { return overlap(span, c) > 0; };
        if (std::any_of(article.indirect.begin(), article.indirect.end(), inside) ||
            std::any_of(article.quotes.begin(), article.quotes.end(),
                        [&](const GoldQuote& g) { return inside(g.content); }))
          ++report.partial_in_content;
        continue;
      }
      found.push_back(
          {doc.to_original(q.span), q.has_speaker() ? doc.to_original(q.speaker) : Span{}});
    }
    ++report.articles;
    report.gold += article.quotes.size();
    report.found += found.size();
    for (const Found& f : found) {
      bool correct = std::any_of(article.quotes.begin(), article.quotes.end(),
                                 [&](const GoldQuote& g) { return matches(f.span, g.content); });
      if (correct) {
        ++report.found_correct;
        continue;
      }
      report.spurious.push_back({&article, f.span, std::string(f.speaker.of(article.text)), 0});
      if (std::any_of(article.indirect.begin(), article.indirect.end(),
                      [&](Span c) { return overlap(f.span, c) > 0; }))
        ++report.spurious_in_indirect;
    }
    for (const GoldQuote& g : article.quotes) {
      const Found* best = nullptr;
      for (const Found& f : found)
        if (matches(f.span, g.content) &&
            (best == nullptr || overlap(f.span, g.content) > overlap(best->span, g.content)))
          best = &f;
      std::string source = g.sources.empty() ? "" : std::string(g.sources[0].of(article.text));
      if (best == nullptr) {
        report.missed.push_back({&article, g.content, source, g.line});
        continue;
      }
      ++report.gold_matched;
      if (g.sources.empty()) continue;
      ++report.with_source;
      bool right = std::any_of(g.sources.begin(), g.sources.end(),
                               [&](Span s) { return overlap(s, best->speaker) > 0; });
      if (right)
        ++report.speaker_correct;
      else
        report.wrong_speaker.push_back(
            {&article, g.content,
             source + " / found: " + std::string(best->speaker.of(article.text)), g.line});
    }
  }
  return report;
}

}  // namespace herodotus::validate
