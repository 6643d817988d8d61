// ghatna eval syntax FILE.conllu: argument-attachment precision and recall
// of the syntax stage against a UD treebank (ghatna/eval.h, docs/grammar.md).
#include <cstdio>
#include <memory>
#include <string>

#include "command.h"
#include "ghatna/conllu.h"
#include "ghatna/eval.h"

namespace ghatna::cli::eval_syntax_command {
namespace {

Runner SetUp(CLI::App* app) {
  auto file = std::make_shared<std::string>();
  auto errors = std::make_shared<int>(0);
  auto mode = std::make_shared<std::string>("all");
  auto data = std::make_shared<std::string>();
  app->add_option("FILE", *file, "CoNLL-U treebank")->required();
  app->add_option("--errors", *errors,
                  "print N missed and N false attachments of the chosen --mode");
  app->add_option("--mode", *mode, "gold | goldtok | raw | all (default: all)")
      ->check(CLI::IsMember({"gold", "goldtok", "raw", "all"}));
  app->add_option("--data", *data, kDataHelp);
  return [file, errors, mode, data]() {
    auto gold = ReadConllu(*file);
    if (!gold.ok()) { ReportError(gold.status().ToString()); return kExitInput; }
    std::unique_ptr<Morphology> morph;
    if (*mode != "gold") {
      auto m = Morphology::Load(FindDataDir(*data));
      if (!m.ok()) { ReportError(m.status().ToString()); return kExitInput; }
      morph = std::move(*m);
    }
    using M = SyntaxEvalMode;
    const std::vector<M> modes = *mode == "gold"      ? std::vector<M>{M::kGold}
                                 : *mode == "goldtok" ? std::vector<M>{M::kGoldTokens}
                                 : *mode == "raw"     ? std::vector<M>{M::kRaw}
                                                      : std::vector<M>{M::kGold, M::kGoldTokens, M::kRaw};
    // All three modes at once: scores only.
    const auto evals = EvaluateSyntax(*gold, morph.get(), modes, *mode == "all" ? 0 : *errors);
    std::fputs(SyntaxEvalText(evals, *gold, *file).c_str(), stdout);
    return kExitOk;
  };
}

const bool kRegistered = RegisterCommand(
    {"eval syntax", "Score argument attachment on a CoNLL-U treebank",
     [](CLI::App* app) { return SetUp(app); }});

}  // namespace
}  // namespace ghatna::cli::eval_syntax_command
