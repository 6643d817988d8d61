// BatchCoder: codes a stream of documents on several threads and hands each
// document's events back in input order. What `ghatna code` and
// `ghatna ingest` share, so that both code an article the same way.
//
//   ghatna::BatchCoder coder(*pipeline, {.threads = 4},
//                            [&](ghatna::CodedDocument& d) { Write(d.events); });
//   for (ghatna::Document& doc : docs) coder.Add(std::move(doc));
//   coder.Finish();
#ifndef GHATNA_BATCH_H_
#define GHATNA_BATCH_H_

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "ghatna/actors.h"
#include "ghatna/document.h"
#include "ghatna/events.h"
#include "ghatna/pipeline.h"

namespace ghatna {

struct BatchOptions {
  int threads = 0;              // 0: all cores
  bool keep_mentions = false;   // fill CodedDocument::mentions
};

// One document (or one part of a document read in parts) after coding.
struct CodedDocument {
  Document doc;  // as read and dated by the pipeline; its sentences are dropped
  // Its events, sentence numbers counted across the parts of the document;
  // for a later part only the (source, root, target) not coded in an
  // earlier part, so that a document gives one set whatever its size.
  std::vector<Event> events;
  std::vector<ActorMention> mentions;  // with keep_mentions; sentences as events
  size_t sentences = 0;  // this part's sentences
  // Cut to the text layer's limits (ghatna/text.h): sentences ended at
  // kMaxSentenceTokens, pieces of words longer than kMaxWordLetters.
  size_t sentences_split = 0, words_cut = 0;
};

class BatchCoder {
 public:
  using Sink = std::function<void(CodedDocument&)>;
  // `pipeline` must outlive the coder. `sink` is called on the calling
  // thread, once per document (part), in the order of Add.
  BatchCoder(const Pipeline& pipeline, BatchOptions options, Sink sink);

  // Queues `doc`; codes the queue when it holds 32 documents per thread or
  // 2 MB of text (memory stays bounded), calling the sink for each.
  void Add(Document doc);
  // Codes what is queued: at the end of input, and before a message that
  // must come after the events of the documents read before it.
  void Finish();

 private:
  const Pipeline& pipeline_;
  BatchOptions options_;
  Sink sink_;
  int threads_;
  std::vector<Document> batch_;
  std::vector<int> base_;  // sentence number of each document's first sentence
  std::vector<size_t> number_;  // each document's number in the input
  size_t batch_bytes_ = 0;
  // Documents are numbered in input order (all parts of one share a
  // number): per-document state is keyed by that number, not by the id, as
  // two files may share an id and a file that fails part-way never sends
  // its last part (issue 13).
  size_t doc_number_ = 0;
  // (source|root|target) already coded for a document read in parts, and
  // the number of its sentences before the next part.
  std::map<size_t, std::set<std::string>> seen_in_parts_;
  int sentences_before_ = 0;
};

}  // namespace ghatna

#endif  // GHATNA_BATCH_H_
