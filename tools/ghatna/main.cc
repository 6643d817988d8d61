// ghatna: Hindi news in, political event data out. See README.md.
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>

#include "command.h"
#include "ghatna/text.h"

namespace ghatna::cli {

namespace {
std::vector<CommandSpec>& Registry() {
  static std::vector<CommandSpec> commands;
  return commands;
}
}  // namespace

bool RegisterCommand(CommandSpec spec) {
  Registry().push_back(std::move(spec));
  return true;
}
const std::vector<CommandSpec>& Commands() { return Registry(); }

namespace {
Output* g_output = nullptr;  // the Output alive, flushed before any message

// What is written before a message stays before it.
void FlushOutput() {
  if (g_output != nullptr) g_output->Flush();
  std::fflush(stdout);
}
}  // namespace

std::unique_ptr<Pipeline> LoadPipeline(const std::string& data_flag) {
  PipelineOptions po;
  po.data_dir = FindDataDir(data_flag);
  auto pipe = Pipeline::Load(po);
  if (!pipe.ok()) {
    ReportError(pipe.status().ToString());
    return nullptr;
  }
  return std::move(pipe).value();
}

void ReportError(const std::string& message) {
  FlushOutput();
  // One line per error: a message of several lines (a data file's errors)
  // gives several.
  size_t start = 0;
  while (start <= message.size()) {
    size_t nl = message.find('\n', start);
    if (nl == std::string::npos) nl = message.size();
    if (nl > start || start == 0) std::cerr << "ghatna: " << message.substr(start, nl - start) << "\n";
    start = nl + 1;
  }
}

Output::Output() { g_output = this; }
Output::~Output() {
  Flush();
  if (g_output == this) g_output = nullptr;
}

void Output::Flush() {
  if (!buf_.empty()) std::fwrite(buf_.data(), 1, buf_.size(), stdout);
  buf_.clear();
}

void ReportCuts(const std::string& origin, const std::string& id, uint32_t part, bool last_part,
                size_t sentences, size_t words) {
  // One warning per document: the parts' counts add up until the last.
  static size_t total_sentences = 0, total_words = 0;
  if (part == 0) total_sentences = total_words = 0;
  total_sentences += sentences;
  total_words += words;
  if (!last_part || (total_sentences == 0 && total_words == 0)) return;
  FlushOutput();
  std::cerr << "ghatna: " << CutsWarning(origin, id, total_sentences, total_words) << "\n";
}

void ReportCuts(const Document& doc) {
  size_t sentences = 0, words = 0;
  for (const Sentence& s : doc.sentences) {
    sentences += s.length_split;
    words += s.cut_words;
  }
  ReportCuts(doc.origin, doc.id, doc.part, doc.last_part, sentences, words);
}

// --date: an ISO date (or month, or year).
std::string CheckDate(const std::string& value) {
  if (value.empty() || IsIsoDate(value)) return "";
  return "'" + value + "' is not a date YYYY-MM-DD (or a month YYYY-MM, a year YYYY)";
}

void AddInputFlags(CLI::App* app, InputFlags* flags, const std::vector<std::string>& formats) {
  app->add_option("files", flags->files, "Input files ('-' or none: standard input)");
  app->add_option("--input", flags->input, "Input format")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
  app->add_flag("--repair", flags->repair,
                "Replace invalid UTF-8 with U+FFFD instead of stopping");
  app->add_option("--date", flags->date, "Date (YYYY-MM-DD) for documents without one")
      ->check(CLI::Validator(CheckDate, "YYYY-MM-DD", "date"));
  app->add_option("--format", flags->format, "Output format")->check(CLI::IsMember(formats));
  app->add_option("--max-doc-bytes", flags->max_doc_bytes,
                  "Larger documents (a JSON line, a text file) are reported and skipped; "
                  "K, M, G suffixes; 0: no limit (default 8M)")
      ->transform(CLI::AsSizeValue(false));
}


namespace {

// "FILE: 12.3 MB, 45 documents" on a terminal's stderr, at most twice a second.
class Progress {
 public:
  Progress() : enabled_(isatty(STDERR_FILENO) == 1) {}
  void Update(const std::string& file, uint64_t bytes, size_t docs) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(500)) return;
    last_ = now;
    std::fprintf(stderr, "\r\033[K%s: %.1f MB, %zu documents", file.c_str(), bytes / 1e6, docs);
    shown_ = true;
  }
  void Clear() {
    if (shown_) std::fprintf(stderr, "\r\033[K");
    shown_ = false;
  }
 private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

}  // namespace

InputOptions ToInputOptions(const InputFlags& flags) {
  InputOptions options;
  options.format = flags.input == "text"    ? InputFormat::kText
                   : flags.input == "jsonl" ? InputFormat::kJsonl
                                            : InputFormat::kAuto;
  options.decode = flags.repair ? DecodeMode::kRepair : DecodeMode::kStrict;
  options.default_date = flags.date;
  options.max_doc_bytes = flags.max_doc_bytes;
  return options;
}

int ForEachDocument(const InputFlags& flags, const std::function<Status(Document&)>& fn,
                    const std::function<void()>& before_message) {
  const InputOptions options = ToInputOptions(flags);
  auto report = [&](const std::string& message) {
    if (before_message) before_message();
    ReportError(message);
  };
  std::vector<std::string> files = flags.files;
  if (files.empty()) files.push_back("-");
  int exit_status = kExitOk;
  Document doc;
  Progress progress;
  for (const std::string& file : files) {
    auto reader = DocumentReader::Open(file, options);
    if (!reader.ok()) {
      report(reader.status().ToString());
      exit_status = kExitInput;
      continue;
    }
    size_t docs = 0;
    while (true) {
      Result<bool> more = (*reader)->Next(&doc);
      if (!more.ok()) {
        progress.Clear();
        report(more.status().ToString());
        exit_status = kExitInput;
        if (more.status().code() == StatusCode::kIoError) break;
        continue;
      }
      if (!*more) break;
      Status st = fn(doc);
      if (doc.last_part) ++docs;
      if (!st.ok()) {
        progress.Clear();
        report(st.ToString());
        exit_status = kExitInput;
      }
      progress.Update(file, (*reader)->bytes_read(), docs);
    }
    progress.Clear();
    if (const size_t replaced = (*reader)->decode_stats().replaced; replaced > 0) {
      report(std::string(file == "-" ? "<stdin>" : file) + ": warning: " +
             std::to_string(replaced) + " invalid UTF-8 sequence" + (replaced == 1 ? "" : "s") +
             " replaced with U+FFFD");
    }
  }
  return exit_status;
}

}  // namespace ghatna::cli

int main(int argc, char** argv) {
  using namespace ghatna::cli;
  CLI::App app{"ghatna: codes political events (CAMEO, PLOVER) from Hindi news text"};
  app.require_subcommand(1);
  std::map<CLI::App*, Runner> runners;
  // A name with a space ("eval ud") is a nested subcommand of its first word.
  std::map<std::string, CLI::App*> parents;
  for (const CommandSpec& spec : Commands()) {
    std::string name = spec.name;
    CLI::App* parent = &app;
    if (size_t space = name.find(' '); space != std::string::npos) {
      const std::string first = name.substr(0, space);
      CLI::App*& p = parents[first];
      if (p == nullptr) {
        auto found = app.get_subcommands([&](CLI::App* a) { return a->get_name() == first; });
        p = found.empty() ? app.add_subcommand(first, first + " subcommands") : found.front();
        if (runners.find(p) == runners.end()) p->require_subcommand(1);
      }
      parent = p;
      name = name.substr(space + 1);
    }
    CLI::App* sub = parent->add_subcommand(name, spec.description);
    runners[sub] = spec.set_up(sub);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  } catch (const CLI::ParseError& e) {
    std::cerr << "ghatna: " << e.what() << " (see ghatna --help)\n";
    return kExitUsage;
  }
  int status = kExitUsage;
  for (auto& [sub, run] : runners) {
    if (sub->parsed()) {
      // A nested subcommand (e.g. "eval ud") has its own runner.
      bool nested_ran = false;
      for (CLI::App* nested : sub->get_subcommands()) {
        auto it = runners.find(nested);
        if (it != runners.end() && nested->parsed()) {
          status = it->second();
          nested_ran = true;
          break;
        }
      }
      if (!nested_ran) status = run ? run() : kExitUsage;
      break;
    }
  }
  // Output that could not be written (disk full, closed pipe) is an error.
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    std::cerr << "ghatna: <stdout>: write error: " << std::strerror(errno) << "\n";
    return kExitInput;
  }
  return status;
}
