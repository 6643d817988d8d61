// ghatna sentences | tokens: the text layer's output.
//
//   {"doc_id":"a","sentence":0,"start":0,"end":27,"text":"...","tokens":[{"text":"...",
//    "start":0,"end":5,"kind":"word"},...]}
#include <memory>

#include "command.h"
#include "ghatna/text.h"
#include "ghatna/writers.h"

namespace ghatna::cli::text_command {
namespace {

struct TextFlags {
  InputFlags input;
  bool keep_boilerplate = false;
};

Runner SetUp(CLI::App* app, bool with_tokens) {
  auto flags = std::make_shared<TextFlags>();
  AddInputFlags(app, &flags->input);
  app->add_flag("--keep-boilerplate", flags->keep_boilerplate,
                "Keep share-button and 'read also' lines, marked \"boilerplate\":true");
  app->footer(with_tokens
                  ? "Writes one JSON line per sentence: {doc_id, sentence, start, end, text, "
                    "tokens: [{text, start, end, kind}]};\noffsets are code points of the "
                    "original document. --format tsv: doc_id, sentence, start, end, text, kind."
                  : "Writes one JSON line per sentence: {doc_id, sentence, start, end, text}; "
                    "offsets are code\npoints of the original document. --format tsv: doc_id, "
                    "sentence, start, end, text.");
  return [flags, with_tokens]() {
    Output out;
    TextOptions options;
    options.keep_boilerplate = flags->keep_boilerplate;
    auto writer = AnalysisWriter::Create(with_tokens ? AnalysisKind::kTokens : AnalysisKind::kSentences,
                                         flags->input.format);
    if (!writer.ok()) {
      ReportError(writer.status().ToString());
      return kExitUsage;
    }
    return ForEachDocument(flags->input, [&](Document& doc) {
      AnalyzeText(&doc, options);
      (*writer)->Write(doc, Analysis(), &out.buffer());
      out.Flush();  // a later input error must not hold back this document
      ReportCuts(doc);
      return Status::Ok();
    });
  };
}

const bool kSentences = RegisterCommand(
    {"sentences", "Split documents into sentences (JSON lines)",
     [](CLI::App* app) { return SetUp(app, false); }});
const bool kTokens = RegisterCommand(
    {"tokens", "Split documents into sentences and tokens (JSON lines)",
     [](CLI::App* app) { return SetUp(app, true); }});

}  // namespace
}  // namespace ghatna::cli::text_command
