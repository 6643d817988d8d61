// AnalyzeText: normalise, tokenise and split, then map every token and
// sentence back to code points of the original text.
#include "ghatna/text.h"

#include <algorithm>
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
  std::vector<char> split;  // per range: ended at kMaxSentenceTokens
};
Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

// Fills `t`, a new token, in place (a Token is large to move). Tokens must
// be made in text order: *cursor walks through norm.changed.
void MakeToken(const NormalizedText& norm, std::string_view original, const text::RawToken& r,
               uint32_t offset, size_t* cursor, Token& t) {
  const std::vector<uint32_t>& changed = norm.changed;
  while (*cursor < changed.size() && changed[*cursor] < r.b) ++*cursor;
  if (*cursor == changed.size() || changed[*cursor] >= r.e) {
    t.text.assign(original.data() + norm.byte[r.b], norm.byte[r.e] - norm.byte[r.b]);
  } else {
    for (uint32_t i = r.b; i < r.e; ++i) text::AppendUtf8(norm.text[i], &t.text);
  }
  t.start = norm.start[r.b] + offset;
  t.end = norm.start[r.e] + offset;
  t.kind = r.kind;
  t.space_after = r.e >= norm.text.size() || norm.text[r.e] == ' ' || norm.text[r.e] == '\n';
  if (r.kind == TokenKind::kNumber) {
    t.number_value = text::NumberValue(std::u32string_view(norm.text).substr(r.b, r.e - r.b));
  }
  t.feats = "_";
  t.key = MatchKey(t.text);
}

}  // namespace

std::vector<Token> Tokenize(std::string_view s) {
  Scratch& sc = ThreadScratch();
  NormalizeText(s, &sc.norm);
  sc.toks.clear();
  text::TokenizeNormalized(sc.norm.text, &sc.toks);
  std::vector<Token> out;
  out.reserve(sc.toks.size());
  size_t cursor = 0;
  for (const text::RawToken& r : sc.toks) MakeToken(sc.norm, s, r, 0, &cursor, out.emplace_back());
  return out;
}

size_t NextParagraphBreak(std::string_view text, size_t from) {
  size_t i = from;
  while (true) {
    i = text.find('\n', i);
    if (i == std::string_view::npos) return i;
    size_t j = i + 1;
    while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
    if (j < text.size() && text[j] == '\n') return j + 1;
    i = j;
  }
}

namespace {

// Ends sentences that run on beyond kMaxSentenceTokens: after the last comma,
// semicolon, colon or dash in the last quarter of the limit, else at it.
// Sets `split` on every piece but the last.
void SplitLongSentences(const std::u32string& t, const std::vector<text::RawToken>& toks,
                        std::vector<text::SentenceRange>* ranges, std::vector<char>* split) {
  split->assign(ranges->size(), 0);
  bool any = false;
  for (const text::SentenceRange& r : *ranges) any |= r.last - r.first > kMaxSentenceTokens;
  if (!any) return;
  std::vector<text::SentenceRange> out;
  std::vector<char> flags;
  for (const text::SentenceRange& r : *ranges) {
    uint32_t first = r.first;
    while (r.last - first > kMaxSentenceTokens) {
      const uint32_t limit = first + static_cast<uint32_t>(kMaxSentenceTokens);
      uint32_t cut = limit;
      for (uint32_t k = limit; k > limit - kMaxSentenceTokens / 4; --k) {
        const text::RawToken& tok = toks[k - 1];
        if (tok.kind != TokenKind::kPunct || tok.e - tok.b != 1) continue;
        const char32_t c = t[tok.b];
        if (c == ',' || c == ';' || c == ':' || c == '-' || c == 0x2013 || c == 0x2014) {
          cut = k;
          break;
        }
      }
      out.push_back({first, cut, r.boilerplate});
      flags.push_back(1);
      first = cut;
    }
    out.push_back({first, r.last, r.boilerplate});
    flags.push_back(0);
  }
  ranges->swap(out);
  split->swap(flags);
}

// Analyses text[begin, end) (cut at blank lines) whose first code point is
// code point `base` of doc->text, appending its sentences.
void AnalyzeWindow(Document* doc, size_t begin, size_t end, uint32_t base,
                   const TextOptions& options, Scratch& sc) {
  const std::string_view window = std::string_view(doc->text).substr(begin, end - begin);
  NormalizeText(window, &sc.norm);
  sc.toks.clear();
  text::TokenizeNormalized(sc.norm.text, &sc.toks);
  sc.ranges.clear();
  text::SplitSentences(sc.norm, window, sc.toks, &sc.ranges);
  SplitLongSentences(sc.norm.text, sc.toks, &sc.ranges, &sc.split);
  const uint32_t offset = doc->offset + base;
  size_t cursor = 0;
  doc->sentences.reserve(doc->sentences.size() + sc.ranges.size());
  for (size_t i = 0; i < sc.ranges.size(); ++i) {
    const text::SentenceRange& range = sc.ranges[i];
    if (range.boilerplate && !options.keep_boilerplate) continue;
    if (range.first >= range.last) continue;
    Sentence& s = doc->sentences.emplace_back();
    s.boilerplate = range.boilerplate;
    s.length_split = sc.split[i] != 0;
    const text::RawToken& a = sc.toks[range.first];
    const text::RawToken& b = sc.toks[range.last - 1];
    s.start = sc.norm.start[a.b] + offset;
    s.end = sc.norm.start[b.e] + offset;
    const uint32_t byte_a = sc.norm.byte[a.b], byte_b = sc.norm.byte[b.e];
    s.text.assign(window, byte_a, byte_b - byte_a);
    s.tokens.reserve(range.last - range.first);
    for (uint32_t k = range.first; k < range.last; ++k) {
      MakeToken(sc.norm, window, sc.toks[k], offset, &cursor, s.tokens.emplace_back());
      s.cut_words += sc.toks[k].cut_before;
    }
  }
}

}  // namespace

void AnalyzeText(Document* doc, const TextOptions& options) {
  doc->sentences.clear();
  Scratch& sc = ThreadScratch();
  // Windows of about 64 KB cut at blank lines (which always end a sentence)
  // keep the working arrays in cache; the result is the same as one pass.
  constexpr size_t kWindow = 64 << 10;
  const std::string_view text = doc->text;
  size_t begin = 0;
  uint32_t base = 0;
  while (begin < text.size() || begin == 0) {
    size_t end = text.size();
    if (text.size() - begin > 2 * kWindow) {
      end = NextParagraphBreak(text, begin + kWindow);
      if (end == std::string_view::npos) end = text.size();
    }
    AnalyzeWindow(doc, begin, end, base, options, sc);
    base += sc.norm.start.back();
    begin = end;
    if (end == text.size()) break;
  }
  // Keep the scratch from growing without bound after one huge document.
  if (sc.norm.text.capacity() > (16u << 20)) sc = Scratch();
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
