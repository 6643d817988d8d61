// ghatna eval romanize FILE.csv: word-exact accuracy of the Hindi
// romanisation (schwa deletion) against a "देवनागरी,latin" word list in the
// McGregor dictionary scheme, overall and on odd/even lines (a held-out
// check: rules were developed looking at even lines).
#include <cstdio>
#include <string>

#include "ghatna/romanize_eval.h"
#include "command.h"

namespace ghatna::cli::eval_romanize_command {
namespace {

Runner SetUp(CLI::App* app) {
  auto file = std::make_shared<std::string>();
  auto misses = std::make_shared<size_t>(0);
  app->add_option("file", *file, "Word list: one \"hindi,romanisation\" per line")->required();
  app->add_option("--misses", *misses, "Print the first N misses (line, hindi, gold, ours)");
  return [file, misses]() {
    Result<RomanizeReport> report = EvaluateRomanizeCsv(*file);
    if (!report.ok()) {
      ReportError(report.status().ToString());
      return kExitInput;
    }
    std::fputs(RomanizeReportText(*report, *misses).c_str(), stdout);
    return kExitOk;
  };
}

const bool kEvalRomanize = RegisterCommand(
    {"eval romanize", "Word-exact accuracy of the Hindi romanisation on a word list", &SetUp});

}  // namespace
}  // namespace ghatna::cli::eval_romanize_command
