// ghatna code: the main job. Reads articles, writes one line per coded event
// (JSON lines by default; --format tsv or plover), in input order, coding
// articles in parallel with --threads N.
#include <algorithm>
#include <atomic>
#include <map>
#include <memory>
#include <set>
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
    std::vector<std::vector<Event>> results;
    size_t batch_bytes = 0;
    // Events already written for a document that arrives in parts: one
    // article gives one set of (source, root, target).
    std::map<std::string, std::set<std::string>> seen_in_parts;
    std::map<std::string, int> sentences_before;  // for documents split in parts
    const size_t batch_size = static_cast<size_t>(threads) * 32;
    std::vector<int> base;  // sentence number of each document's first sentence
    std::vector<std::pair<bool, std::string>> batch_parts;  // (split in parts, id)
    std::vector<char> batch_last;
    auto flush = [&]() {
      results.assign(batch.size(), std::vector<Event>());
      std::atomic<size_t> next{0};
      auto work = [&]() {
        for (size_t i; (i = next.fetch_add(1)) < batch.size();) {
          results[i] = p.Run(&batch[i]);
          for (Event& e : results[i]) e.sentence += base[i];
          batch[i] = Document();  // free the analysis early
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
        const bool multipart = batch_parts[i].first;
        if (multipart) {
          auto& seen = seen_in_parts[batch_parts[i].second];
          std::vector<Event> kept;
          for (Event& e : results[i])
            if (seen.insert(e.source.code + "|" + e.root_code + "|" + e.target.code).second)
              kept.push_back(std::move(e));
          results[i].swap(kept);
        }
        Write(results[i], *f, &out.buffer());
        if (multipart && batch_last[i]) seen_in_parts.erase(batch_parts[i].second);
        out.MaybeFlush();
      }
      batch.clear();
      base.clear();
      batch_parts.clear();
      batch_last.clear();
      batch_bytes = 0;
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
      batch_parts.push_back({doc.part > 0 || !doc.last_part, doc.id});
      batch_last.push_back(doc.last_part);
      batch_bytes += doc.text.size();
      batch.push_back(std::move(doc));
      doc = Document();
      // Bounded memory: a batch holds at most batch_size articles or 2 MB
      // of text (analysed text takes about 20 times its size).
      if (batch.size() >= batch_size || batch_bytes >= (2u << 20)) flush();
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
