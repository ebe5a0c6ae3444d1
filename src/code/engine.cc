#include "code/engine.h"

#include "code/stages.h"
#include "io/dates.h"

namespace herodotus::code {
namespace {

using Find = void (*)(const CoderContext&, Document&);

// One of the engine's stages: the phase function it runs, the layers it needs and adds.
class PhraseStage final : public Stage {
 public:
  PhraseStage(std::shared_ptr<const PhraseEngine> engine, std::string_view name, Find find,
              Layers needs, Layers gives)
      : engine_(std::move(engine)), name_(name), find_(find), needs_(needs), gives_(gives) {}

  std::string_view name() const override { return name_; }
  Layers requires_layers() const override { return needs_; }
  Layers provides_layers() const override { return gives_; }
  void run(Document& doc) const override {
    find_(engine_->context(io::date_number(doc.date())), doc);
  }

 private:
  std::shared_ptr<const PhraseEngine> engine_;
  std::string_view name_;
  Find find_;
  Layers needs_, gives_;
};

}  // namespace

std::shared_ptr<const EventEngine> PhraseEngine::with_options(CodingOptions options) const {
  return std::make_shared<const PhraseEngine>(index_, std::move(options));
}

CoderContext PhraseEngine::context(int32_t date) const {
  return CoderContext{*index_, options_, English::builtin(), date};
}

std::vector<std::unique_ptr<const Stage>> PhraseEngine::stages() const {
  auto self = std::static_pointer_cast<const PhraseEngine>(shared_from_this());
  std::vector<std::unique_ptr<const Stage>> out;
  out.push_back(std::make_unique<PhraseStage>(self, "phrases", find_phrases,
                                              kLayerSentences | kLayerTokens, kLayerPhrases));
  out.push_back(
      std::make_unique<PhraseStage>(self, "actors", find_actors, kLayerPhrases, kLayerActors));
  out.push_back(
      std::make_unique<PhraseStage>(self, "speakers", find_speakers, kLayerActors, kLayerSpeakers));
  out.push_back(
      std::make_unique<PhraseStage>(self, "events", find_events, kLayerActors, kLayerEvents));
  return out;
}

}  // namespace herodotus::code
