// The text layer: UTF-8 decoding, normalisation with a map back to the
// original, sentence splitting and tokenisation of Hindi news text. The rules
// are described in docs/text.md.
//
//   ghatna::Document doc;
//   doc.text = "लवरोव ने गुटेरेस से बात की।";
//   ghatna::AnalyzeText(&doc);   // fills doc.sentences[i].tokens
#ifndef GHATNA_TEXT_H_
#define GHATNA_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ghatna/document.h"
#include "ghatna/status.h"

namespace ghatna {

enum class DecodeMode {
  kStrict,  // the first invalid sequence is an error
  kRepair,  // invalid sequences become U+FFFD and are counted
};

struct DecodeStats {
  size_t replaced = 0;   // invalid sequences replaced (kRepair)
  bool had_bom = false;  // a leading UTF-8 BOM was removed
};

// Validates `bytes` as UTF-8 and writes the decoded text (BOM removed, CRLF
// and lone CR kept as written: offsets count them) to *out. On failure in
// kStrict mode returns kInvalidInput with "ORIGIN:LINE: byte offset N:
// invalid UTF-8 (reason, byte 0xXX)" and leaves *out unspecified. In kRepair
// mode never fails: each maximal broken sequence becomes one U+FFFD.
Status DecodeUtf8(std::string_view bytes, std::string_view origin,
                  DecodeMode mode, std::string* out,
                  DecodeStats* stats = nullptr);

// Where a part of a larger input starts: 1-based line and 0-based byte offset.
struct DecodePosition {
  size_t line = 1;
  uint64_t byte = 0;
};

// DecodeUtf8 for one part of a larger input read in parts: APPENDS to *out,
// reports errors with the line and byte offset of the whole input, removes a
// BOM only when pos->byte == 0, accumulates into *stats (may be null) and
// advances *pos past `bytes`. A part must not end inside a UTF-8 sequence.
Status DecodeUtf8Part(std::string_view bytes, std::string_view origin,
                      DecodeMode mode, DecodePosition* pos, std::string* out,
                      DecodeStats* stats);

// Normalised text with a map back to the original.
struct NormalizedText {
  std::u32string text;  // normalised code points
  // start[i] is the original code point where text[i] comes from;
  // start[text.size()] is the original length. Non-decreasing. A code point
  // removed by normalisation (ZWJ, soft hyphen) belongs to the normalised
  // code point before it, so the original span of text[i, j) is
  // [start[i], start[j]).
  std::vector<uint32_t> start;
  // byte[i]: the same as start[i] in bytes of the original UTF-8.
  std::vector<uint32_t> byte;
  // Sorted indexes i where text[i] differs from the original code point at
  // start[i] or where original code points were dropped after text[i]:
  // text[i, j) with no index in `changed` is a verbatim copy of the
  // original bytes [byte[i], byte[j]).
  std::vector<uint32_t> changed;
};

// Normalises valid UTF-8 `original` (see docs/text.md): NFC (nukta letters
// decomposed, as NFC does), ZWJ/ZWNJ/soft hyphen/ZWSP removed (ZWJ kept
// inside emoji sequences), '|' after Devanagari read as danda, double danda
// as ॥, quote, dash, space and line-break variants folded (CRLF -> \n), ॰ as
// '.'. Never fails; invalid bytes read as U+FFFD. Reuses out's buffers.
void NormalizeText(std::string_view original, NormalizedText* out);

// The normalised form of a short string as UTF-8 (for dictionaries that must
// match token text: normalise entries with this).
std::string NormalizeString(std::string_view original);

// The key under which every stage compares a dictionary word with a text
// word: nukta, ZWJ/ZWNJ, soft hyphen and BOM removed, nukta letters and
// ऩ ऱ ऴ as their base letters, chandrabindu as anusvara, a nasal consonant
// + virama before a stop as anusvara (प्रतिबन्ध = प्रतिबंध), Latin
// lower-cased. With `loose` (names, where outlets differ most), also long
// and short vowels (ी/ि, ू/ु), ऐ/ए, औ/ओ, ऑ/आ and doubled consonants
// (मुहम्मद = मुहमद) fold. A word already in strict form costs one copy.
std::string MatchKey(std::string_view word, bool loose = false);

// The date an article's own text gives, for an input without one: the
// dateline ("नई दिल्ली, 7 मई (भाषा)", its year from the text when it writes
// none), else the latest full date written ("7 मई 2019", "मई 2019",
// "2019-05-07", "07.05.2019"), as YYYY-MM-DD or YYYY-MM; "" and kNone when
// there is none. *source says which.
std::string DateFromText(std::string_view text, DateSource* source);
const char* DateSourceName(DateSource source);  // "input", "dateline", "text", "none"

// Tokens of `text` (valid UTF-8) without sentence splitting, offsets in code
// points of `text`. Boilerplate lines are kept.
std::vector<Token> Tokenize(std::string_view text);

// Limits that keep every later stage linear in the length of its input (a
// parser or a morphology may take time quadratic in a sentence or a word;
// bounded pieces make the whole linear). A sentence that runs on beyond
// kMaxSentenceTokens tokens is ended there (after the last comma, semicolon,
// colon or dash of its last quarter when there is one) and
// Sentence::length_split is set; a token longer than kMaxWordLetters code
// points (kMaxUrlLetters for a URL or an e-mail address) is cut into pieces
// of at most that many, not before a combining mark, with no space between
// (Sentence::cut_words counts the pieces after the first). News text never
// comes near either limit.
inline constexpr size_t kMaxSentenceTokens = 256;
inline constexpr size_t kMaxWordLetters = 64;
inline constexpr size_t kMaxUrlLetters = 2048;

struct TextOptions {
  // Share-button and "read also" lines (docs/text.md) are dropped unless
  // true; when true they are kept as sentences marked boilerplate.
  bool keep_boilerplate = false;
};

// Splits doc->text into sentences and tokens (replacing doc->sentences).
// doc->text must be valid UTF-8 (see DecodeUtf8; other bytes read as U+FFFD)
// and shorter than 4 GiB (DocumentReader delivers large files in parts).
// Offsets are code points of doc->text plus doc->offset. Thread-safe: each
// thread reuses its own working buffers.
void AnalyzeText(Document* doc, const TextOptions& options);
void AnalyzeText(Document* doc);

// Drops scare quotes from a sentence's tokens: a pair of quote marks (" or
// ') around one to six words with no end of sentence, comma, colon or dash
// inside, not opened right after a comma, colon or dash (where a short
// quotation starts): "प्रदर्शनकारियों का बर्ताव "अस्वीकार्य" था". The
// analysis then reads the clause as if unquoted; the other tokens keep their
// offsets. A pair that holds a verb or an auxiliary (once the morphology has
// tagged the words) is a quotation and stays. Returns whether it dropped any
// (the morphology then reads the sentence again: ParseDocument).
bool DropScareQuotes(Sentence* s);

// The byte position just after the first blank line (a line break, optional
// spaces, tabs or CRs, and another line break) that starts at or after
// `from`, or npos. A blank line always ends a sentence, so text cut there
// analyses the same in parts as whole.
size_t NextParagraphBreak(std::string_view text, size_t from);

}  // namespace ghatna

#endif  // GHATNA_TEXT_H_
