// ghatna sentences | tokens: the text layer's output.
#include "command.h"
#include "ghatna/text.h"

namespace ghatna::cli {
namespace {

void AppendSentenceHead(const Document& doc, size_t index, const Sentence& s, std::string* out) {
  out->append("{\"doc_id\":");
  AppendJsonString(doc.id, out);
  out->append(",\"sentence\":").append(std::to_string(index));
  out->append(",\"start\":").append(std::to_string(s.start));
  out->append(",\"end\":").append(std::to_string(s.end));
  out->append(",\"text\":");
  AppendJsonString(s.text, out);
}

Runner SetUp(CLI::App* app, bool with_tokens) {
  auto flags = std::make_shared<InputFlags>();
  AddInputFlags(app, flags.get());
  return [flags, with_tokens]() {
    Output out;
    return ForEachDocument(*flags, [&](Document& doc) {
      AnalyzeText(&doc);
      std::string& b = out.buffer();
      for (size_t i = 0; i < doc.sentences.size(); ++i) {
        const Sentence& s = doc.sentences[i];
        if (flags->format == "tsv") {
          if (!with_tokens) {
            b.append(doc.id).append("\t").append(std::to_string(i)).append("\t");
            b.append(std::to_string(s.start)).append("\t").append(std::to_string(s.end));
            b.append("\t").append(s.text).append("\n");
            continue;
          }
          for (const Token& t : s.tokens) {
            b.append(doc.id).append("\t").append(std::to_string(i)).append("\t");
            b.append(std::to_string(t.start)).append("\t").append(std::to_string(t.end));
            b.append("\t").append(t.text).append("\t").append(TokenKindName(t.kind)).append("\n");
          }
          continue;
        }
        AppendSentenceHead(doc, i, s, &b);
        if (with_tokens) {
          b.append(",\"tokens\":[");
          for (size_t k = 0; k < s.tokens.size(); ++k) {
            const Token& t = s.tokens[k];
            if (k) b.push_back(',');
            b.append("{\"text\":");
            AppendJsonString(t.text, &b);
            b.append(",\"start\":").append(std::to_string(t.start));
            b.append(",\"end\":").append(std::to_string(t.end));
            b.append(",\"kind\":\"").append(TokenKindName(t.kind)).append("\"}");
          }
          b.push_back(']');
        }
        b.append("}\n");
        out.MaybeFlush();
      }
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
}  // namespace ghatna::cli
