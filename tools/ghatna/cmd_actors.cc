// ghatna actors [FILE...] | actors lookup TEXT | actors check [DIR]: actor
// mentions in documents, what the dictionary says about a form, and the
// dictionary validator.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "command.h"
#include "ghatna/actors.h"
#include "ghatna/morph.h"
#include "ghatna/pipeline.h"
#include "ghatna/syntax.h"
#include "ghatna/text.h"
#include "ghatna/writers.h"

namespace ghatna::cli::actors_command {
namespace {

// Where the dictionary lives: --dict, else DATA/actors with DATA found by
// FindDataDir (--data, $GHATNA_DATA, the installed copy, the source tree).
struct DictFlags {
  std::string data;
  std::string dict;
  std::string Root() const { return FindDataDir(data); }
  std::string Dir() const { return dict.empty() ? Root() + "/actors" : dict; }
};

void AddDictFlags(CLI::App* app, DictFlags* flags) {
  app->add_option("--data", flags->data, kDataHelp);
  app->add_option("--dict", flags->dict, "Actor dictionary directory (default: DATA/actors)");
}

Result<std::unique_ptr<ActorDictionary>> LoadDict(const DictFlags& flags) {
  return ActorDictionary::Load(flags.Dir());
}

Runner SetUpActors(CLI::App* app) {
  auto flags = std::make_shared<InputFlags>();
  auto dict_flags = std::make_shared<DictFlags>();
  auto default_country = std::make_shared<std::string>("IND");
  auto no_grammar = std::make_shared<bool>(false);
  auto resolved = std::make_shared<bool>(false);
  AddInputFlags(app, flags.get());
  app->add_flag("--tokens-only", *no_grammar, "Skip morphology and syntax (match on token text alone)");
  app->add_flag("--resolved", *resolved,
                "Write the actor of every phrase after the discourse model (pronouns, दोनों, quotes "
                "resolved), one JSON line each, instead of the mentions");
  AddDictFlags(app, dict_flags.get());
  app->add_option("--default-country", *default_country,
                  "Principal for role words (पुलिस, सेना) with no country in the document; '' = none");
  return [flags, dict_flags, default_country, no_grammar, resolved]() {
    auto dict = LoadDict(*dict_flags);
    if (!dict.ok()) {
      ReportError(dict.status().ToString());
      return kExitInput;
    }
    std::unique_ptr<Morphology> morph;
    if (!*no_grammar) {
      auto m = Morphology::Load(dict_flags->Root());
      if (!m.ok()) {
        ReportError(m.status().ToString());
        return kExitInput;
      }
      morph = std::move(*m);
    }
    RecognizerOptions options;
    options.default_country = *default_country;
    ActorRecognizer recognizer(**dict, options);
    // The actor of every phrase needs the parses: without them, the mentions.
    const bool referents = *resolved && morph != nullptr;
    auto writer = AnalysisWriter::Create(referents ? AnalysisKind::kReferents : AnalysisKind::kMentions,
                                         referents ? "jsonl" : flags->format);
    if (!writer.ok()) {
      ReportError(writer.status().ToString());
      return kExitUsage;
    }
    Output out;
    (*writer)->Begin(&out.buffer());
    return ForEachDocument(*flags, [&](Document& doc) {
      AnalyzeText(&doc);
      ReportCuts(doc);
      Analysis a;
      if (morph != nullptr) a.parses = ParseDocument(&doc, *morph);
      a.mentions = recognizer.Recognize(doc, a.parses);
      (*writer)->Write(doc, a, &out.buffer());
      out.MaybeFlush();
      return Status::Ok();
    });
  };
}

Runner SetUpLookup(CLI::App* app) {
  auto words = std::make_shared<std::vector<std::string>>();
  auto dict_flags = std::make_shared<DictFlags>();
  auto date = std::make_shared<std::string>();
  app->add_option("text", *words, "A form as written in Hindi text (several words allowed)")->required();
  app->add_option("--date", *date, "Show the codes on this date (YYYY-MM-DD)");
  AddDictFlags(app, dict_flags.get());
  return [words, dict_flags, date]() {
    auto dict = LoadDict(*dict_flags);
    if (!dict.ok()) {
      ReportError(dict.status().ToString());
      return kExitInput;
    }
    std::string text;
    for (const std::string& w : *words) text += (text.empty() ? "" : " ") + w;
    const std::string b = ActorLookupText(**dict, text, *date);
    std::fwrite(b.data(), 1, b.size(), stdout);
    return kExitOk;
  };
}

Runner SetUpCheck(CLI::App* app) {
  auto dir = std::make_shared<std::string>();
  auto dict_flags = std::make_shared<DictFlags>();
  auto quiet = std::make_shared<bool>(false);
  app->add_option("dir", *dir, "Actor dictionary directory (default: DATA/actors)");
  app->add_flag("--no-warnings", *quiet, "Print errors only");
  AddDictFlags(app, dict_flags.get());
  return [dir, dict_flags, quiet]() {
    const std::string d = dir->empty() ? dict_flags->Dir() : *dir;
    ActorDictionaryCounts counts;
    const auto t0 = std::chrono::steady_clock::now();
    auto dict = ActorDictionary::Load(d);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    std::vector<ActorCheckIssue> issues = CheckActorDictionary(d, &counts);
    int errors = 0, warnings = 0;
    std::string b = ActorCheckText(issues, *quiet, &errors, &warnings);
    if (!dict.ok() && errors == 0) {
      // Whatever stops the load is an error even when no check names it.
      b += PrintableMessage(dict.status().message()) + "\n";
      ++errors;
    }
    std::fwrite(b.data(), 1, b.size(), stdout);
    std::fprintf(stderr,
                 "%s: %d countries, %d places, %d organisations, %d groups, %d people (%d with dated offices), "
                 "%d agents, %d distinct forms (%d more are spellings the match key folds); %d errors, "
                 "%d warnings; load %s (%.1f ms)\n",
                 d.c_str(), counts.countries, counts.places, counts.orgs, counts.groups, counts.people,
                 counts.dated_people, counts.agents, counts.forms, counts.folded_forms, errors, warnings,
                 dict.ok() ? "ok" : "FAILED", ms);
    return errors > 0 ? kExitInput : kExitOk;
  };
}

// "actors" first: the nested commands attach to it.
const bool kActors = RegisterCommand(
    {"actors", "Actor mentions with CAMEO codes (JSON lines or TSV)", &SetUpActors});
const bool kLookup = RegisterCommand(
    {"actors lookup", "What the actor dictionary says about a form", &SetUpLookup});
const bool kCheck = RegisterCommand(
    {"actors check", "Validate the actor dictionary and print coverage counts", &SetUpCheck});

}  // namespace
}  // namespace ghatna::cli::actors_command
