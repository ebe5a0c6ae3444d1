#include "validate/extract_eval.h"

#include <gumbo.h>
#include <simdjson.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "core/strings.h"
#include "html/extractor.h"
#include "html/page.h"
#include "validate/eval_support.h"

namespace herodotus::validate {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> files_in(const fs::path& dir) {
  std::vector<fs::path> files;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(dir, error))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

// L3S-GN1's gold: the text under spans of class x-nc-sel1 (headline) and x-nc-sel2 (full text).
void annotated_text(const GumboNode* node, bool inside, std::string& out, int depth = 0) {
  if (depth > 2 * html::kMaxDepth) return;
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
    if (inside) {
      out += node->v.text.text;
      out += ' ';
    }
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return;
  const GumboElement& e = node->v.element;
  if (e.tag == GUMBO_TAG_SCRIPT || e.tag == GUMBO_TAG_STYLE) return;
  if (const GumboAttribute* c = gumbo_get_attribute(&e.attributes, "class"); c != nullptr) {
    if (std::strcmp(c->value, "x-nc-sel1") == 0 || std::strcmp(c->value, "x-nc-sel2") == 0)
      inside = true;
    else if (std::strncmp(c->value, "x-nc-sel", 8) == 0)
      inside = false;
  }
  for (unsigned i = 0; i < e.children.length; ++i)
    annotated_text(static_cast<const GumboNode*>(e.children.data[i]), inside, out, depth + 1);
}

}  // namespace

std::vector<std::string> word_tokens(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  int32_t i = 0, n = static_cast<int32_t>(text.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c >= 0 && u_isalnum(c)) {
      UChar32 lower = u_tolower(c);
      char buffer[4];
      int32_t length = 0;
      U8_APPEND_UNSAFE(buffer, length, lower);
      word.append(buffer, static_cast<size_t>(length));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

PageScore score_tokens(std::string_view found, std::string_view gold) {
  std::unordered_map<std::string, int> gold_counts;
  size_t gold_total = 0, found_total = 0, common = 0;
  for (std::string& w : word_tokens(gold)) {
    ++gold_counts[std::move(w)];
    ++gold_total;
  }
  for (const std::string& w : word_tokens(found)) {
    ++found_total;
    auto it = gold_counts.find(w);
    if (it != gold_counts.end() && it->second > 0) {
      --it->second;
      ++common;
    }
  }
  PageScore s;
  s.precision = found_total == 0 ? (gold_total == 0 ? 1 : 0) : double(common) / double(found_total);
  s.recall = gold_total == 0 ? 1 : double(common) / double(gold_total);
  s.f1 = s.precision + s.recall == 0 ? 0 : 2 * s.precision * s.recall / (s.precision + s.recall);
  return s;
}

std::string gold_text(std::string_view file) {
  size_t start = file.find_first_not_of(" \t\r\n");
  if (start != std::string_view::npos && file.compare(start, 4, "URL:") == 0) {
    // cleanportaleval: drop the URL line and the <h>, <p>, <l> markers.
    std::string out;
    std::string_view rest = file.substr(file.find('\n', start) + 1);
    while (!rest.empty()) {
      size_t newline = rest.find('\n');
      std::string_view line = rest.substr(0, newline);
      rest.remove_prefix(newline == std::string_view::npos ? rest.size() : newline + 1);
      for (std::string_view marker : {"<h>", "<p>", "<l>"})
        if (line.substr(0, marker.size()) == marker) line.remove_prefix(marker.size());
      if (line.substr(0, 4) == "<!--") continue;  // "<!-- this page contains no article -->"
      out.append(line);
      out += '\n';
    }
    return out;
  }
  std::string page = html::page_to_utf8(file, html::sniff_charset(file));
  GumboOutput* output = gumbo_parse(page.c_str());
  std::string out;
  annotated_text(output->root, false, out);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return out;
}

Result<ExtractReport> run_extract_eval(const std::string& dir) {
  fs::path inputs = fs::path(dir) / "input", golds = fs::path(dir) / "GoldStandard";
  std::error_code error;
  if (!fs::is_directory(inputs, error) || !fs::is_directory(golds, error))
    return Status(ErrorCode::kNotFound, dir + ": expected folders input/ and GoldStandard/");
  ExtractReport report;
  for (const fs::path& page : files_in(inputs)) {
    fs::path gold_path = golds / (page.stem().string() + ".txt");
    auto gold = read_file(gold_path);
    if (!gold.ok()) continue;  // a page without its gold text is not scored
    auto html_bytes = read_file(page);
    if (!html_bytes.ok()) return html_bytes.status();
    html::Article article = html::extract_article(*html_bytes);
    PageScore s = score_tokens(article.text, gold_text(*gold));
    s.page = page.filename().string();
    report.precision += s.precision;
    report.recall += s.recall;
    report.f1 += s.f1;
    report.pages.push_back(std::move(s));
  }
  if (report.pages.empty()) return Status(ErrorCode::kNotFound, dir + ": no pages with gold text");
  double n = double(report.pages.size());
  report.precision /= n;
  report.recall /= n;
  report.f1 /= n;
  return report;
}

Result<TitleReport> run_title_eval(const std::string& dir) {
  std::error_code error;
  if (!fs::is_directory(dir, error)) return Status(ErrorCode::kNotFound, dir + ": not a folder");
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(dir, error))
    if (entry.is_directory() && fs::exists(entry.path() / "source.html") &&
        fs::exists(entry.path() / "expected-metadata.json"))
      cases.push_back(entry.path());
  std::sort(cases.begin(), cases.end());
  TitleReport report;
  simdjson::dom::parser parser;
  for (const fs::path& c : cases) {
    auto metadata = read_file(c / "expected-metadata.json");
    auto source = read_file(c / "source.html");
    if (!metadata.ok() || !source.ok()) continue;
    simdjson::dom::element root;
    std::string_view expected;
    if (parser.parse(*metadata).get(root) != simdjson::SUCCESS ||
        root["title"].get_string().get(expected) != simdjson::SUCCESS)
      continue;  // no expected title: not scored
    html::Article article = html::extract_article(*source);
    ++report.pages;
    std::string want = collapse_spaces(trim(expected));
    std::string got = collapse_spaces(trim(article.title));
    if (want == got)
      ++report.correct;
    else
      report.wrong.push_back({c.filename().string(), want, got});
  }
  return report;
}

}  // namespace herodotus::validate
