// Getting an HTML page ready for the parser: its charset found and converted, and what a parser
// should never see taken out before it runs.
#ifndef HERODOTUS_HTML_PAGE_H_
#define HERODOTUS_HTML_PAGE_H_

#include <string>
#include <string_view>
#include <vector>

namespace herodotus::html {

// The most bytes of a page the parser reads once scripts and styles are gone; a longer page is
// cut there (news articles are a few hundred kilobytes at most).
constexpr size_t kMaxParsedBytes = size_t{16} << 20;
// Elements nested deeper than this are flattened: HTML5 parsers are quadratic in depth.
constexpr int kMaxDepth = 512;

struct PageCharset {
  std::string name;  // an ICU converter name; "UTF-8" when no conversion is needed
  std::string how;   // "byte order mark", "meta", "valid UTF-8", "detected", "default"
};

// The page's charset: its byte order mark; else a <meta charset> or http-equiv Content-Type in
// its first 4 KB (a declared single-byte charset loses to bytes that are valid, non-ASCII
// UTF-8, which no other charset produces by accident); else UTF-8 when the bytes are valid UTF-8;
// else what ICU's detector finds; else windows-1252, the web's default.
PageCharset sniff_charset(std::string_view bytes);

// The page as UTF-8 (invalid bytes as U+FFFD).
std::string page_to_utf8(std::string_view bytes, const PageCharset& charset);

struct PreparedPage {
  std::string html;                  // what the parser reads
  std::vector<std::string> json_ld;  // bodies of <script type="application/ld+json">
  bool flattened = false;            // tags past kMaxDepth were dropped
  bool truncated = false;            // the page was cut at kMaxParsedBytes
};

// Removes comments and the contents of script, style, noscript, template and svg elements
// (keeping JSON-LD aside), drops tags nested past kMaxDepth, and cuts the rest at
// kMaxParsedBytes. Linear in the page's size.
PreparedPage prepare_page(std::string_view utf8_html);

}  // namespace herodotus::html

#endif  // HERODOTUS_HTML_PAGE_H_
