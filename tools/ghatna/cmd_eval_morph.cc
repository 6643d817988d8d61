// ghatna eval morph FILE.conllu: lemma, UPOS and UFeats F1 of the morphology
// against a UD treebank, from raw text and from the gold tokens (ghatna/eval.h).
#include <cstdio>
#include <memory>
#include <string>

#include "command.h"
#include "ghatna/conllu.h"
#include "ghatna/eval.h"

namespace ghatna::cli::eval_morph_command {
namespace {

Runner SetUp(CLI::App* app) {
  auto file = std::make_shared<std::string>();
  auto errors = std::make_shared<int>(0);
  auto by_pos = std::make_shared<bool>(false);
  auto data = std::make_shared<std::string>();
  auto dump = std::make_shared<std::string>();
  app->add_option("FILE", *file, "CoNLL-U treebank")->required();
  app->add_option("--errors", *errors, "print the N most frequent errors (gold tokens)");
  app->add_flag("--by-pos", *by_pos, "UPOS confusion summary by gold UPOS (gold tokens)");
  app->add_option("--data", *data, kDataHelp);
  app->add_option("--dump", *dump,
                  "write every gold-token word as TSV: sentence, index, form, gold and "
                  "system UPOS, lemma, feats");
  return [file, errors, by_pos, data, dump]() {
    auto morph = Morphology::Load(FindDataDir(*data));
    if (!morph.ok()) { ReportError(morph.status().ToString()); return kExitInput; }
    auto gold = ReadConllu(*file);
    if (!gold.ok()) { ReportError(gold.status().ToString()); return kExitInput; }
    std::FILE* dump_file = nullptr;
    if (!dump->empty()) {
      dump_file = std::fopen(dump->c_str(), "w");
      if (!dump_file) { ReportError(*dump + ": cannot write"); return kExitUsage; }
    }
    const MorphEval eval = EvaluateMorphology(*gold, **morph, dump_file != nullptr);
    if (dump_file) {
      std::fwrite(eval.dump.data(), 1, eval.dump.size(), dump_file);
      std::fclose(dump_file);
    }
    std::fputs(MorphEvalText(eval, *file, *by_pos, *errors).c_str(), stdout);
    return kExitOk;
  };
}

const bool kRegistered = RegisterCommand(
    {"eval morph", "Score lemma, UPOS and UFeats on a CoNLL-U treebank",
     [](CLI::App* app) { return SetUp(app); }});

}  // namespace
}  // namespace ghatna::cli::eval_morph_command
