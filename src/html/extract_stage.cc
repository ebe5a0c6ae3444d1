#include "html/extract_stage.h"

#include "herodotus/io.h"
#include "herodotus/stages.h"
#include "html/extractor.h"

namespace herodotus::html {

void ExtractStage::run(Document& doc) const {
  Story& story = doc.mutable_story();
  if (story.html.empty() || !story.text.empty() || doc.layers() != 0) return;
  Article article = extract_article(story.html);
  story.text = std::move(article.text);
  if (story.title.empty()) story.title = std::move(article.title);
  if (story.url.empty()) story.url = std::move(article.url);
  story.published = std::move(article.published);
  story.authors = std::move(article.authors);
  story.lang = std::move(article.lang);
  // The publication date is the story's date when the input gave none.
  if (story.date.empty() && story.published.size() >= 10) {
    if (auto date = normalize_date(story.published.substr(0, 10)); date.ok()) story.date = *date;
  }
  for (std::string& note : article.notes) {
    ErrorCode code = story.text.empty() ? ErrorCode::kEmptyStory : ErrorCode::kTooLarge;
    doc.add_diagnostic({Level::kWarning, code, story.origin + ": " + note, {}});
  }
  std::string().swap(story.html);  // the page is not needed any more
}

}  // namespace herodotus::html

namespace herodotus {

std::unique_ptr<const Stage> make_extractor() {
  return std::make_unique<html::ExtractStage>();
}

}  // namespace herodotus
