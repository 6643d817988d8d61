// ghatna romanize: sentences and tokens with the ISO 15919 and Hindi
// romanisations of every Devanagari token.
#include "command.h"
#include "ghatna/romanize.h"
#include "ghatna/text.h"

namespace ghatna::cli {
namespace {

bool HasDevanagari(const std::string& s) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if (b0 == 0xE0 && (b1 == 0xA4 || b1 == 0xA5)) return true;
  }
  return false;
}

Runner SetUp(CLI::App* app) {
  auto flags = std::make_shared<InputFlags>();
  AddInputFlags(app, flags.get());
  return [flags]() {
    Output out;
    return ForEachDocument(*flags, [&](Document& doc) {
      AnalyzeText(&doc);
      std::string& b = out.buffer();
      for (size_t i = 0; i < doc.sentences.size(); ++i) {
        const Sentence& s = doc.sentences[i];
        if (flags->format == "tsv") {
          for (const Token& t : s.tokens) {
            const bool deva = HasDevanagari(t.text);
            b.append(doc.id).append("\t").append(std::to_string(i)).append("\t");
            b.append(std::to_string(t.start)).append("\t").append(std::to_string(t.end));
            b.append("\t").append(t.text).append("\t");
            b.append(deva ? RomanizeIso15919(t.text) : t.text).append("\t");
            b.append(deva ? RomanizeHindi(t.text) : t.text).append("\n");
          }
          out.MaybeFlush();
          continue;
        }
        b.append("{\"doc_id\":");
        AppendJsonString(doc.id, &b);
        b.append(",\"sentence\":").append(std::to_string(i));
        b.append(",\"start\":").append(std::to_string(s.start));
        b.append(",\"end\":").append(std::to_string(s.end));
        b.append(",\"text\":");
        AppendJsonString(s.text, &b);
        b.append(",\"tokens\":[");
        for (size_t k = 0; k < s.tokens.size(); ++k) {
          const Token& t = s.tokens[k];
          if (k) b.push_back(',');
          b.append("{\"text\":");
          AppendJsonString(t.text, &b);
          b.append(",\"start\":").append(std::to_string(t.start));
          b.append(",\"end\":").append(std::to_string(t.end));
          b.append(",\"kind\":\"").append(TokenKindName(t.kind)).append("\"");
          if (HasDevanagari(t.text)) {
            b.append(",\"iso\":");
            AppendJsonString(RomanizeIso15919(t.text), &b);
            b.append(",\"hindi\":");
            AppendJsonString(RomanizeHindi(t.text), &b);
          }
          b.push_back('}');
        }
        b.append("]}\n");
        out.MaybeFlush();
      }
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
}  // namespace ghatna::cli
