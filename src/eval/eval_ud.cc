// ghatna eval ud: sentence and token F1 of the text layer on a UD treebank.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "eval/format.h"
#include "ghatna/eval.h"
#include "ghatna/io.h"
#include "ghatna/text.h"

namespace ghatna {
namespace {

std::string Excerpt(const std::string& text, const std::vector<uint32_t>& byte_of_cp,
                    uint32_t start, uint32_t end) {
  const uint32_t a = start, b = std::min<uint32_t>(end, byte_of_cp.size() - 1);
  return text.substr(byte_of_cp[a], byte_of_cp[b] - byte_of_cp[a]);
}

// The missed gold spans and the extra system spans, with `context` code
// points either side.
void ListErrors(const char* what, const std::string& text, const std::vector<uint32_t>& byte_of_cp,
                const std::vector<CodeSpan>& gold_spans, const std::vector<CodeSpan>& sys_spans,
                uint32_t context, std::vector<std::string>* out) {
  std::vector<int> g2s = AlignSpans(gold_spans, sys_spans);
  std::vector<bool> sys_ok(sys_spans.size());
  for (int j : g2s) {
    if (j >= 0) sys_ok[j] = true;
  }
  auto line = [&](const char* kind, const CodeSpan& s) {
    const uint32_t a = s.start > context ? s.start - context : 0;
    const uint32_t b = std::min<uint32_t>(s.end + context, byte_of_cp.size() - 1);
    out->push_back(eval_internal::Format("%s %s [%u,%u) «", kind, what, s.start, s.end) +
                   Excerpt(text, byte_of_cp, s.start, s.end) + "» in …" +
                   Excerpt(text, byte_of_cp, a, b) + "…");
  };
  for (size_t i = 0; i < gold_spans.size(); ++i) {
    if (g2s[i] < 0) line("missed", gold_spans[i]);
  }
  for (size_t j = 0; j < sys_spans.size(); ++j) {
    if (!sys_ok[j]) line("extra", sys_spans[j]);
  }
}

}  // namespace

TokenizationEval EvaluateTokenization(const std::vector<ConlluSentence>& gold, bool list_errors) {
  const GoldText g = BuildGoldText(gold);
  Document doc;
  doc.text = g.text;
  AnalyzeText(&doc);
  std::vector<CodeSpan> sys_tokens, sys_sentences;
  for (const Sentence& s : doc.sentences) {
    if (s.tokens.empty()) continue;
    sys_sentences.push_back({s.tokens.front().start, s.tokens.back().end});
    for (const Token& t : s.tokens) sys_tokens.push_back({t.start, t.end});
  }
  const std::vector<CodeSpan> gold_tokens = g.AllTokenSpans();
  TokenizationEval eval;
  eval.tokens = ScoreSpans(gold_tokens, sys_tokens);
  eval.words = ScoreSpans(g.AllWordSpans(), sys_tokens);
  eval.sentences = ScoreSpans(g.sentences, sys_sentences);
  eval.mismatched_sentences = g.mismatched_sentences;
  if (list_errors) {
    std::vector<uint32_t> byte_of_cp;
    for (size_t i = 0; i < g.text.size(); ++i) {
      if ((static_cast<unsigned char>(g.text[i]) & 0xC0) != 0x80) byte_of_cp.push_back(i);
    }
    byte_of_cp.push_back(g.text.size());
    ListErrors("token", g.text, byte_of_cp, gold_tokens, sys_tokens, 15, &eval.errors);
    ListErrors("sentence", g.text, byte_of_cp, g.sentences, sys_sentences, 0, &eval.errors);
  }
  return eval;
}

std::string TokenizationEvalText(const TokenizationEval& eval, bool json, const std::string& file) {
  using eval_internal::Format;
  std::string out;
  for (const std::string& e : eval.errors) out += e + "\n";
  if (json) {
    auto obj = [](const SpanScore& s) {
      return Format("{\"gold\":%zu,\"system\":%zu,\"correct\":%zu,\"precision\":%.4f,"
                    "\"recall\":%.4f,\"f1\":%.4f}",
                    s.gold, s.system, s.correct, 100 * s.precision(), 100 * s.recall(),
                    100 * s.f1());
    };
    out += "{\"file\":";
    AppendJsonString(file, &out);
    out += ",\"tokens\":" + obj(eval.tokens) + ",\"words\":" + obj(eval.words) +
           ",\"sentences\":" + obj(eval.sentences) + "}\n";
    return out;
  }
  out += Format("%-10s %8s %8s %8s %9s %9s %9s\n", "metric", "gold", "system", "correct",
                "precision", "recall", "F1");
  auto row = [&](const char* name, const SpanScore& s) {
    out += Format("%-10s %8zu %8zu %8zu %9.2f %9.2f %9.2f\n", name, s.gold, s.system, s.correct,
                  100 * s.precision(), 100 * s.recall(), 100 * s.f1());
  };
  row("Tokens", eval.tokens);
  row("Words", eval.words);
  row("Sentences", eval.sentences);
  if (eval.mismatched_sentences > 0) {
    out += Format("warning: %d gold sentences whose forms differ from their # text\n",
                  eval.mismatched_sentences);
  }
  return out;
}

}  // namespace ghatna
