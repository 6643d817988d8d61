// The data every pipeline stage reads and extends: a document, its sentences
// and their tokens. Offsets are [start, end) in Unicode code points of the
// ORIGINAL decoded text (after BOM removal, before any normalisation), so a
// user can always point back at the words that support a result.
//
//   ghatna::Document doc = ...;            // from io/ or built by hand
//   for (const auto& s : doc.sentences)
//     for (const auto& t : s.tokens) Print(t.text, t.start, t.end);
#ifndef GHATNA_DOCUMENT_H_
#define GHATNA_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <vector>

namespace ghatna {

// What the tokeniser saw. Punctuation is always a token of its own.
enum class TokenKind : uint8_t {
  kWord,    // a Devanagari (or other Indic) word, clusters intact
  kLatin,   // a Latin-script word or acronym (UN, NATO, iPhone)
  kNumber,  // 12, १२, 12,000, 3.5, 2024-25 (number_value holds the value)
  kPunct,   // । ? ! , " ( ) - and friends
  kSymbol,  // % $ ₹ @ # and other symbols
  kUrl,     // https://..., www....
  kEmail,
  kEmoji,
  kOther,
};

const char* TokenKindName(TokenKind kind);

// Universal Dependencies part of speech.
enum class Upos : uint8_t {
  kX = 0, kADJ, kADP, kADV, kAUX, kCCONJ, kDET, kINTJ, kNOUN, kNUM, kPART,
  kPRON, kPROPN, kPUNCT, kSCONJ, kSYM, kVERB,
};

const char* UposName(Upos upos);  // "NOUN", "VERB", ...; "X" for kX

struct Token {
  // Normalised form (NFC, one form for nukta letters, no ZWJ/ZWNJ/soft
  // hyphen, canonical danda and quotes). Devanagari digits stay as written;
  // number_value holds the value of a kNumber token.
  std::string text;
  uint32_t start = 0;  // code points into Document::text
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  bool space_after = true;  // original text had whitespace after the token
  double number_value = 0;  // for kNumber
  // For a hyphenated compound kept as one token (रूस-यूक्रेन): the [start,
  // end) original offsets of each part. Empty otherwise.
  std::vector<std::pair<uint32_t, uint32_t>> parts;
  // MatchKey(text) (ghatna/text.h), computed once for every later stage;
  // the morphology fills it for tokens made without the text layer.
  std::string key;

  // Filled by the morphology stage (src/morph).
  std::string lemma;
  std::string lemma_key;  // MatchKey(lemma), or key when there is no lemma
  Upos upos = Upos::kX;
  std::string feats;  // UD feature string "Case=Nom|Number=Sing", "_" if none
};

struct Sentence {
  uint32_t start = 0;  // code points into Document::text
  uint32_t end = 0;
  std::string text;  // the original text of [start, end)
  std::vector<Token> tokens;
  // A share-button or "read also" line kept by TextOptions::keep_boilerplate
  // (by default such lines are dropped and never become sentences).
  bool boilerplate = false;
  // Cut to the text layer's limits (ghatna/text.h): the sentence ran on
  // beyond kMaxSentenceTokens tokens and was ended there, and how many of its
  // tokens are pieces of a word longer than kMaxWordLetters.
  bool length_split = false;
  uint32_t cut_words = 0;
};

// Where a document's date comes from.
enum class DateSource : uint8_t {
  kNone,      // no date: offices are those of no particular day
  kInput,     // the input's "date" (or --date)
  kDateline,  // the dateline: "नई दिल्ली, 7 मई (भाषा)"
  kText,      // the latest full date the text writes
};

struct Document {
  std::string id;     // JSON-lines "id", or the file name without extension
  std::string date;   // ISO date YYYY-MM-DD (or YYYY-MM) when known, else empty
  DateSource date_source = DateSource::kNone;
  std::string title;
  std::string url;
  std::string source;     // JSON-lines "source": the outlet that published it
  std::string timestamp;  // JSON-lines "date" as written, when it has a time
  // The input named the id (JSON-lines "id"); false when the id is made up
  // from the file name (plain text, a JSON line without "id").
  bool id_given = true;
  std::string text;   // the original text, decoded UTF-8, BOM removed
  std::vector<Sentence> sentences;
  // Where the document came from, for error messages: "file" or "file:line".
  std::string origin;
  // A document too large to analyse at once (a plain-text file, a JSON
  // line's text of more than 512 KiB) arrives as several Document values with
  // the same id, one per part (cut at a paragraph break where possible, see
  // docs/text.md). `text` is then the part only, and `offset`
  // is the code point of the whole document where it begins: token and
  // sentence offsets already include it. Sentence numbers restart per part
  // unless the caller counts on (the CLI does).
  uint32_t offset = 0;
  uint32_t part = 0;       // 0 for the first (or only) part
  bool last_part = true;   // no further part of this document follows
};

}  // namespace ghatna

#endif  // GHATNA_DOCUMENT_H_
