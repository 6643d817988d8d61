// ghatna demo: the README's main job on the bundled examples: every article
// coded by the whole pipeline, its events printed as a readable table.
#include <memory>

#include "command.h"
#include "ghatna/events.h"
#include "ghatna/pipeline.h"
#include "ghatna/text.h"

namespace ghatna::cli {
namespace {

Runner SetUp(CLI::App* app) {
  auto flags = std::make_shared<InputFlags>();
  auto data = std::make_shared<std::string>();
  AddInputFlags(app, flags.get(), {"table"});
  app->add_option("--data", *data, kDataHelp);
  flags->format = "table";
  return [flags, data]() {
    std::unique_ptr<Pipeline> pipe = LoadPipeline(*data);
    if (!pipe) return kExitInput;
    Output out;
    PartNumbering numbering;
    return ForEachDocument(*flags, [&](Document& doc) {
      AnalyzeText(&doc);
      const int first = numbering.FirstSentence(doc);
      std::vector<Event> events = pipe->Run(&doc);
      AppendEventTable(doc, events, first, &out.buffer());
      out.Flush();
      ReportCuts(doc);
      return Status::Ok();
    });
  };
}

const bool kDemo = RegisterCommand(
    {"demo", "Code articles and print their events as a readable table", &SetUp});

}  // namespace
}  // namespace ghatna::cli
