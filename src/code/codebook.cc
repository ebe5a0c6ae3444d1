#include "code/codebook.h"

#include <cstdio>
#include <cstdlib>

namespace herodotus::embedded {
extern const std::string_view cameo;
}

namespace herodotus::code {

Result<Codebook> Codebook::parse(std::string_view tsv) {
  Codebook book;
  size_t line_number = 0;
  bool header = true;
  while (!tsv.empty()) {
    size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv.remove_prefix(nl == std::string_view::npos ? tsv.size() : nl + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string> fields;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      fields.emplace_back(
          line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    auto bad = [&](const std::string& why) {
      return Status(ErrorCode::kDictionary,
                    "cameo.tsv:" + std::to_string(line_number) + ": " + why);
    };
    if (fields.size() != 6) return bad("expected 6 tab-separated fields");
    CameoCode c;
    c.code = fields[0];
    c.root = fields[1];
    char* end = nullptr;
    c.quad_class = static_cast<int>(std::strtol(fields[2].c_str(), &end, 10));
    if (*end != '\0' || c.quad_class < 1 || c.quad_class > 4) return bad("quad_class must be 1-4");
    c.goldstein = std::strtod(fields[3].c_str(), &end);
    if (*end != '\0' || c.goldstein < -10 || c.goldstein > 10)
      return bad("goldstein must be in [-10, 10]");
    c.plover = fields[4] == "-" ? "" : fields[4];
    c.name = fields[5];
    if (c.code.compare(0, 2, c.root) != 0) return bad("root is not the start of the code");
    if (!book.index_.emplace(c.code, book.codes_.size()).second)
      return bad("duplicate code " + c.code);
    book.codes_.push_back(std::move(c));
  }
  return book;
}

const Codebook& Codebook::builtin() {
  static const Codebook* book = [] {
    auto parsed = parse(embedded::cameo);
    if (!parsed.ok()) {
      std::fprintf(stderr, "herodotus: built-in CAMEO codebook is broken: %s\n",
                   parsed.status().message().c_str());
      std::abort();
    }
    return new Codebook(std::move(parsed).value());
  }();
  return *book;
}

const CameoCode* Codebook::find(std::string_view code) const {
  auto it = index_.find(std::string(code));
  return it == index_.end() ? nullptr : &codes_[it->second];
}

}  // namespace herodotus::code

namespace herodotus {

const CameoCode* find_cameo_code(std::string_view code) {
  return code::Codebook::builtin().find(code);
}

const std::vector<CameoCode>& cameo_codes() {
  return code::Codebook::builtin().codes();
}

}  // namespace herodotus
