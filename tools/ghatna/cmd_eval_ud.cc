// ghatna eval ud FILE.conllu: sentence and token F1 of the text layer on a
// Universal Dependencies treebank (ghatna/eval.h).
#include <cstdio>

#include "command.h"
#include "ghatna/conllu.h"
#include "ghatna/eval.h"

namespace ghatna::cli::eval_ud_command {
namespace {

Runner SetUp(CLI::App* app) {
  auto file = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>("text");
  auto errors = std::make_shared<bool>(false);
  app->add_option("file", *file, "CoNLL-U file with # text lines")->required();
  app->add_option("--format", *format, "Output format")->check(CLI::IsMember({"text", "json"}));
  app->add_flag("--errors", *errors, "List every missed and extra token and sentence");
  app->footer(
      "Raw text: the # text lines of a paragraph joined by a space, paragraphs (at # newdoc\n"
      "and # newpar) separated by a blank line. A token or sentence is correct when its\n"
      "[start, end) code-point span equals a gold span (CoNLL 2018).");
  return [file, format, errors]() {
    auto gold = ReadConllu(*file);
    if (!gold.ok()) {
      ReportError(gold.status().ToString());
      return kExitInput;
    }
    const TokenizationEval eval = EvaluateTokenization(*gold, *errors);
    std::fputs(TokenizationEvalText(eval, *format == "json", *file).c_str(), stdout);
    return kExitOk;
  };
}

const bool kEvalUd = RegisterCommand(
    {"eval ud", "Score sentence splitting and tokenisation on a UD treebank", &SetUp});

}  // namespace
}  // namespace ghatna::cli::eval_ud_command
