// ghatna sentences | tokens: the text layer's output.
//
//   {"doc_id":"a","sentence":0,"start":0,"end":27,"text":"...","tokens":[{"text":"...",
//    "start":0,"end":5,"kind":"word"},...]}
#include <charconv>
#include <string_view>

#include "command.h"
#include "ghatna/text.h"

namespace ghatna::cli {
namespace {

using std::literals::string_view_literals::operator""sv;

struct TextFlags {
  InputFlags input;
  bool keep_boilerplate = false;
};

void AppendNumber(uint64_t v, std::string* out) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof(buf), v);
  out->append(buf, end);
}

void AppendSentenceHead(const Document& doc, size_t index, const Sentence& s, std::string* out) {
  out->append("{\"doc_id\":"sv);
  AppendJsonString(doc.id, out);
  out->append(",\"sentence\":"sv);
  AppendNumber(index, out);
  out->append(",\"start\":"sv);
  AppendNumber(s.start, out);
  out->append(",\"end\":"sv);
  AppendNumber(s.end, out);
  out->append(",\"text\":"sv);
  AppendJsonString(s.text, out);
  if (s.boilerplate) out->append(",\"boilerplate\":true"sv);
  if (s.length_split) out->append(",\"length_split\":true"sv);
  if (s.cut_words > 0) {
    out->append(",\"cut_words\":"sv);
    AppendNumber(s.cut_words, out);
  }
}

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
    const bool tsv = flags->input.format == "tsv";
    size_t next_index = 0;  // sentence numbers run on across the parts of a document
    return ForEachDocument(flags->input, [&](Document& doc) {
      AnalyzeText(&doc, options);
      if (doc.part == 0) next_index = 0;
      std::string& b = out.buffer();
      for (const Sentence& s : doc.sentences) {
        const size_t index = next_index++;
        if (tsv) {
          if (!with_tokens) {
            AppendTsvField(doc.id, &b);
            b.push_back('\t');
            AppendNumber(index, &b);
            b.push_back('\t');
            AppendNumber(s.start, &b);
            b.push_back('\t');
            AppendNumber(s.end, &b);
            b.push_back('\t');
            AppendTsvField(s.text, &b);
            b.push_back('\n');
            continue;
          }
          for (const Token& t : s.tokens) {
            AppendTsvField(doc.id, &b);
            b.push_back('\t');
            AppendNumber(index, &b);
            b.push_back('\t');
            AppendNumber(t.start, &b);
            b.push_back('\t');
            AppendNumber(t.end, &b);
            b.push_back('\t');
            AppendTsvField(t.text, &b);
            b.push_back('\t');
            b.append(TokenKindName(t.kind));
            b.push_back('\n');
          }
          out.MaybeFlush();
          continue;
        }
        AppendSentenceHead(doc, index, s, &b);
        if (with_tokens) {
          b.append(",\"tokens\":["sv);
          for (size_t k = 0; k < s.tokens.size(); ++k) {
            const Token& t = s.tokens[k];
            if (k) b.push_back(',');
            b.append("{\"text\":"sv);
            AppendJsonString(t.text, &b);
            b.append(",\"start\":"sv);
            AppendNumber(t.start, &b);
            b.append(",\"end\":"sv);
            AppendNumber(t.end, &b);
            b.append(",\"kind\":\""sv).append(TokenKindName(t.kind)).append("\"}");
          }
          b.push_back(']');
        }
        b.append("}\n"sv);
        out.MaybeFlush();
      }
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
}  // namespace ghatna::cli
