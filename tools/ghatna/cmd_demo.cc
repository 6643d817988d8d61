// ghatna demo: the README's main job on the bundled examples. Until event
// coding lands: sentences, tokens and romanised names, readable.
#include <iostream>

#include "command.h"
#include "ghatna/text.h"

namespace ghatna::cli {
namespace {

Runner SetUp(CLI::App* app) {
  auto flags = std::make_shared<InputFlags>();
  AddInputFlags(app, flags.get(), {"table"});
  flags->format = "table";
  return [flags]() {
    Output out;
    return ForEachDocument(*flags, [&](Document& doc) {
      AnalyzeText(&doc);
      std::string& b = out.buffer();
      b.append("== ").append(doc.id).append(": ").append(std::to_string(doc.sentences.size()))
          .append(" sentences\n");
      for (size_t i = 0; i < doc.sentences.size(); ++i) {
        const Sentence& s = doc.sentences[i];
        b.append("[").append(std::to_string(i)).append("] ").append(s.text).append("\n    ");
        for (const Token& t : s.tokens) b.append(t.text).append(" | ");
        b.append("\n");
      }
      out.Flush();
      return Status::Ok();
    });
  };
}

const bool kDemo = RegisterCommand({"demo", "Analyse articles and print a readable summary", &SetUp});

}  // namespace
}  // namespace ghatna::cli
