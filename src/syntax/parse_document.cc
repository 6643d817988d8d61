// ParseDocument (ghatna/syntax.h): morphology and parse of a whole document.
#include "ghatna/syntax.h"
#include "ghatna/text.h"

namespace ghatna {

std::vector<SentenceParse> ParseDocument(Document* doc, const Morphology& morph) {
  if (doc->sentences.empty()) AnalyzeText(doc);
  std::vector<SentenceParse> parses;
  parses.reserve(doc->sentences.size());
  for (Sentence& s : doc->sentences) {
    morph.Analyze(&s);
    // Scare quotes (ghatna/text.h): the words again without them.
    if (DropScareQuotes(&s)) morph.Analyze(&s);
    parses.push_back(ParseSentence(s));
  }
  return parses;
}

}  // namespace ghatna
