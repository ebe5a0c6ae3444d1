#include "html/page.h"

#include <unicode/ucsdet.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "core/utf8.h"
#include "herodotus/io.h"
#include "io/charset.h"

namespace herodotus::html {
namespace {

char lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

bool starts_with_nocase(std::string_view text, size_t at, std::string_view word) {
  if (at + word.size() > text.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if (lower(text[at + i]) != word[i]) return false;
  return true;
}

bool has_non_ascii(std::string_view bytes) {
  return std::any_of(bytes.begin(), bytes.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// WHATWG's encoding labels that name windows-1252 (the web's Latin-1), and UTF-16 declared in a
// page that was evidently read as ASCII.
std::string normalise_label(std::string label) {
  for (char& c : label) c = lower(c);
  if (label == "iso-8859-1" || label == "latin1" || label == "us-ascii" || label == "ascii" ||
      label == "iso8859-1" || label == "l1" || label == "cp1252")
    return "windows-1252";
  if (label.rfind("utf-16", 0) == 0 || label == "unicode") return "UTF-8";
  if (label == "utf8" || label == "unicode-1-1-utf-8") return "UTF-8";
  if (label == "x-sjis" || label == "shift-jis" || label == "sjis") return "Shift_JIS";
  return label;
}

// "charset=" in the first 4 KB, inside a <meta> tag: <meta charset="x"> or
// <meta http-equiv="Content-Type" content="text/html; charset=x">.
std::string meta_charset(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 4096);
  for (size_t at = 0; (at = head.find('<', at)) != std::string_view::npos; ++at) {
    if (!starts_with_nocase(head, at + 1, "meta")) continue;
    size_t end = head.find('>', at);
    if (end == std::string_view::npos) break;
    std::string tag;
    for (char c : head.substr(at, end - at)) tag += lower(c);
    size_t c = tag.find("charset");
    if (c == std::string::npos) continue;
    c += 7;
    while (c < tag.size() && (tag[c] == ' ' || tag[c] == '=' || tag[c] == '"' || tag[c] == '\''))
      ++c;
    size_t v = c;
    while (v < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[v])) || tag[v] == '-' ||
                              tag[v] == '_' || tag[v] == ':' || tag[v] == '.'))
      ++v;
    if (v > c) return tag.substr(c, v - c);
  }
  return {};
}

std::string detected_charset(std::string_view bytes) {
  UErrorCode error = U_ZERO_ERROR;
  UCharsetDetector* detector = ucsdet_open(&error);
  if (U_FAILURE(error)) return {};
  std::string_view sample = bytes.substr(0, 64 * 1024);
  ucsdet_setText(detector, sample.data(), static_cast<int32_t>(sample.size()), &error);
  ucsdet_enableInputFilter(detector, true);  // look past the markup
  const UCharsetMatch* match = ucsdet_detect(detector, &error);
  std::string name;
  if (U_SUCCESS(error) && match != nullptr) {
    const char* n = ucsdet_getName(match, &error);
    if (U_SUCCESS(error) && n != nullptr) name = n;
  }
  ucsdet_close(detector);
  // ICU names Latin text ISO-8859-1; browsers decode it as windows-1252.
  return name.empty() ? name : normalise_label(name);
}

}  // namespace

PageCharset sniff_charset(std::string_view bytes) {
  if (std::string_view bom = io::charset_from_bom(bytes); !bom.empty())
    return {std::string(bom), "byte order mark"};
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return {"UTF-8", "byte order mark"};
  const bool valid_utf8 = utf8::first_invalid(bytes) == bytes.size();
  std::string declared = meta_charset(bytes);
  if (!declared.empty()) {
    std::string name = normalise_label(declared);
    if (check_encoding(name).ok()) {
      // A page that declares a single-byte charset but holds valid non-ASCII UTF-8 was saved
      // as UTF-8 (a scraper's doing, or a template's stale declaration).
      if (name != "UTF-8" && valid_utf8 && has_non_ascii(bytes)) return {"UTF-8", "valid UTF-8"};
      return {name, "meta"};
    }
  }
  if (valid_utf8) return {"UTF-8", "valid UTF-8"};
  std::string guess = detected_charset(bytes);
  if (!guess.empty() && check_encoding(guess).ok()) return {guess, "detected"};
  return {"windows-1252", "default"};
}

std::string page_to_utf8(std::string_view bytes, const PageCharset& charset) {
  if (charset.name == "UTF-8") {
    std::string_view body = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? bytes.substr(3) : bytes;
    if (utf8::first_invalid(body) == body.size()) return std::string(body);
    size_t replaced = 0;
    return utf8::repair(body, &replaced);
  }
  auto converted = io::to_utf8(bytes, charset.name);
  if (converted.ok()) return std::move(converted).value();
  size_t replaced = 0;
  return utf8::repair(bytes, &replaced);
}

namespace {

// Elements whose contents are never article text; their bodies are dropped before parsing.
constexpr std::string_view kRawElements[] = {"script",   "style", "noscript",
                                             "template", "svg",   "textarea"};

// Elements with no end tag, and those whose end tag is often left out: neither deepens the
// nesting count.
bool keeps_depth(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "area", "base",  "br",     "col",    "embed", "hr",    "img",      "input",    "link",
      "meta", "param", "source", "track",  "wbr",   "p",     "li",       "dt",       "dd",
      "tr",   "td",    "th",     "option", "tbody", "thead", "colgroup", "!doctype", "image"};
  return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

}  // namespace

PreparedPage prepare_page(std::string_view in) {
  PreparedPage page;
  std::string& out = page.html;
  out.reserve(std::min(in.size(), kMaxParsedBytes) + 64);
  int depth = 0, dropped = 0;
  size_t i = 0;
  std::string name;
  while (i < in.size()) {
    if (out.size() >= kMaxParsedBytes) {
      page.truncated = true;
      break;
    }
    size_t lt = in.find('<', i);
    if (lt == std::string_view::npos) {
      out.append(in.substr(i));
      break;
    }
    out.append(in.substr(i, lt - i));
    i = lt;
    if (in.compare(i, 4, "<!--") == 0) {
      size_t end = in.find("-->", i + 4);
      i = end == std::string_view::npos ? in.size() : end + 3;
      continue;
    }
    bool closing = i + 1 < in.size() && in[i + 1] == '/';
    size_t n = i + (closing ? 2 : 1);
    name.clear();
    while (n < in.size() && (std::isalnum(static_cast<unsigned char>(in[n])) || in[n] == '!' ||
                             in[n] == '-' || in[n] == ':'))
      name += lower(in[n++]);
    if (name.empty()) {  // a '<' that opens no tag: "a < b"
      out += "&lt;";
      ++i;
      continue;
    }
    size_t gt = in.find('>', n);
    size_t tag_end = gt == std::string_view::npos ? in.size() : gt + 1;
    std::string_view tag = in.substr(i, tag_end - i);
    if (!closing && std::find(std::begin(kRawElements), std::end(kRawElements), name) !=
                        std::end(kRawElements)) {
      // Find the end tag; keep JSON-LD's body for the metadata.
      std::string end_tag = "</" + name;
      size_t close = tag_end;
      while (close < in.size()) {
        close = in.find("</", close);
        if (close == std::string_view::npos || starts_with_nocase(in, close, end_tag)) break;
        close += 2;
      }
      if (close == std::string_view::npos) {
        // No end tag: a damaged page. Drop the tag alone rather than the rest of the page.
        i = tag_end;
        continue;
      }
      if (name == "script") {
        std::string lower_tag;
        for (char c : tag) lower_tag += lower(c);
        if (lower_tag.find("ld+json") != std::string::npos)
          page.json_ld.emplace_back(in.substr(tag_end, close - tag_end));
      }
      size_t after = in.find('>', close);
      i = after == std::string_view::npos ? in.size() : after + 1;
      continue;
    }
    // A <title> left open would swallow the page as its text: close it at the next tag.
    if (!closing && name == "title") {
      size_t text_end = in.find('<', tag_end);
      if (text_end == std::string_view::npos) text_end = in.size();
      bool closed =
          starts_with_nocase(in, text_end, "</title") &&
          (text_end + 7 >= in.size() || in[text_end + 7] == '>' || in[text_end + 7] == '/' ||
           std::isspace(static_cast<unsigned char>(in[text_end + 7])));
      if (!closed) {
        out.append(tag);
        out.append(in.substr(tag_end, text_end - tag_end));
        out.append("</title>");
        i = text_end;
        continue;
      }
    }
    bool self_closing = tag.size() >= 2 && tag[tag.size() - 2] == '/';
    if (closing) {
      if (dropped > 0 && depth >= kMaxDepth) {
        --dropped;
      } else {
        if (!keeps_depth(name) && depth > 0) --depth;
        out.append(tag);
      }
    } else if (keeps_depth(name) || self_closing) {
      out.append(tag);
    } else if (depth >= kMaxDepth) {
      ++dropped;
      page.flattened = true;
    } else {
      ++depth;
      out.append(tag);
    }
    i = tag_end;
  }
  return page;
}

}  // namespace herodotus::html
