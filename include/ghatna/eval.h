// Evaluations of the pipeline's stages against gold data, as `ghatna eval`
// prints them: tokenisation and sentence splitting (ud), lemma/UPOS/features
// (morph) and argument attachment (syntax) against a UD treebank, and how
// many predicates of real news the event patterns know (vocab). Each returns
// its counts, and a *Text function writes the report the command prints.
//
//   auto gold = ghatna::ReadConllu("hi_pud-dev.conllu");
//   ghatna::TokenizationEval ud = ghatna::EvaluateTokenization(*gold, {});
//   std::printf("%s", ghatna::TokenizationEvalText(ud).c_str());
#ifndef GHATNA_EVAL_H_
#define GHATNA_EVAL_H_

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "ghatna/conllu.h"
#include "ghatna/document.h"
#include "ghatna/morph.h"
#include "ghatna/pipeline.h"

namespace ghatna {

// ---- ghatna eval ud: sentence and token F1 of the text layer from raw text
// (BuildGoldText), spans compared as in CoNLL 2018.
struct TokenizationEval {
  SpanScore tokens, words, sentences;
  int mismatched_sentences = 0;  // GoldText::mismatched_sentences
  // With list_errors: "missed|extra token|sentence [s,e) «text» in …context…"
  // lines, missed and extra tokens first, then sentences.
  std::vector<std::string> errors;
};
TokenizationEval EvaluateTokenization(const std::vector<ConlluSentence>& gold, bool list_errors);
// The error lines, then the table (or, with `json`, one JSON line naming `file`).
std::string TokenizationEvalText(const TokenizationEval& eval, bool json = false,
                                 const std::string& file = "");

// ---- ghatna eval morph: lemma, UPOS and UFeats F1, from raw text (words
// aligned by span) and from the gold tokens (morphology alone).
struct MorphScores {
  size_t gold = 0, system = 0, tokens = 0, upos = 0, lemma = 0, feats = 0;
  double F1(size_t correct) const {
    return gold + system ? 200.0 * correct / double(gold + system) : 0;
  }
};
struct MorphEval {
  size_t sentences = 0;
  MorphScores raw, gold_tokens;
  // Gold tokens: gold UPOS -> (words, correct UPOS).
  std::map<std::string, std::pair<size_t, size_t>> by_pos;
  // Gold tokens: "GOLD -> SYSTEM\tform" and "UPOS\tform\tlemma != ours" -> count.
  std::map<std::string, size_t> upos_errors, lemma_errors;
  // One TSV line per gold-token word: sentence id, index, form, gold and
  // system UPOS, lemma, feats.
  std::string dump;
};
// `dump`: fill MorphEval::dump.
MorphEval EvaluateMorphology(const std::vector<ConlluSentence>& gold, const Morphology& morph,
                             bool dump = false);
// The report: scores, with `by_pos` the UPOS accuracy per gold UPOS, with
// `errors` > 0 the commonest UPOS and lemma errors. `file` names the treebank.
std::string MorphEvalText(const MorphEval& eval, const std::string& file, bool by_pos,
                          int errors);

// ---- ghatna eval syntax: argument attachment (docs/grammar.md).
struct AttachmentCounts {
  size_t gold = 0, recalled = 0, system = 0, correct = 0, genobj = 0;
  double P() const { return system ? 100.0 * correct / system : 0; }
  double R() const { return gold ? 100.0 * recalled / gold : 0; }
  double F() const { return P() + R() > 0 ? 2 * P() * R() / (P() + R()) : 0; }
};
enum class SyntaxEvalMode { kGold, kGoldTokens, kRaw };
struct SyntaxEval {
  SyntaxEvalMode mode;
  AttachmentCounts counts;
  std::string errors;  // up to N "MISS ..." and N "FALSE ..." entries
};
// Scores the modes asked for, in the order gold, gold tokens, raw text.
// `morph` may be null when only kGold is asked. `errors` > 0 lists that many
// missed and false attachments per mode.
std::vector<SyntaxEval> EvaluateSyntax(const std::vector<ConlluSentence>& gold,
                                       const Morphology* morph,
                                       const std::vector<SyntaxEvalMode>& modes, int errors);
// The report: "FILE: N sentences, M words", then per mode its errors and scores.
std::string SyntaxEvalText(const std::vector<SyntaxEval>& evals,
                           const std::vector<ConlluSentence>& gold, const std::string& file);

// ---- ghatna eval vocab: for each sentence naming two actors (principals),
// whether each predicate is coded, listed as not an event, or unknown.
class VocabularyEval {
 public:
  // `pipeline` must outlive this. `examples`: sentences kept per unknown
  // predicate.
  explicit VocabularyEval(const Pipeline& pipeline, int examples = 0);
  // Analyses `doc` and counts its predicates.
  void Add(Document* doc);
  // Coverage, then the `top` commonest unknown predicates with their examples.
  std::string Text(int top) const;

  size_t sentences() const { return sentences_; }
  size_t total() const { return total_; }
  size_t coded() const { return coded_; }
  size_t not_event() const { return not_event_; }
  // Unknown predicates, commonest first: (occurrences, lemma).
  std::vector<std::pair<size_t, std::string>> Unknown() const;

 private:
  const Pipeline& pipeline_;
  int examples_;
  std::map<std::string, std::pair<EventCoder::Known, size_t>> counts_;
  std::map<std::string, std::vector<std::string>> seen_in_;
  size_t sentences_ = 0, total_ = 0, coded_ = 0, not_event_ = 0;
};

}  // namespace ghatna

#endif  // GHATNA_EVAL_H_
