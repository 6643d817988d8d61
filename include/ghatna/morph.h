// Morphology: lemma, UD part of speech and features for every token.
//
//   auto morph = ghatna::Morphology::Load(data_dir);   // Result<...>
//   ghatna::AnalyzeText(&doc);
//   for (auto& s : doc.sentences) (*morph)->Analyze(&s);  // fills lemma/upos/feats
#ifndef GHATNA_MORPH_H_
#define GHATNA_MORPH_H_

#include <memory>
#include <string>

#include "ghatna/document.h"
#include "ghatna/status.h"

namespace ghatna {

class Morphology {
 public:
  // Loads the lexicons under data_dir (data/lexicon/...). Errors name
  // file:line and reason.
  static Result<std::unique_ptr<Morphology>> Load(const std::string& data_dir);
  virtual ~Morphology() = default;

  // Fills Token::lemma, Token::upos and Token::feats for every token of
  // `sentence`. Thread-safe: one Morphology may serve many threads.
  virtual void Analyze(Sentence* sentence) const = 0;
};

}  // namespace ghatna

#endif  // GHATNA_MORPH_H_
