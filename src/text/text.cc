// Placeholder text layer: a correct but simple decoder, splitter and
// tokeniser so that later stages run end to end. Replaced by the full text
// layer (normaliser, rule-based splitter and tokeniser).
#include "ghatna/text.h"

#include <cstdint>
#include <string>

namespace ghatna {
namespace {

// Decodes one code point at s[i]; returns its length or 0 if invalid.
int DecodeOne(std::string_view s, size_t i, char32_t* cp) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) { *cp = b; return 1; }
  int len; char32_t c, min;
  if ((b & 0xE0) == 0xC0) { len = 2; c = b & 0x1F; min = 0x80; }
  else if ((b & 0xF0) == 0xE0) { len = 3; c = b & 0x0F; min = 0x800; }
  else if ((b & 0xF8) == 0xF0) { len = 4; c = b & 0x07; min = 0x10000; }
  else return 0;
  if (i + len > s.size()) return 0;
  for (int k = 1; k < len; ++k) {
    const auto cb = static_cast<unsigned char>(s[i + k]);
    if ((cb & 0xC0) != 0x80) return 0;
    c = (c << 6) | (cb & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  *cp = c;
  return len;
}

bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0; }
bool IsTerminator(char32_t c) { return c == 0x0964 || c == 0x0965 || c == '?' || c == '!'; }
bool IsPunct(char32_t c) {
  return c < 0x80 ? (c != '_' && ((c >= '!' && c <= '/') || (c >= ':' && c <= '@') ||
                                   (c >= '[' && c <= '`') || (c >= '{' && c <= '~')))
                  : (c == 0x0964 || c == 0x0965 || (c >= 0x2010 && c <= 0x2027));
}

}  // namespace

Status DecodeUtf8(std::string_view bytes, std::string_view origin,
                  DecodeMode mode, std::string* out, DecodeStats* stats) {
  DecodeStats local;
  if (stats == nullptr) stats = &local;
  *stats = DecodeStats();
  out->clear();
  size_t i = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") { i = 3; stats->had_bom = true; }
  size_t line = 1;
  while (i < bytes.size()) {
    char32_t cp;
    const int len = DecodeOne(bytes, i, &cp);
    if (len == 0) {
      if (mode == DecodeMode::kStrict) {
        return Status::InvalidInput(std::string(origin) + ":" + std::to_string(line) +
                                    ": byte offset " + std::to_string(i) +
                                    ": invalid UTF-8");
      }
      out->append("\xEF\xBF\xBD");
      ++stats->replaced;
      ++i;
      continue;
    }
    if (cp == '\n') ++line;
    out->append(bytes.substr(i, len));
    i += len;
  }
  return Status::Ok();
}

void AnalyzeText(Document* doc) {
  doc->sentences.clear();
  const std::string& s = doc->text;
  Sentence sent;
  bool open = false;
  uint32_t cp_index = 0;
  auto close_sentence = [&](uint32_t end, size_t byte_end, size_t byte_start) {
    if (!open) return;
    sent.end = end;
    sent.text = s.substr(byte_start, byte_end - byte_start);
    doc->sentences.push_back(std::move(sent));
    sent = Sentence();
    open = false;
  };
  size_t sent_byte_start = 0;
  Token tok;
  bool in_tok = false;
  size_t tok_byte_start = 0;
  for (size_t i = 0; i < s.size();) {
    char32_t cp;
    int len = DecodeOne(s, i, &cp);
    if (len == 0) { len = 1; cp = 0xFFFD; }
    const bool space = IsSpace(cp);
    const bool punct = IsPunct(cp);
    if ((space || punct) && in_tok) {
      tok.end = cp_index;
      tok.text = s.substr(tok_byte_start, i - tok_byte_start);
      tok.space_after = space;
      sent.tokens.push_back(std::move(tok));
      tok = Token();
      in_tok = false;
    }
    if (!space && !open) {
      open = true;
      sent.start = cp_index;
      sent_byte_start = i;
    }
    if (punct) {
      Token p;
      p.text = s.substr(i, len);
      p.start = cp_index;
      p.end = cp_index + 1;
      p.kind = TokenKind::kPunct;
      sent.tokens.push_back(std::move(p));
    } else if (!space && !in_tok) {
      in_tok = true;
      tok.start = cp_index;
      tok_byte_start = i;
    }
    i += len;
    ++cp_index;
    if (IsTerminator(cp) || cp == '\n') close_sentence(cp == '\n' ? cp_index - 1 : cp_index,
                                                      cp == '\n' ? i - 1 : i, sent_byte_start);
  }
  if (in_tok) {
    tok.end = cp_index;
    tok.text = s.substr(tok_byte_start);
    sent.tokens.push_back(std::move(tok));
  }
  close_sentence(cp_index, s.size(), sent_byte_start);
}

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
