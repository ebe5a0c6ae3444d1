#include "tabari/engine.h"

#include <unordered_set>

#include "io/dates.h"

namespace herodotus::tabari {
namespace {

class TabariStage final : public Stage {
 public:
  explicit TabariStage(std::shared_ptr<const TabariEngine> engine) : engine_(std::move(engine)) {}

  std::string_view name() const override { return "events"; }
  Layers requires_layers() const override { return kLayerSentences; }
  Layers provides_layers() const override { return kLayerEvents; }
  void run(Document& doc) const override { code_document(engine_->coder(), doc); }

 private:
  std::shared_ptr<const TabariEngine> engine_;
};

}  // namespace

std::shared_ptr<const EventEngine> TabariEngine::with_options(CodingOptions options) const {
  return std::make_shared<const TabariEngine>(coder_.compiled(), std::move(options));
}

std::vector<std::unique_ptr<const Stage>> TabariEngine::stages() const {
  std::vector<std::unique_ptr<const Stage>> out;
  out.push_back(std::make_unique<TabariStage>(
      std::static_pointer_cast<const TabariEngine>(shared_from_this())));
  return out;
}

void code_document(const Coder& coder, Document& doc) {
  doc.mutable_events().clear();
  // One scratch per thread: the coder itself is shared and immutable.
  thread_local ScratchHolder scratch;
  const dict::Dictionary& d = coder.dictionary().dictionary();
  const int32_t date = io::date_number(doc.date());
  ForwardState forward;
  ForwardState* forward_state = coder.options().forward.enabled ? &forward : nullptr;
  std::unordered_set<std::string_view> seen;
  auto& sentences = doc.mutable_sentences();
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    Sentence& sentence = sentences[s];
    std::string_view text = doc.text_of(sentence.span);
    if (!seen.insert(text).second) {  // repeated text repeats no events
      sentence.skip = SentenceSkip::kRepeated;
      continue;
    }
    SentenceResult result =
        coder.code(text, date, scratch.get(), forward_state, sentence.span.begin);
    sentence.skip = result.skip;
    if (result.skip == SentenceSkip::kNone) code::add_events(result.events, s, d, {}, doc);
  }
  doc.add_layers(kLayerEvents);
}

}  // namespace herodotus::tabari
