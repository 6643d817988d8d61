// Morphology: lemma, UD part of speech and features for every token.
//
//   auto morph = ghatna::Morphology::Load(data_dir);   // Result<...>
//   ghatna::AnalyzeText(&doc);
//   for (auto& s : doc.sentences) (*morph)->Analyze(&s);  // fills lemma/upos/feats
//
// Lemmas, UPOS and features follow the UD Hindi treebanks (HDTB/PUD): verbs
// as infinitive (किया -> करना), nouns in the direct singular (मंत्रियों ->
// मंत्री), adjectives masculine singular (बड़ी -> बड़ा), oblique nominals
// Case=Acc, the copula है/था as AUX after a verb or adjective and as the main
// VERB (lemma हैना/थाना, the treebank's convention) after a noun. See
// docs/morph.md for the data files and the measured accuracy.
#ifndef GHATNA_MORPH_H_
#define GHATNA_MORPH_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ghatna/document.h"
#include "ghatna/status.h"

namespace ghatna {

// Which optional system dictionaries to read at load time, besides ghatna's
// own lexicons under data/lexicon. Both are GPL packages read from their
// Debian install paths (never copied into ghatna); a missing file is not an
// error, it only makes the analysis less accurate (see docs/morph.md).
struct MorphOptions {
  // apertium-hin's lttoolbox dictionary: open-class lemmas with their part of
  // speech, gender and inflection class.
  bool use_apertium = true;
  std::string apertium_dix = "/usr/share/apertium/apertium-hin/apertium-hin.hin.dix";
  // hunspell-hi's word list: tells a known common word from an unknown one
  // (an unknown word with no other evidence is guessed PROPN).
  bool use_hunspell = false;
  std::string hunspell_dic = "/usr/share/hunspell/hi_IN.dic";
};

// One reading of a word form out of context.
struct MorphAnalysis {
  std::string lemma;
  Upos upos = Upos::kX;
  std::string feats;  // UD feature string, "_" if none
};

class Morphology {
 public:
  // Loads the lexicons under data_dir (data/lexicon/: closed.tsv, open.tsv,
  // suffixes.tsv). Bad lines give kInvalidInput "FILE:LINE: reason", one a
  // line, up to kMaxDataErrors (the loaders' convention, ghatna/io.h).
  // Without options: the defaults, or GHATNA_MORPH_APERTIUM=0 and
  // GHATNA_MORPH_HUNSPELL=1 from the environment.
  static Result<std::unique_ptr<Morphology>> Load(const std::string& data_dir);
  static Result<std::unique_ptr<Morphology>> Load(const std::string& data_dir,
                                                  const MorphOptions& options);
  // As Load, from (file name, content) pairs, e.g. {"closed.tsv", "..."}:
  // one of each of the three files (a name may be a path ending in one).
  static Result<std::unique_ptr<Morphology>> LoadFromMemory(
      const std::vector<std::pair<std::string, std::string>>& files,
      const MorphOptions& options = MorphOptions());
  virtual ~Morphology() = default;

  // Fills Token::lemma, Token::upos and Token::feats for every token of
  // `sentence`, choosing among the readings of each word by its neighbours.
  // Thread-safe: one Morphology may serve many threads.
  virtual void Analyze(Sentence* sentence) const = 0;

  // The readings of one normalised word form out of context, the default
  // (most likely) first; never empty (an unknown word gets a guess).
  // Thread-safe.
  virtual std::vector<MorphAnalysis> AnalyzeForm(std::string_view form) const = 0;
};

// "NOUN" -> Upos::kNOUN; an unknown name gives Upos::kX.
Upos ParseUpos(std::string_view name);

}  // namespace ghatna

#endif  // GHATNA_MORPH_H_
