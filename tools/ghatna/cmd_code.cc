// ghatna code: the main job. Reads articles, writes one line per coded event
// (JSON lines by default; --format tsv or plover), in input order, coding
// articles in parallel with --threads N.
#include <algorithm>
#include <atomic>
#include <map>
#include <memory>
#include <thread>

#include "command.h"
#include "ghatna/pipeline.h"
#include "ghatna/text.h"

namespace ghatna::cli {
namespace {

struct CodeFlags {
  InputFlags input;
  bool explain = false;
  int threads = 0;
  std::string data;
};

void Write(const std::vector<Event>& events, const CodeFlags& f, std::string* out) {
  for (const Event& e : events) {
    if (f.input.format == "tsv") AppendEventTsv(e, out);
    else if (f.input.format == "plover") AppendEventPlover(e, out);
    else AppendEventJson(e, f.explain, out);
  }
}

Runner SetUp(CLI::App* app) {
  auto f = std::make_shared<CodeFlags>();
  AddInputFlags(app, &f->input, {"jsonl", "json", "tsv", "plover"});
  app->add_flag("--explain", f->explain, "Add the verb pattern and the rules that fired to each event");
  app->add_option("--threads", f->threads, "Articles coded in parallel (default: all cores)")
      ->check(CLI::NonNegativeNumber);
  app->add_option("--data", f->data, "Data directory (default: $GHATNA_DATA or the built-in path)");
  return [f]() {
    PipelineOptions po;
    po.data_dir = FindDataDir(f->data);
    auto pipe = Pipeline::Load(po);
    if (!pipe.ok()) {
      ReportError(pipe.status().ToString());
      return kExitInput;
    }
    const Pipeline& p = **pipe;
    int threads = f->threads > 0 ? f->threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    Output out;
    if (f->input.format == "tsv") AppendEventTsvHeader(&out.buffer());
    std::vector<Document> batch;
    std::vector<std::string> results;
    std::map<std::string, int> sentences_before;  // for documents split in parts
    const size_t batch_size = static_cast<size_t>(threads) * 32;
    std::vector<int> base;  // sentence number of each document's first sentence
    auto flush = [&]() {
      results.assign(batch.size(), std::string());
      std::atomic<size_t> next{0};
      auto work = [&]() {
        for (size_t i; (i = next.fetch_add(1)) < batch.size();) {
          std::vector<Event> ev = p.Run(&batch[i]);
          for (Event& e : ev) e.sentence += base[i];
          Write(ev, *f, &results[i]);
        }
      };
      if (threads <= 1 || batch.size() <= 1) {
        work();
      } else {
        std::vector<std::thread> pool;
        for (int t = 0; t < std::min<int>(threads, static_cast<int>(batch.size())); ++t) pool.emplace_back(work);
        for (auto& t : pool) t.join();
      }
      for (size_t i = 0; i < batch.size(); ++i) {
        out.buffer().append(results[i]);
        out.MaybeFlush();
      }
      batch.clear();
      base.clear();
    };
    int status = ForEachDocument(f->input, [&](Document& doc) {
      // A document split in parts: sentence numbers count on across parts,
      // so its sentences are split here, in input order.
      int b = 0;
      if (doc.part > 0 || !doc.last_part) {
        AnalyzeText(&doc);
        b = sentences_before[doc.id];
        if (doc.last_part) sentences_before.erase(doc.id);
        else sentences_before[doc.id] = b + static_cast<int>(doc.sentences.size());
      }
      base.push_back(b);
      batch.push_back(std::move(doc));
      doc = Document();
      if (batch.size() >= batch_size) flush();
      return Status::Ok();
    });
    flush();
    out.Flush();
    return status;
  };
}

const bool kCode = RegisterCommand(
    {"code", "Code political events (CAMEO) from articles: JSON lines, TSV or PLOVER", &SetUp});

}  // namespace
}  // namespace ghatna::cli
