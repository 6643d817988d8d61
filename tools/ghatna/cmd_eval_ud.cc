// ghatna eval ud FILE.conllu: sentence and token F1 of the text layer on a
// Universal Dependencies treebank, from raw text rebuilt out of the `# text`
// lines (CoNLL 2018 span definitions; see src/io/conllu.h).
#include <cstdio>
#include <iostream>

#include "ghatna/conllu.h"
#include "command.h"
#include "ghatna/text.h"

namespace ghatna::cli {
namespace {

struct EvalFlags {
  std::string file;
  std::string format = "text";
  bool errors = false;
};

std::string Excerpt(const std::string& text, const std::vector<uint32_t>& byte_of_cp,
                    uint32_t start, uint32_t end) {
  const uint32_t a = start, b = std::min<uint32_t>(end, byte_of_cp.size() - 1);
  return text.substr(byte_of_cp[a], byte_of_cp[b] - byte_of_cp[a]);
}

int Run(const EvalFlags& flags) {
  auto gold = ReadConllu(flags.file);
  if (!gold.ok()) {
    ReportError(gold.status().ToString());
    return gold.status().code() == StatusCode::kInvalidInput ? kExitInput : kExitInput;
  }
  GoldText g = BuildGoldText(*gold);
  Document doc;
  doc.id = DocIdFromPath(flags.file);
  doc.text = g.text;
  AnalyzeText(&doc);
  std::vector<CodeSpan> sys_tokens, sys_sentences;
  for (const Sentence& s : doc.sentences) {
    if (s.tokens.empty()) continue;
    sys_sentences.push_back({s.tokens.front().start, s.tokens.back().end});
    for (const Token& t : s.tokens) sys_tokens.push_back({t.start, t.end});
  }
  const std::vector<CodeSpan> gold_tokens = g.AllTokenSpans();
  const std::vector<CodeSpan> gold_words = g.AllWordSpans();
  const SpanScore tokens = ScoreSpans(gold_tokens, sys_tokens);
  const SpanScore words = ScoreSpans(gold_words, sys_tokens);
  const SpanScore sentences = ScoreSpans(g.sentences, sys_sentences);
  if (flags.errors) {
    std::vector<uint32_t> byte_of_cp;
    for (size_t i = 0; i < g.text.size(); ++i) {
      if ((static_cast<unsigned char>(g.text[i]) & 0xC0) != 0x80) byte_of_cp.push_back(i);
    }
    byte_of_cp.push_back(g.text.size());
    auto report = [&](const char* what, const std::vector<CodeSpan>& gold_spans,
                      const std::vector<CodeSpan>& sys_spans, uint32_t context) {
      std::vector<int> g2s = AlignSpans(gold_spans, sys_spans);
      std::vector<bool> sys_ok(sys_spans.size());
      for (int j : g2s) {
        if (j >= 0) sys_ok[j] = true;
      }
      for (size_t i = 0; i < gold_spans.size(); ++i) {
        if (g2s[i] >= 0) continue;
        const CodeSpan s = gold_spans[i];
        const uint32_t a = s.start > context ? s.start - context : 0;
        const uint32_t b = std::min<uint32_t>(s.end + context, byte_of_cp.size() - 1);
        std::printf("missed %s [%u,%u) «%s» in …%s…\n", what, s.start, s.end,
                    Excerpt(g.text, byte_of_cp, s.start, s.end).c_str(),
                    Excerpt(g.text, byte_of_cp, a, b).c_str());
      }
      for (size_t j = 0; j < sys_spans.size(); ++j) {
        if (sys_ok[j]) continue;
        const CodeSpan s = sys_spans[j];
        const uint32_t a = s.start > context ? s.start - context : 0;
        const uint32_t b = std::min<uint32_t>(s.end + context, byte_of_cp.size() - 1);
        std::printf("extra %s [%u,%u) «%s» in …%s…\n", what, s.start, s.end,
                    Excerpt(g.text, byte_of_cp, s.start, s.end).c_str(),
                    Excerpt(g.text, byte_of_cp, a, b).c_str());
      }
    };
    report("token", gold_tokens, sys_tokens, 15);
    report("sentence", g.sentences, sys_sentences, 0);
  }
  if (flags.format == "json") {
    auto obj = [](const SpanScore& s) {
      char buf[256];
      std::snprintf(buf, sizeof(buf),
                    "{\"gold\":%zu,\"system\":%zu,\"correct\":%zu,\"precision\":%.4f,"
                    "\"recall\":%.4f,\"f1\":%.4f}",
                    s.gold, s.system, s.correct, 100 * s.precision(), 100 * s.recall(),
                    100 * s.f1());
      return std::string(buf);
    };
    std::printf("{\"file\":");
    std::string name;
    AppendJsonString(flags.file, &name);
    std::printf("%s,\"tokens\":%s,\"words\":%s,\"sentences\":%s}\n", name.c_str(),
                obj(tokens).c_str(), obj(words).c_str(), obj(sentences).c_str());
  } else {
    std::printf("%-10s %8s %8s %8s %9s %9s %9s\n", "metric", "gold", "system", "correct",
                "precision", "recall", "F1");
    auto row = [](const char* name, const SpanScore& s) {
      std::printf("%-10s %8zu %8zu %8zu %9.2f %9.2f %9.2f\n", name, s.gold, s.system, s.correct,
                  100 * s.precision(), 100 * s.recall(), 100 * s.f1());
    };
    row("Tokens", tokens);
    row("Words", words);
    row("Sentences", sentences);
    if (g.mismatched_sentences > 0) {
      std::printf("warning: %d gold sentences whose forms differ from their # text\n",
                  g.mismatched_sentences);
    }
  }
  std::fflush(stdout);
  return kExitOk;
}

Runner SetUp(CLI::App* app) {
  auto flags = std::make_shared<EvalFlags>();
  app->add_option("file", flags->file, "CoNLL-U file with # text lines")->required();
  app->add_option("--format", flags->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}));
  app->add_flag("--errors", flags->errors, "List every missed and extra token and sentence");
  app->footer(
      "Raw text: the # text lines of a paragraph joined by a space, paragraphs (at # newdoc\n"
      "and # newpar) separated by a blank line. A token or sentence is correct when its\n"
      "[start, end) code-point span equals a gold span (CoNLL 2018).");
  return [flags]() { return Run(*flags); };
}

const bool kEvalUd = RegisterCommand(
    {"eval ud", "Score sentence splitting and tokenisation on a UD treebank", &SetUp});

}  // namespace
}  // namespace ghatna::cli
