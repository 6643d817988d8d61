// Writers for what the pipeline finds besides events (events have theirs in
// ghatna/events.h): sentences, tokens, parses, actor mentions and resolved
// referents, romanised tokens, in the formats of
// `ghatna sentences|tokens|parse|actors|romanize`
// (docs/output.md). A writer is given the parts of a document in order and
// numbers sentences and mentions per document, so that a document read in
// parts (Document::part) is written as if it had come whole: one
// "# newdoc", unique sentence and mention numbers.
//
//   auto w = ghatna::AnalysisWriter::Create(ghatna::AnalysisKind::kParses, "conllu");
//   std::string out;
//   (*w)->Begin(&out);                          // a header, if the format has one
//   (*w)->Write(doc, analysis, &out);           // each part, in order
#ifndef GHATNA_WRITERS_H_
#define GHATNA_WRITERS_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ghatna/document.h"
#include "ghatna/pipeline.h"
#include "ghatna/status.h"

namespace ghatna {

enum class AnalysisKind {
  kSentences,  // jsonl | tsv: doc_id, sentence, start, end, text
  kTokens,     // jsonl | tsv: the sentences with their tokens (kind, offsets)
  kParses,     // jsonl | conllu | tree: tokens with lemma/upos/feats, phrases,
               // predicates and their arguments, clauses
  kMentions,   // jsonl | tsv: actor mentions with codes
  kReferents,  // jsonl: the actor of every phrase after the discourse model
  kRomanized,  // jsonl | tsv: tokens with the ISO 15919 ("iso") and Hindi
               // ("hindi") romanisations of their Devanagari
};

// The formats `kind` can be written in, the default first.
std::vector<std::string> AnalysisFormats(AnalysisKind kind);

class AnalysisWriter {
 public:
  // A writer of `kind` in `format` (one of AnalysisFormats(kind)); else
  // kInvalidArgument naming the formats there are.
  static Result<std::unique_ptr<AnalysisWriter>> Create(AnalysisKind kind, std::string_view format);
  virtual ~AnalysisWriter() = default;

  // Appends the format's header line (mentions as TSV), else nothing.
  virtual void Begin(std::string* out) {}
  // Appends one part of a document: doc.sentences as analysed, with
  // analysis.parses (one per sentence; kParses, kReferents) and
  // analysis.mentions (kMentions, kReferents). A part numbered 0 starts a
  // new document. Not thread-safe: one writer per output stream.
  virtual void Write(const Document& doc, const Analysis& analysis, std::string* out) = 0;
};

}  // namespace ghatna

#endif  // GHATNA_WRITERS_H_
