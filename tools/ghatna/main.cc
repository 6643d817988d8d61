// ghatna: Hindi news in, political event data out. See README.md.
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>

#include "command.h"

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

void ReportError(const std::string& message) {
  std::fflush(stdout);  // what was written before the error stays before it
  std::cerr << "ghatna: " << message << "\n";
}

void Output::Flush() {
  if (!buf_.empty()) std::fwrite(buf_.data(), 1, buf_.size(), stdout);
  buf_.clear();
}

void AddInputFlags(CLI::App* app, InputFlags* flags, const std::vector<std::string>& formats) {
  app->add_option("files", flags->files, "Input files ('-' or none: standard input)");
  app->add_option("--input", flags->input, "Input format")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
  app->add_flag("--repair", flags->repair,
                "Replace invalid UTF-8 with U+FFFD instead of stopping");
  app->add_option("--date", flags->date, "Date (YYYY-MM-DD) for documents without one");
  app->add_option("--format", flags->format, "Output format")->check(CLI::IsMember(formats));
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

int ForEachDocument(const InputFlags& flags, const std::function<Status(Document&)>& fn) {
  InputOptions options;
  options.format = flags.input == "text"    ? InputFormat::kText
                   : flags.input == "jsonl" ? InputFormat::kJsonl
                                            : InputFormat::kAuto;
  options.decode = flags.repair ? DecodeMode::kRepair : DecodeMode::kStrict;
  options.default_date = flags.date;
  std::vector<std::string> files = flags.files;
  if (files.empty()) files.push_back("-");
  int exit_status = kExitOk;
  Document doc;
  Progress progress;
  for (const std::string& file : files) {
    auto reader = DocumentReader::Open(file, options);
    if (!reader.ok()) {
      ReportError(reader.status().ToString());
      exit_status = kExitInput;
      continue;
    }
    size_t docs = 0;
    while (true) {
      Result<bool> more = (*reader)->Next(&doc);
      if (!more.ok()) {
        progress.Clear();
        ReportError(more.status().ToString());
        exit_status = kExitInput;
        if (more.status().code() == StatusCode::kIoError) break;
        continue;
      }
      if (!*more) break;
      Status st = fn(doc);
      if (doc.last_part) ++docs;
      if (!st.ok()) {
        progress.Clear();
        ReportError(st.ToString());
        exit_status = kExitInput;
      }
      progress.Update(file, (*reader)->bytes_read(), docs);
    }
    progress.Clear();
    if (const size_t replaced = (*reader)->decode_stats().replaced; replaced > 0) {
      std::fflush(stdout);
      std::cerr << "ghatna: " << (file == "-" ? "<stdin>" : file) << ": warning: " << replaced
                << " invalid UTF-8 sequence" << (replaced == 1 ? "" : "s")
                << " replaced with U+FFFD\n";
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
