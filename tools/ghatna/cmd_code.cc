// ghatna code: the main job. Reads articles, writes one line per coded event
// (JSON lines by default; --format tsv or plover), in input order, coding
// articles in parallel with --threads N.
#include <algorithm>
#include <atomic>
#include <cstdio>
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
      ->check(CLI::Validator(
          [](std::string& v) -> std::string {
            int n = -1;
            if (std::sscanf(v.c_str(), "%d", &n) == 1 && n >= 0 && n <= 1024 &&
                v.find_first_not_of("0123456789") == std::string::npos)
              return "";
            return "'" + v + "' is not 0 (all cores) or a number of threads from 1 to 1024";
          },
          "N", "threads"));
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
    std::vector<std::pair<size_t, size_t>> cuts;  // per document: sentences ended, words cut
    std::vector<std::string> origins, ids;
    std::vector<uint32_t> parts;
    size_t batch_bytes = 0;
    // Events already written for a document that arrives in parts: one
    // article gives one set of (source, root, target). Keyed by the
    // document's number in the input, not its id: two files may share an id,
    // and a file that failed part-way never sends its last part.
    std::map<size_t, std::set<std::string>> seen_in_parts;
    size_t doc_number = 0;
    PartNumbering numbering;  // for documents split in parts
    const size_t batch_size = static_cast<size_t>(threads) * 32;
    std::vector<size_t> num_sentences;  // per document of the batch
    std::vector<std::pair<bool, size_t>> batch_parts;  // (split in parts, document number)
    std::vector<char> batch_last;
    auto flush = [&]() {
      results.assign(batch.size(), std::vector<Event>());
      cuts.assign(batch.size(), {0, 0});
      origins.assign(batch.size(), std::string());
      ids.assign(batch.size(), std::string());
      parts.assign(batch.size(), 0);
      num_sentences.assign(batch.size(), 0);
      std::atomic<size_t> next{0};
      auto work = [&]() {
        for (size_t i; (i = next.fetch_add(1)) < batch.size();) {
          results[i] = p.Run(&batch[i]);
          num_sentences[i] = batch[i].sentences.size();
          for (const Sentence& s : batch[i].sentences) {
            cuts[i].first += s.length_split;
            cuts[i].second += s.cut_words;
          }
          origins[i] = std::move(batch[i].origin);
          parts[i] = batch[i].part;
          ids[i] = std::move(batch[i].id);
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
        // Documents before this one are done (or stopped part-way by an
        // input error, without a last part).
        seen_in_parts.erase(seen_in_parts.begin(), seen_in_parts.lower_bound(batch_parts[i].second));
        if (multipart) {
          auto& seen = seen_in_parts[batch_parts[i].second];
          std::vector<Event> kept;
          for (Event& e : results[i])
            if (seen.insert(e.source.code + "|" + e.root_code + "|" + e.target.code).second)
              kept.push_back(std::move(e));
          results[i].swap(kept);
        }
        // A document split in parts: sentence numbers count on across its
        // parts, which come here in input order.
        const int first = numbering.First(parts[i], num_sentences[i]);
        for (Event& e : results[i]) e.sentence += first;
        Write(results[i], *f, &out.buffer());
        ReportCuts(origins[i], ids[i], parts[i], batch_last[i], cuts[i].first, cuts[i].second);
        if (multipart && batch_last[i]) seen_in_parts.erase(batch_parts[i].second);
        out.MaybeFlush();
      }
      batch.clear();
      batch_parts.clear();
      batch_last.clear();
      batch_bytes = 0;
    };
    int status = ForEachDocument(f->input, [&](Document& doc) {
      const bool multipart = doc.part > 0 || !doc.last_part;
      if (doc.part == 0) ++doc_number;
      batch_parts.push_back({multipart, doc_number});
      batch_last.push_back(doc.last_part);
      batch_bytes += doc.text.size();
      batch.push_back(std::move(doc));
      doc = Document();
      // Bounded memory: a batch holds at most batch_size articles or 2 MB
      // of text (analysed text takes about 20 times its size).
      if (batch.size() >= batch_size || batch_bytes >= (2u << 20)) flush();
      return Status::Ok();
    }, [&]() {
      // An error about a later document comes after this one's events.
      flush();
      out.Flush();
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
