// code_story: codes a story with the built-in dictionaries and prints one line per event and per
// quotation, through the installed library's public headers alone. Build it out of tree against
// an installed Herodotus (docs/building.md):
//
//   cmake --install build --prefix ~/herodotus                  # in the Herodotus repository
//   cmake -S examples/code_story -B /tmp/code_story -DCMAKE_PREFIX_PATH=~/herodotus
//   cmake --build /tmp/code_story
//   /tmp/code_story/code_story data/examples/istanbul-grain-talks.txt 2023-07-20
//
// or with pkg-config:
//
//   export PKG_CONFIG_PATH=~/herodotus/lib/pkgconfig
//   c++ -std=c++20 -O2 main.cc $(pkg-config --cflags --libs herodotus) -o code_story
#include <herodotus/coding.h>
#include <herodotus/document.h>
#include <herodotus/io.h>
#include <herodotus/pipeline.h>

#include <iostream>
#include <utility>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: code_story FILE [YYYY-MM-DD]\n";
    return 2;
  }
  // The stages `herodotus code` runs: extract, clean, segment, quotes, places, the engine's
  // stages, locate.
  auto engine = herodotus::load_builtin_dictionaries();
  if (!engine.ok()) {
    std::cerr << engine.status().message() << "\n";
    return 1;
  }
  auto stages = herodotus::coding_stages(*engine);
  auto pipeline = herodotus::Pipeline::create(std::move(stages));

  herodotus::ReadOptions options;
  if (argc > 2) options.date = argv[2];
  herodotus::StoryReader reader({argv[1]}, options);
  herodotus::Story story;
  while (reader.next(story)) {
    herodotus::Document doc(std::move(story));
    pipeline->run(doc);
    for (const herodotus::Diagnostic& d : doc.diagnostics())
      std::cerr << doc.id() << ": " << herodotus::level_name(d.level) << ": " << d.message << "\n";
    for (const herodotus::Event& e : doc.events()) {
      std::cout << "event " << e.date << " " << e.source.code << " -> "
                << (e.target.code.empty() ? "-" : e.target.code) << " " << e.code << " \""
                << doc.text_of(e.verb) << "\"\n";
    }
    for (const herodotus::Quote& q : doc.quotes()) {
      std::cout << "quote \"" << doc.text_of(q.span) << "\" -- "
                << (q.speaker_name.empty() ? doc.text_of(q.speaker) : q.speaker_name) << " ("
                << q.speaker_code << ")\n";
    }
  }
  return reader.unusable_inputs() > 0 ? 2 : 0;
}
