// ghatna parse [FILE...]: the analysis of the syntax stage, per sentence.
//   --format jsonl   (default) the `tokens` line of the text layer, each token
//                    also with lemma/upos/feats, plus phrases, predicates with
//                    their arguments, and clauses;
//   --format conllu  CoNLL-U with heads and relations derived from the phrases
//                    and predicates (docs/grammar.md, "CoNLL-U output");
//   --format tree    a readable view.
#include <memory>
#include <string>

#include "command.h"
#include "ghatna/morph.h"
#include "ghatna/pipeline.h"
#include "ghatna/syntax.h"
#include "ghatna/text.h"
#include "ghatna/writers.h"

namespace ghatna::cli::parse_command {
namespace {

Runner SetUp(CLI::App* app) {
  auto flags = std::make_shared<InputFlags>();
  auto data = std::make_shared<std::string>();
  AddInputFlags(app, flags.get(), AnalysisFormats(AnalysisKind::kParses));
  app->add_option("--data", *data, kDataHelp);
  return [flags, data]() {
    auto morph = Morphology::Load(FindDataDir(*data));
    if (!morph.ok()) {
      ReportError(morph.status().ToString());
      return kExitInput;
    }
    auto writer = AnalysisWriter::Create(AnalysisKind::kParses, flags->format);
    if (!writer.ok()) {
      ReportError(writer.status().ToString());
      return kExitUsage;
    }
    Output out;
    return ForEachDocument(*flags, [&](Document& doc) {
      AnalyzeText(&doc);
      Analysis a;
      a.parses = ParseDocument(&doc, **morph);
      (*writer)->Write(doc, a, &out.buffer());
      out.MaybeFlush();
      ReportCuts(doc);
      return Status::Ok();
    });
  };
}

const bool kRegistered = RegisterCommand(
    {"parse", "Phrases, verb groups, clauses and argument roles (JSON lines, CoNLL-U, tree)",
     [](CLI::App* app) { return SetUp(app); }});

}  // namespace
}  // namespace ghatna::cli::parse_command
