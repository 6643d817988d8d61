// AnalyzeText: normalise, tokenise and split, then map every token and
// sentence back to code points of the original text.
#include "ghatna/text.h"

#include <cstdint>
#include <string>

#include "text/tokenizer.h"
#include "text/unicode.h"

namespace ghatna {
namespace {

// Working buffers reused across calls on one thread.
struct Scratch {
  NormalizedText norm;
  std::vector<text::RawToken> toks;
  std::vector<text::SentenceRange> ranges;
};
Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

Token MakeToken(const NormalizedText& norm, const text::RawToken& r, uint32_t offset) {
  Token t;
  t.text.reserve((r.e - r.b) * 3);
  for (uint32_t i = r.b; i < r.e; ++i) text::AppendUtf8(norm.text[i], &t.text);
  t.start = norm.start[r.b] + offset;
  t.end = norm.start[r.e] + offset;
  t.kind = r.kind;
  t.space_after = r.e >= norm.text.size() || norm.text[r.e] == ' ' || norm.text[r.e] == '\n';
  if (r.kind == TokenKind::kNumber) {
    t.number_value = text::NumberValue(std::u32string_view(norm.text).substr(r.b, r.e - r.b));
  }
  t.feats = "_";
  return t;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view s) {
  Scratch& sc = ThreadScratch();
  NormalizeText(s, &sc.norm);
  sc.toks.clear();
  text::TokenizeNormalized(sc.norm.text, &sc.toks);
  std::vector<Token> out;
  out.reserve(sc.toks.size());
  for (const text::RawToken& r : sc.toks) out.push_back(MakeToken(sc.norm, r, 0));
  return out;
}

void AnalyzeText(Document* doc, const TextOptions& options) {
  doc->sentences.clear();
  Scratch& sc = ThreadScratch();
  NormalizeText(doc->text, &sc.norm);
  sc.toks.clear();
  text::TokenizeNormalized(sc.norm.text, &sc.toks);
  sc.ranges.clear();
  text::SplitSentences(sc.norm, doc->text, sc.toks, &sc.ranges);
  doc->sentences.reserve(sc.ranges.size());
  for (const text::SentenceRange& range : sc.ranges) {
    if (range.boilerplate && !options.keep_boilerplate) continue;
    if (range.first >= range.last) continue;
    Sentence& s = doc->sentences.emplace_back();
    s.boilerplate = range.boilerplate;
    const text::RawToken& a = sc.toks[range.first];
    const text::RawToken& b = sc.toks[range.last - 1];
    s.start = sc.norm.start[a.b] + doc->offset;
    s.end = sc.norm.start[b.e] + doc->offset;
    const uint32_t byte_a = sc.norm.byte[a.b], byte_b = sc.norm.byte[b.e];
    s.text.assign(doc->text, byte_a, byte_b - byte_a);
    s.tokens.reserve(range.last - range.first);
    for (uint32_t k = range.first; k < range.last; ++k) {
      s.tokens.push_back(MakeToken(sc.norm, sc.toks[k], doc->offset));
    }
  }
  // Keep the scratch from growing without bound after one huge document.
  if (sc.norm.text.capacity() > (64u << 20)) sc = Scratch();
}

void AnalyzeText(Document* doc) { AnalyzeText(doc, TextOptions()); }

const char* TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord: return "word";
    case TokenKind::kLatin: return "latin";
    case TokenKind::kNumber: return "number";
    case TokenKind::kPunct: return "punct";
    case TokenKind::kSymbol: return "symbol";
    case TokenKind::kUrl: return "url";
    case TokenKind::kEmail: return "email";
    case TokenKind::kEmoji: return "emoji";
    case TokenKind::kOther: return "other";
  }
  return "other";
}

const char* UposName(Upos upos) {
  static const char* const kNames[] = {"X", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ",
                                       "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ",
                                       "SYM", "VERB"};
  return kNames[static_cast<int>(upos)];
}

}  // namespace ghatna
