#include "code/bindings.h"

namespace herodotus::code {

std::string code_as_read(const CoderContext& ctx, const SentenceReading& r, const Chunk& c) {
  const int limit = ctx.options.new_actor_length;
  if (c.coded || limit <= 0 || c.words.empty()) return c.code;
  if (static_cast<int>(c.words.size()) - 1 >= limit) return c.code;
  if (r.wc(c.words[0]) == WordClass::kPronoun) return c.code;  // "it" is no actor
  std::string text;
  for (int w : c.words) {
    if (!text.empty()) text += " ";
    text += r.form(w);
  }
  return "\"" + text + "\"";
}

BoundCodes codes_of(const CoderContext& ctx, const SentenceReading& r, const Binding& b) {
  BoundCodes out;
  auto add = [&](int c) {
    const Chunk& chunk = r.chunks[static_cast<size_t>(c)];
    const std::string code = code_as_read(ctx, r, chunk);
    if (!code.empty() && code[0] == '"') {
      out.emplace_back(code, c);
      return;
    }
    size_t start = 0;
    while (start <= code.size()) {
      size_t slash = code.find('/', start);
      out.emplace_back(
          code.substr(start, slash == std::string::npos ? std::string::npos : slash - start), c);
      if (slash == std::string::npos) break;
      start = slash + 1;
    }
  };
  if (b.compound >= 0) {
    for (int c : r.compounds[static_cast<size_t>(b.compound)].chunks) {
      const Chunk& chunk = r.chunks[static_cast<size_t>(c)];
      if (code_as_read(ctx, r, chunk) != "---" && !chunk.words.empty() && !r.all_set_aside(chunk))
        add(c);
    }
    if (out.empty()) out.emplace_back("---", -1);
  } else if (b.chunk >= 0) {
    add(b.chunk);
  }
  return out;
}

std::string first_code(const CoderContext& ctx, const SentenceReading& r, const Binding& b) {
  BoundCodes codes = codes_of(ctx, r, b);
  return codes.empty() ? "---" : codes.front().first;
}

Binding default_source(const CoderContext& ctx, const SentenceReading& r,
                       const std::vector<Item>& upper) {
  Binding source;
  for (const Item& it : upper) {
    if (it.kind == Item::kEnterCompound) {
      Binding b;
      b.compound = it.index;
      if (first_code(ctx, r, b) != "---") return b;
    }
    if (it.kind == Item::kEnterChunk && r.chunks[static_cast<size_t>(it.index)].coded &&
        r.chunks[static_cast<size_t>(it.index)].compound < 0) {
      source.chunk = it.index;
      return source;
    }
  }
  for (const Item& it : upper)
    if (it.kind == Item::kEnterChunk) {
      source.chunk = it.index;
      return source;
    }
  return source;
}

}  // namespace herodotus::code
