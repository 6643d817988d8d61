// The morphology stage's dictionaries: the closed-class lexicon (form ->
// readings), the open-class lexicon (lemma -> word classes), the inflection
// rules (suffix -> lemma ending) and the optional system word lists
// (apertium-hin, hunspell-hi). Loaded once, immutable afterwards.
//
//   morph::Lexicon lex;
//   Status s = lex.ParseClosed(text, "data/lexicon/closed.tsv");
//   if (const auto* r = lex.Closed("उन्होंने")) Use((*r)[0].lemma);
#ifndef GHATNA_MORPH_LEXICON_H_
#define GHATNA_MORPH_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ghatna/document.h"
#include "ghatna/io.h"
#include "text/word_hash.h"
#include "ghatna/status.h"

namespace ghatna::morph {

// Word classes of an open-class lemma (a bit set: a lemma may be several).
enum LexClass : uint16_t {
  kNM = 1 << 0,     // masculine noun
  kNF = 1 << 1,     // feminine noun
  kNMA = 1 << 2,    // masculine noun in -आ that inflects (लड़का -> लड़के)
  kAdj = 1 << 3,    // adjective
  kAdjA = 1 << 4,   // adjective in -आ that inflects (बड़ा -> बड़ी)
  kVerb = 1 << 5,   // verb; the lemma is the infinitive (करना)
  kPropn = 1 << 6,  // proper noun
  kAdv = 1 << 7,    // adverb
  kNum = 1 << 8,    // numeral
  kGeo = 1 << 9,    // a place name (with kPropn): NameType=Geo
  kNoun = kNM | kNF,
};

// Where an open-class entry came from (own entries override the others).
enum class LexSource : uint8_t { kOwn, kApertium };

struct Reading {
  std::string lemma;
  Upos upos = Upos::kX;
  std::string feats;
};

// One inflection rule of suffixes.tsv.
struct SuffixRule {
  std::string suffix;
  std::string replace;
  uint16_t classes = 0;  // the lemma must have one of these; 0 with guess
  bool guess = false;    // applies to unknown lemmas only
  Upos upos = Upos::kX;
  std::string feats;     // may hold Gender=@, Case=?, Number=?
};

using StringHash = text::WordHash;
// std::hash for closed_: Finish() walks it, and where two forms share a
// canonical spelling the one walked first is kept, so its order is part of
// the result.
struct StdStringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

class Lexicon {
 public:
  // Each Parse* reads one file's text; `origin` names it in errors
  // ("ORIGIN:LINE: reason"). Without `errors`, the first bad line stops the
  // parse and is returned (entries before it stay); with it, every bad line
  // is added there, skipped, and the result is Ok.
  Status ParseClosed(std::string_view text, std::string_view origin, DataErrors* errors = nullptr);
  Status ParseOpen(std::string_view text, std::string_view origin, LexSource source,
                   DataErrors* errors = nullptr);
  Status ParseSuffixes(std::string_view text, std::string_view origin, DataErrors* errors = nullptr);
  // Reads the <e lm=...><par n=...> entries of apertium-hin's .dix and adds
  // their single-word lemmas (own entries win). Returns the number added.
  size_t ParseApertiumDix(std::string_view text);
  // Reads a hunspell .dic word list (first line a count, "word[/flags]").
  size_t ParseHunspellDic(std::string_view text);

  // Readings of a closed-class form, or nullptr. A form not listed as spelled
  // is looked up by its canonical spelling (वहाँ/वहां, ख़िलाफ़/खिलाफ).
  const std::vector<Reading>* Closed(std::string_view form) const;
  // Class bits of an open-class lemma (0 if unknown). A lemma not found as
  // spelled is looked up in its canonical spelling (see CanonicalSpelling),
  // so that दण्ड finds दंड and ज़मीन finds जमीन.
  uint16_t Classes(std::string_view lemma) const;
  // The form is in the hunspell word list.
  bool InWordList(std::string_view form) const;
  const std::vector<SuffixRule>& rules() const { return rules_; }
  // Builds the canonical-spelling index; call once after the last Parse*.
  void Finish();
  size_t open_size() const { return open_.size(); }

 private:
  std::unordered_map<std::string, std::vector<Reading>, StdStringHash, std::equal_to<>> closed_;
  std::unordered_map<std::string, uint16_t, StringHash, std::equal_to<>> open_;
  // The same keyed by canonical spelling; filled by Finish().
  std::unordered_map<std::string, uint16_t, StringHash, std::equal_to<>> canon_;
  // Closed-class forms by canonical spelling (ख़िलाफ़ -> खिलाफ), for spellings
  // the closed lexicon does not list; filled by Finish().
  std::unordered_map<std::string, const std::vector<Reading>*, StringHash, std::equal_to<>>
      closed_canon_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> own_;  // lemmas from kOwn
  std::unordered_set<std::string, StringHash, std::equal_to<>> words_;
  std::vector<SuffixRule> rules_;
};

// Spelling variants of one word mapped to one key: nukta removed,
// chandrabindu as anusvara, a nasal consonant with virama before a consonant
// as anusvara (दण्ड/दंड, सम्बन्ध/संबंध, ज़मीन/जमीन, पाँच/पांच). Returns false
// (and leaves *out alone) when `s` has nothing to change.
bool CanonicalSpelling(std::string_view s, std::string* out);

// "NOUN-m" -> kNM|kNMA (for a lemma in -आ) etc.; 0 if not a class name.
uint16_t ParseOpenClass(std::string_view name, std::string_view lemma);

}  // namespace ghatna::morph

#endif  // GHATNA_MORPH_LEXICON_H_
