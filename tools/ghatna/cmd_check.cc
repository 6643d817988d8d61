// ghatna check [--data DIR]: every data file the pipeline loads (lexicon/,
// actors/, verbs/) through the loaders' own checks, plus the dictionary
// validator of `ghatna actors check`: one line per problem on stdout
// (FILE:LINE: error|warning: reason), a summary on stderr, exit 2 on errors.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "command.h"
#include "ghatna/actors.h"
#include "ghatna/events.h"
#include "ghatna/morph.h"
#include "ghatna/pipeline.h"

namespace ghatna::cli {
namespace {

struct Report {
  std::string text;
  int errors = 0, warnings = 0;
  // Each line of a loader's status ("FILE:LINE: reason", up to 20 lines).
  void AddStatus(const Status& st) {
    size_t start = 0;
    const std::string& m = st.message();
    while (start < m.size()) {
      size_t nl = m.find('\n', start);
      if (nl == std::string::npos) nl = m.size();
      std::string line = m.substr(start, nl - start);
      start = nl + 1;
      if (line.empty()) continue;
      // "FILE:LINE: reason" -> "FILE:LINE: error: reason"; "(N more errors)" as it is.
      const size_t colon = line.find(": ");
      if (line[0] != '(' && colon != std::string::npos) line.insert(colon + 2, "error: ");
      text += PrintableMessage(line) + "\n";
      ++errors;
    }
  }
};

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
    Report r;
    // The project's own lexicon (the system dictionaries are not data/).
    MorphOptions mo;
    mo.use_apertium = false;
    mo.use_hunspell = false;
    auto morph = Morphology::Load(dir, mo);
    if (!morph.ok()) r.AddStatus(morph.status());
    // The actor dictionary: the validator, then the loader for what it
    // does not name.
    ActorDictionaryCounts counts;
    const std::vector<ActorCheckIssue> issues = CheckActorDictionary(dir + "/actors", &counts);
    int actor_errors = 0;
    for (const ActorCheckIssue& i : issues) {
      i.error ? ++actor_errors : ++r.warnings;
      if (!i.error && *quiet) continue;
      r.text += PrintableMessage(i.location + ": " + (i.error ? "error: " : "warning: ") + i.reason) + "\n";
    }
    r.errors += actor_errors;
    auto dict = ActorDictionary::Load(dir + "/actors");
    if (!dict.ok() && actor_errors == 0) r.AddStatus(dict.status());
    auto coder = EventCoder::Load(dir);
    if (!coder.ok()) r.AddStatus(coder.status());
    std::fwrite(r.text.data(), 1, r.text.size(), stdout);
    std::fflush(stdout);
    std::fprintf(stderr,
                 "%s: lexicon %s; actors %s (%d countries, %d organisations, %d groups, %d people, "
                 "%d agents); verbs %s (%d patterns); %d errors, %d warnings\n",
                 PrintableMessage(dir).c_str(), morph.ok() ? "ok" : "FAILED", dict.ok() ? "ok" : "FAILED",
                 counts.countries, counts.orgs, counts.groups, counts.people, counts.agents,
                 coder.ok() ? "ok" : "FAILED", coder.ok() ? (*coder)->num_patterns() : 0, r.errors,
                 r.warnings);
    return r.errors > 0 ? kExitInput : kExitOk;
  };
}

const bool kCheck = RegisterCommand(
    {"check", "Check every data file (lexicon, actors, verbs) and the actor codes", &SetUp});

}  // namespace
}  // namespace ghatna::cli
