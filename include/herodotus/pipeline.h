// A pipeline is a named, ordered list of stages. Each stage says which document layers it needs and
// which it adds; Pipeline::create checks the order before any text runs. Stages are immutable after
// construction, so one pipeline serves every thread of a batch.
//
//   auto pipeline = Pipeline::create(standard_stages(options));
//   if (!pipeline.ok()) return fail(pipeline.status());
//   Document doc(std::move(story));
//   pipeline->run(doc);
#ifndef HERODOTUS_PIPELINE_H_
#define HERODOTUS_PIPELINE_H_

#include <memory>
#include <string_view>
#include <vector>

#include "herodotus/document.h"
#include "herodotus/status.h"

namespace herodotus {

class Stage {
 public:
  virtual ~Stage() = default;
  virtual std::string_view name() const = 0;
  virtual Layers requires_layers() const = 0;
  virtual Layers provides_layers() const = 0;
  // Must be safe to call from many threads at once on different documents.
  virtual void run(Document& doc) const = 0;
};

class Pipeline {
 public:
  static Result<Pipeline> create(std::vector<std::unique_ptr<const Stage>> stages);

  // Runs every stage in order. A story that could not be read is passed through untouched, so its
  // diagnostics still reach the output.
  void run(Document& doc) const;

  const std::vector<std::unique_ptr<const Stage>>& stages() const { return stages_; }

 private:
  explicit Pipeline(std::vector<std::unique_ptr<const Stage>> stages);
  std::vector<std::unique_ptr<const Stage>> stages_;
};

}  // namespace herodotus

#endif  // HERODOTUS_PIPELINE_H_
