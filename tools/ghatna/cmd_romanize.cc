// ghatna romanize: sentences and tokens with the ISO 15919 and Hindi
// romanisations of every Devanagari token (AnalysisKind::kRomanized).
#include "command.h"
#include "ghatna/text.h"
#include "ghatna/writers.h"

namespace ghatna::cli::romanize_command {
namespace {

Runner SetUp(CLI::App* app) {
  auto flags = std::make_shared<InputFlags>();
  AddInputFlags(app, flags.get());
  return [flags]() {
    auto writer = AnalysisWriter::Create(AnalysisKind::kRomanized, flags->format);
    if (!writer.ok()) {
      ReportError(writer.status().ToString());
      return kExitUsage;
    }
    Output out;
    return ForEachDocument(*flags, [&](Document& doc) {
      AnalyzeText(&doc);
      (*writer)->Write(doc, Analysis(), &out.buffer());
      out.MaybeFlush();
      return Status::Ok();
    });
  };
}

const bool kRomanize = RegisterCommand(
    {"romanize",
     "Sentences and tokens with ISO 15919 (\"iso\") and pronounced Hindi (\"hindi\") "
     "romanisations of Devanagari tokens",
     &SetUp});

}  // namespace
}  // namespace ghatna::cli::romanize_command
