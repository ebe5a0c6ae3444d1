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

// One page's preparation: its markup scanned from the first tag to the last.
class Preparer {
 public:
  explicit Preparer(std::string_view in) : in_(in), out_(page_.html) {
    out_.reserve(std::min(in.size(), kMaxParsedBytes) + 64);
  }

  PreparedPage run() {
    while (i_ < in_.size()) {
      if (out_.size() >= kMaxParsedBytes) {
        page_.truncated = true;
        break;
      }
      size_t lt = in_.find('<', i_);
      if (lt == std::string_view::npos) {
        out_.append(in_.substr(i_));
        break;
      }
      out_.append(in_.substr(i_, lt - i_));
      i_ = lt;
      markup();
    }
    return std::move(page_);
  }

 private:
  // At a '<': a comment, a tag, or a '<' that opens none ("a < b").
  void markup() {
    if (in_.compare(i_, 4, "<!--") == 0) {
      size_t end = in_.find("-->", i_ + 4);
      i_ = end == std::string_view::npos ? in_.size() : end + 3;
      return;
    }
    bool closing = i_ + 1 < in_.size() && in_[i_ + 1] == '/';
    size_t n = i_ + (closing ? 2 : 1);
    name_.clear();
    while (n < in_.size() && (std::isalnum(static_cast<unsigned char>(in_[n])) || in_[n] == '!' ||
                              in_[n] == '-' || in_[n] == ':'))
      name_ += lower(in_[n++]);
    if (name_.empty()) {
      out_ += "&lt;";
      ++i_;
      return;
    }
    size_t gt = in_.find('>', n);
    size_t tag_end = gt == std::string_view::npos ? in_.size() : gt + 1;
    std::string_view tag = in_.substr(i_, tag_end - i_);
    if (!closing && std::find(std::begin(kRawElements), std::end(kRawElements), name_) !=
                        std::end(kRawElements)) {
      drop_raw_element(tag, tag_end);
      return;
    }
    if (!closing && name_ == "title" && closed_title(tag, tag_end)) return;
    keep_tag(tag, closing);
    i_ = tag_end;
  }

  // A raw element's tag and body, up to its end tag, are dropped; JSON-LD's body is kept for the
  // metadata.
  void drop_raw_element(std::string_view tag, size_t tag_end) {
    std::string end_tag = "</" + name_;
    size_t close = tag_end;
    while (close < in_.size()) {
      close = in_.find("</", close);
      if (close == std::string_view::npos || starts_with_nocase(in_, close, end_tag)) break;
      close += 2;
    }
    if (close == std::string_view::npos) {
      // No end tag: a damaged page. Drop the tag alone rather than the rest of the page.
      i_ = tag_end;
      return;
    }
    if (name_ == "script") {
      std::string lower_tag;
      for (char c : tag) lower_tag += lower(c);
      if (lower_tag.find("ld+json") != std::string::npos)
        page_.json_ld.emplace_back(in_.substr(tag_end, close - tag_end));
    }
    size_t after = in_.find('>', close);
    i_ = after == std::string_view::npos ? in_.size() : after + 1;
  }

  // A <title> left open would swallow the page as its text: it is closed at the next tag. False
  // when the title is closed already (the tag is kept as any other).
  bool closed_title(std::string_view tag, size_t tag_end) {
    size_t text_end = in_.find('<', tag_end);
    if (text_end == std::string_view::npos) text_end = in_.size();
    bool closed =
        starts_with_nocase(in_, text_end, "</title") &&
        (text_end + 7 >= in_.size() || in_[text_end + 7] == '>' || in_[text_end + 7] == '/' ||
         std::isspace(static_cast<unsigned char>(in_[text_end + 7])));
    if (closed) return false;
    out_.append(tag);
    out_.append(in_.substr(tag_end, text_end - tag_end));
    out_.append("</title>");
    i_ = text_end;
    return true;
  }

  // Keeps a tag, unless it opens an element past kMaxDepth (or closes one that was dropped).
  void keep_tag(std::string_view tag, bool closing) {
    bool self_closing = tag.size() >= 2 && tag[tag.size() - 2] == '/';
    if (closing) {
      if (dropped_ > 0 && depth_ >= kMaxDepth) {
        --dropped_;
      } else {
        if (!keeps_depth(name_) && depth_ > 0) --depth_;
        out_.append(tag);
      }
    } else if (keeps_depth(name_) || self_closing) {
      out_.append(tag);
    } else if (depth_ >= kMaxDepth) {
      ++dropped_;
      page_.flattened = true;
    } else {
      ++depth_;
      out_.append(tag);
    }
  }

  std::string_view in_;
  PreparedPage page_;
  std::string& out_;  // page_.html
  size_t i_ = 0;      // where the scan is in `in_`
  int depth_ = 0, dropped_ = 0;
  std::string name_;  // the current tag's name, lower case
};

}  // namespace

PreparedPage prepare_page(std::string_view in) {
  return Preparer(in).run();
}

}  // namespace herodotus::html
