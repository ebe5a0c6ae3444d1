#include "html/json_ld.h"

#include <simdjson.h>

#include <algorithm>

#include "html/page_text.h"

namespace herodotus::html {
namespace {

std::string json_string(simdjson::dom::element e) {
  std::string_view s;
  if (e.get_string().get(s) == simdjson::SUCCESS) return std::string(s);
  return {};
}

void read_authors(simdjson::dom::element e, std::vector<std::string>& out) {
  simdjson::dom::array array;
  if (e.get_array().get(array) == simdjson::SUCCESS) {
    for (simdjson::dom::element a : array) read_authors(a, out);
    return;
  }
  std::string name = json_string(e);
  simdjson::dom::element n;
  if (name.empty() && e["name"].get(n) == simdjson::SUCCESS) name = json_string(n);
  name = collapse(name);
  if (!name.empty() && std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
}

bool is_article_type(simdjson::dom::element e) {
  simdjson::dom::element type;
  if (e["@type"].get(type) != simdjson::SUCCESS) return false;
  auto article = [](std::string_view t) {
    return t.find("Article") != std::string_view::npos || t == "BlogPosting" || t == "Report" ||
           t == "LiveBlogPosting";
  };
  std::string_view t;
  if (type.get_string().get(t) == simdjson::SUCCESS) return article(t);
  simdjson::dom::array types;
  if (type.get_array().get(types) == simdjson::SUCCESS)
    for (simdjson::dom::element x : types)
      if (x.get_string().get(t) == simdjson::SUCCESS && article(t)) return true;
  return false;
}

void find_article(simdjson::dom::element e, JsonLdArticle& out, int depth = 0) {
  if (depth > 8) return;
  simdjson::dom::array array;
  if (e.get_array().get(array) == simdjson::SUCCESS) {
    for (simdjson::dom::element x : array) find_article(x, out, depth + 1);
    return;
  }
  simdjson::dom::object object;
  if (e.get_object().get(object) != simdjson::SUCCESS) return;
  simdjson::dom::element graph;
  if (e["@graph"].get(graph) == simdjson::SUCCESS) find_article(graph, out, depth + 1);
  if (!is_article_type(e)) return;
  simdjson::dom::element v;
  if (out.headline.empty() && e["headline"].get(v) == simdjson::SUCCESS)
    out.headline = collapse(json_string(v));
  if (out.name.empty() && e["name"].get(v) == simdjson::SUCCESS)
    out.name = collapse(json_string(v));
  if (out.body.empty() && e["articleBody"].get(v) == simdjson::SUCCESS) out.body = json_string(v);
  if (out.published.empty() && e["datePublished"].get(v) == simdjson::SUCCESS)
    out.published = json_string(v);
  if (out.lang.empty() && e["inLanguage"].get(v) == simdjson::SUCCESS) out.lang = json_string(v);
  if (out.url.empty() && e["url"].get(v) == simdjson::SUCCESS) out.url = json_string(v);
  if (out.authors.empty() && e["author"].get(v) == simdjson::SUCCESS) read_authors(v, out.authors);
}

}  // namespace

JsonLdArticle read_json_ld(const std::vector<std::string>& scripts) {
  JsonLdArticle article;
  simdjson::dom::parser parser;
  for (const std::string& script : scripts) {
    // Some pages wrap the JSON in CDATA or comment markers.
    std::string_view json = trim(script);
    for (std::string_view open : {"//<![CDATA[", "<![CDATA[", "<!--"})
      if (json.substr(0, open.size()) == open) json = trim(json.substr(open.size()));
    for (std::string_view close : {"//]]>", "]]>", "-->"})
      if (json.size() >= close.size() && json.substr(json.size() - close.size()) == close)
        json = trim(json.substr(0, json.size() - close.size()));
    simdjson::dom::element root;
    if (parser.parse(json.data(), json.size(), true).get(root) != simdjson::SUCCESS)
      continue;  // malformed: ignored
    find_article(root, article);
  }
  return article;
}

std::string body_paragraphs(const std::string& body) {
  std::string out;
  std::string_view rest = body;
  while (!rest.empty()) {
    size_t newline = rest.find('\n');
    std::string_view line = rest.substr(0, newline);
    rest.remove_prefix(newline == std::string_view::npos ? rest.size() : newline + 1);
    std::string p = collapse(line);
    if (p.empty()) continue;
    if (!out.empty()) out += "\n\n";
    out += p;
  }
  return out;
}

}  // namespace herodotus::html
