// ghatna check [--data DIR]: every data file the pipeline loads (lexicon/,
// actors/, verbs/) through the loaders' own checks, plus the dictionary
// validator of `ghatna actors check` (CheckData, ghatna/pipeline.h): one line
// per problem on stdout (FILE:LINE: error|warning: reason), a summary on
// stderr, exit 2 on errors.
#include <cstdio>
#include <memory>
#include <string>

#include "command.h"
#include "ghatna/pipeline.h"

namespace ghatna::cli::check_command {
namespace {

Runner SetUp(CLI::App* app) {
  auto data = std::make_shared<std::string>();
  auto quiet = std::make_shared<bool>(false);
  app->add_option("--data", *data, kDataHelp);
  app->add_flag("--no-warnings", *quiet, "Print errors only");
  app->footer(
      "Checks every data file: present and not empty, UTF-8 without NUL or control characters "
      "(a BOM is accepted), every line parsed by its loader, every actor code valid as "
      "`ghatna actors check` says.");
  return [data, quiet]() {
    const std::string dir = FindDataDir(*data);
    const DataCheck r = CheckData(dir, *quiet);
    std::fwrite(r.report.data(), 1, r.report.size(), stdout);
    std::fflush(stdout);
    std::fprintf(stderr, "%s\n", r.Summary(dir).c_str());
    return r.errors > 0 ? kExitInput : kExitOk;
  };
}

const bool kCheck = RegisterCommand(
    {"check", "Check every data file (lexicon, actors, verbs) and the actor codes", &SetUp});

}  // namespace
}  // namespace ghatna::cli::check_command
