#include "io/json_story.h"

namespace herodotus::io {

Status JsonStoryParser::parse(std::string& line, Story& story) {
  using namespace simdjson;
  // The DOM parser validates the whole record and picks the fastest kernel for this CPU at run
  // time; it needs SIMDJSON_PADDING readable bytes after the text.
  line.reserve(line.size() + SIMDJSON_PADDING);
  dom::element doc;
  if (auto error = parser_.parse(line.data(), line.size(), false).get(doc)) {
    return Status(ErrorCode::kMalformedJson,
                  std::string("malformed JSON: ") + error_message(error));
  }
  dom::object object;
  if (doc.get_object().get(object) != SUCCESS) {
    return Status(ErrorCode::kMalformedJson, "a JSON Lines record must be an object");
  }
  bool has_text = false, has_html = false;
  for (dom::key_value_pair field : object) {
    std::string_view key = field.key;
    std::string* target = nullptr;
    if (key == "id")
      target = &story.id;
    else if (key == "date")
      target = &story.date;
    else if (key == "text")
      target = &story.text;
    else if (key == "html")
      target = &story.html;
    else if (key == "title")
      target = &story.title;
    else if (key == "url")
      target = &story.url;
    else if (key == "source")
      target = &story.source;
    if (target == nullptr) continue;  // other fields are ignored
    dom::element value = field.value;
    switch (value.type()) {
      case dom::element_type::STRING: {
        std::string_view s;
        if (value.get_string().get(s) != SUCCESS) return Status(ErrorCode::kInternal, "string");
        target->assign(s);
        has_text |= target == &story.text;
        has_html |= target == &story.html;
        break;
      }
      case dom::element_type::NULL_VALUE:
        break;
      case dom::element_type::INT64:
      case dom::element_type::UINT64:
        if (target == &story.id) {
          *target = minify(value);
          break;
        }
        [[fallthrough]];
      default:
        return Status(ErrorCode::kMalformedJson,
                      "field '" + std::string(key) + "' must be a string");
    }
  }
  if (!has_text && !has_html) {
    return Status(ErrorCode::kMissingField, "the record has neither 'text' nor 'html'");
  }
  return Status();
}

}  // namespace herodotus::io
