// CoNLL-U reading and CoNLL 2018-style span alignment, for evaluating ghatna
// on Universal Dependencies treebanks from raw text.
//
//   auto gold = ghatna::ReadConllu("hi_pud-dev.conllu");       // Result<...>
//   ghatna::GoldText raw = ghatna::BuildGoldText(*gold);        // raw text + spans
//   ghatna::SpanScore s = ghatna::ScoreSpans(raw.AllTokenSpans(), system_spans);
//
// Raw text convention (documented in docs/text.md): the `# text` lines of the
// sentences of one paragraph are joined by a single space; a new paragraph
// starts at every `# newdoc` and `# newpar` comment (and at the first
// sentence); paragraphs are separated by one blank line ("\n\n"). A sentence
// without `# text` gets its text rebuilt from the word forms and SpaceAfter=No.
//
// Spans are [start, end) in Unicode code points of GoldText::text. As in the
// CoNLL 2018 shared task, a system token is correct when its span equals a
// gold token span exactly, and a sentence is correct when its span equals a
// gold sentence span exactly (spans are trimmed of whitespace on both sides).
#ifndef GHATNA_CONLLU_H_
#define GHATNA_CONLLU_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ghatna/status.h"

namespace ghatna {

// One syntactic word (an integer-id line). Empty nodes (ids like 8.1) are
// skipped when reading.
struct ConlluWord {
  int id = 0;
  std::string form, lemma, upos, xpos, feats;
  int head = 0;  // 0 = root; -1 when the column is "_"
  std::string deprel, deps, misc;
  bool space_after = true;  // false when MISC has SpaceAfter=No
};

// A multi-word token line ("3-4 ..."): the surface form of words
// first..last (ids, inclusive).
struct ConlluMultiword {
  int first = 0;
  int last = 0;
  std::string form, misc;
  bool space_after = true;
};

struct ConlluSentence {
  std::string sent_id, text;  // from "# sent_id =" and "# text ="
  bool new_doc = false, new_par = false;
  std::string doc_id;          // "# newdoc id = X" (when given)
  int line = 0;                // line of the first line of the sentence
  std::vector<ConlluWord> words;
  std::vector<ConlluMultiword> multiwords;
};

// Reads a CoNLL-U file. Errors (missing file, a line with other than 10
// columns, a bad id or head) are kInvalidInput/kIoError naming file:line.
Result<std::vector<ConlluSentence>> ReadConllu(const std::string& path);
// The same from text in memory; `origin` names it in error messages.
Result<std::vector<ConlluSentence>> ParseConllu(std::string_view text,
                                                std::string_view origin);

struct CodeSpan {
  uint32_t start = 0;  // code points
  uint32_t end = 0;
  bool operator==(const CodeSpan& o) const { return start == o.start && end == o.end; }
  bool operator<(const CodeSpan& o) const {
    return start != o.start ? start < o.start : end < o.end;
  }
};

// The raw text of a treebank and where each gold unit lies in it.
struct GoldText {
  std::string text;                      // UTF-8 raw text (see the header comment)
  std::vector<CodeSpan> sentences;       // one per gold sentence
  // Per sentence, one span per word (words of a multi-word token all get the
  // span of that token).
  std::vector<std::vector<CodeSpan>> words;
  // Per sentence, one span per surface token (a multi-word token counts once).
  std::vector<std::vector<CodeSpan>> tokens;
  // Gold sentences whose forms could not be found in their `# text` (their
  // word spans were then estimated); 0 for a consistent treebank.
  int mismatched_sentences = 0;

  std::vector<CodeSpan> AllTokenSpans() const;  // flattened, in text order
  std::vector<CodeSpan> AllWordSpans() const;   // flattened, in text order
};

// Builds the raw text and the gold spans. Never fails: forms that cannot be
// located in `# text` are counted in mismatched_sentences.
GoldText BuildGoldText(const std::vector<ConlluSentence>& sentences);

// Precision/recall/F1 of exact span matches.
struct SpanScore {
  size_t gold = 0, system = 0, correct = 0;
  double precision() const { return system ? double(correct) / system : 0; }
  double recall() const { return gold ? double(correct) / gold : 0; }
  double f1() const {
    return gold + system ? 2.0 * correct / double(gold + system) : 0;
  }
};

// Counts system spans equal to some gold span (each gold span matches at most
// once). Neither list needs to be sorted.
SpanScore ScoreSpans(const std::vector<CodeSpan>& gold,
                     const std::vector<CodeSpan>& system);

// For each gold span, the index of the system span with exactly the same
// [start, end), or -1. Use it to compare word attributes (UPOS, lemma, head)
// of aligned words, as CoNLL 2018 does for words outside multi-word tokens.
// Words inside a multi-word token share one span; they are aligned in order
// with the system spans of that same span (i-th gold word with the i-th system
// word of equal span), so a system that splits the token into the same number
// of words aligns word by word.
std::vector<int> AlignSpans(const std::vector<CodeSpan>& gold,
                            const std::vector<CodeSpan>& system);

// Number of code points in valid UTF-8 `s` (bytes that are not a first byte of
// a sequence are not counted).
uint32_t CountCodePoints(std::string_view s);

}  // namespace ghatna

#endif  // GHATNA_CONLLU_H_
