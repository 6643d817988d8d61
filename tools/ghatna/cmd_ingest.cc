// ghatna ingest: codes articles (files, directories, .gz, standard input)
// into an event store (docs/store.md), resumably: articles already stored
// are skipped, --recode replaces their events.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>

#include "command.h"
#include "ghatna/pipeline.h"
#include "ghatna/store.h"

namespace ghatna::cli::ingest_command {
namespace {

struct IngestFlags {
  InputFlags input;
  std::string db;
  int threads = 0;
  std::string data;
  bool recode = false;
};

Runner SetUp(CLI::App* app) {
  auto f = std::make_shared<IngestFlags>();
  app->add_option("files", f->input.files,
                  "Files or directories (*.txt, *.jsonl, their .gz); '-' or none: standard input");
  app->add_option("--db", f->db, "The store: an SQLite file")->required();
  app->add_option("--input", f->input.input, "Input format")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
  app->add_flag("--repair", f->input.repair, "Replace invalid UTF-8 with U+FFFD instead of stopping");
  app->add_option("--date", f->input.date, "Date (YYYY-MM-DD) for documents without one");
  app->add_option("--threads", f->threads, "Articles coded in parallel (default: all cores)")
      ->check(CLI::NonNegativeNumber);
  app->add_option("--data", f->data, kDataHelp);
  app->add_flag("--recode", f->recode,
                "Re-code articles already stored and replace their events; with no FILE, every "
                "stored article");
  return [f]() {
    auto store = EventStore::Open(f->db);
    if (!store.ok()) {
      ReportError(store.status().ToString());
      return kExitInput;
    }
    std::unique_ptr<Pipeline> pipe = LoadPipeline(f->data);
    if (!pipe) return kExitInput;
    std::vector<std::string> inputs = f->input.files;
    const bool from_store = f->recode && inputs.empty();
    if (inputs.empty()) inputs.push_back("-");
    // Total input size, for the ETA (unknown with standard input or gzip).
    const uint64_t total = from_store ? 0 : InputBytes(inputs);
    const bool tty = isatty(STDERR_FILENO) == 1;
    bool shown = false;
    auto clear = [&]() {
      if (shown) std::fprintf(stderr, "\r\033[K");
      shown = false;
    };
    const auto start = std::chrono::steady_clock::now();
    auto last = start;
    Ingester* current = nullptr;
    IngestOptions options;
    options.input = ToInputOptions(f->input);
    options.input.max_doc_bytes = 0;  // ingest has no --max-doc-bytes
    options.threads = f->threads;
    options.recode = f->recode;
    options.data_dir = FindDataDir(f->data);
    options.on_error = [&](const Status& st) {
      clear();
      ReportError(st.ToString());
    };
    options.on_progress = [&]() {
      if (!tty || current == nullptr) return;
      const auto now = std::chrono::steady_clock::now();
      if (now - last < std::chrono::milliseconds(500)) return;
      last = now;
      const double s = std::chrono::duration<double>(now - start).count();
      std::fprintf(stderr, "\r\033[K%s",
                   IngestProgressLine(current->current_input(), current->counts(), s, total).c_str());
      shown = true;
    };
    Ingester ingest(*pipe, store->get(), options);
    current = &ingest;
    Status st = from_store ? ingest.RecodeStored() : ingest.AddInputs(inputs);
    if (st.ok()) st = ingest.Finish();
    clear();
    if (!st.ok()) ReportError(st.ToString());
    const IngestCounts& c = ingest.counts();
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "ghatna: %s\n", IngestSummary(c, s).c_str());
    return st.ok() && c.failed == 0 ? kExitOk : kExitInput;
  };
}

const bool kIngest = RegisterCommand(
    {"ingest", "Code articles into an event store (SQLite), resumably", &SetUp});

}  // namespace
}  // namespace ghatna::cli::ingest_command
