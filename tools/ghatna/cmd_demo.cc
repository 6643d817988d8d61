// ghatna demo: the README's main job on the bundled examples: every article
// coded by the whole pipeline, its events printed as a readable table, one
// per article (an article read in parts is one table, as `ghatna code` gives
// it one set of events).
#include <memory>

#include "command.h"
#include "ghatna/batch.h"
#include "ghatna/events.h"
#include "ghatna/pipeline.h"

namespace ghatna::cli::demo_command {
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
    // The article being read: its id, sentences and events so far.
    struct Article {
      bool open = false;
      std::string id;
      size_t sentences = 0;
      std::vector<Event> events;
    } article;
    auto print = [&]() {
      if (!article.open) return;
      AppendEventTable(article.id, article.sentences, article.events, &out.buffer());
      out.Flush();
      article = Article();
    };
    BatchCoder coder(*pipe, {}, [&](CodedDocument& d) {
      if (d.doc.part == 0) print();  // an article stopped part-way by an input error
      article.open = true;
      article.id = d.doc.id;
      article.sentences += d.sentences;
      for (Event& e : d.events) article.events.push_back(std::move(e));
      if (d.doc.last_part) print();
      ReportCuts(d.doc.origin, d.doc.id, d.doc.part, d.doc.last_part, d.sentences_split, d.words_cut);
    });
    const int status = ForEachDocument(*flags, [&](Document& doc) {
      coder.Add(std::move(doc));
      doc = Document();
      return Status::Ok();
    }, [&]() {
      coder.Finish();
      out.Flush();
    });
    coder.Finish();
    print();
    return status;
  };
}

const bool kDemo = RegisterCommand(
    {"demo", "Code articles and print their events as a readable table", &SetUp});

}  // namespace
}  // namespace ghatna::cli::demo_command
