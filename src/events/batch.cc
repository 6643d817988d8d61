#include "ghatna/batch.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include "ghatna/text.h"

namespace ghatna {

namespace {
bool Multipart(const Document& doc) { return doc.part > 0 || !doc.last_part; }
}  // namespace

BatchCoder::BatchCoder(const Pipeline& pipeline, BatchOptions options, Sink sink)
    : pipeline_(pipeline), options_(options), sink_(std::move(sink)) {
  threads_ = options_.threads > 0
                 ? options_.threads
                 : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

void BatchCoder::Add(Document doc) {
  // A document split in parts: sentence numbers count on across parts, so
  // its sentences are split here, in input order.
  if (doc.part == 0) {
    ++doc_number_;
    sentences_before_ = 0;
  }
  int b = 0;
  if (Multipart(doc)) {
    AnalyzeText(&doc);
    b = sentences_before_;
    sentences_before_ += static_cast<int>(doc.sentences.size());
  }
  base_.push_back(b);
  number_.push_back(doc_number_);
  batch_bytes_ += doc.text.size();
  batch_.push_back(std::move(doc));
  // Bounded memory: a batch holds at most 32 articles per thread or 2 MB of
  // text (analysed text takes about 20 times its size).
  if (batch_.size() >= static_cast<size_t>(threads_) * 32 || batch_bytes_ >= (2u << 20)) Finish();
}

void BatchCoder::Finish() {
  std::vector<CodedDocument> results(batch_.size());
  std::atomic<size_t> next{0};
  auto work = [&]() {
    for (size_t i; (i = next.fetch_add(1)) < batch_.size();) {
      CodedDocument& r = results[i];
      if (options_.keep_mentions) {
        Analysis a = pipeline_.Analyze(&batch_[i]);
        r.events = std::move(a.events);
        r.mentions = std::move(a.mentions);
        for (ActorMention& m : r.mentions) m.sentence += base_[i];
      } else {
        r.events = pipeline_.Run(&batch_[i]);
      }
      for (Event& e : r.events) e.sentence += base_[i];
      r.sentences = batch_[i].sentences.size();
      for (const Sentence& s : batch_[i].sentences) {
        r.sentences_split += s.length_split;
        r.words_cut += s.cut_words;
      }
      r.doc = std::move(batch_[i]);
      r.doc.sentences = std::vector<Sentence>();  // free the analysis early
    }
  };
  if (threads_ <= 1 || batch_.size() <= 1) {
    work();
  } else {
    std::vector<std::thread> pool;
    for (int t = 0; t < std::min<int>(threads_, static_cast<int>(batch_.size())); ++t)
      pool.emplace_back(work);
    for (auto& t : pool) t.join();
  }
  batch_.clear();
  base_.clear();
  std::vector<size_t> numbers;
  numbers.swap(number_);
  batch_bytes_ = 0;
  for (size_t i = 0; i < results.size(); ++i) {
    CodedDocument& r = results[i];
    const bool multipart = Multipart(r.doc);
    // Documents before this one are done, or stopped part-way by an input
    // error without their last part.
    seen_in_parts_.erase(seen_in_parts_.begin(), seen_in_parts_.lower_bound(numbers[i]));
    if (multipart) {
      auto& seen = seen_in_parts_[numbers[i]];
      std::vector<Event> kept;
      for (Event& e : r.events)
        if (seen.insert(e.source.code + "|" + e.root_code + "|" + e.target.code).second)
          kept.push_back(std::move(e));
      r.events.swap(kept);
    }
    sink_(r);
    if (multipart && r.doc.last_part) seen_in_parts_.erase(numbers[i]);
  }
}

}  // namespace ghatna
