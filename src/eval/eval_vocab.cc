// ghatna eval vocab: how much of the vocabulary of real news the event coder
// knows (coded by a pattern, listed as not an event, or unknown).
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "eval/format.h"
#include "ghatna/eval.h"

namespace ghatna {

VocabularyEval::VocabularyEval(const Pipeline& pipeline, int examples)
    : pipeline_(pipeline), examples_(examples) {}

void VocabularyEval::Add(Document* doc) {
  Analysis a = pipeline_.Analyze(doc);
  // The principals (country, or IGO and its next three letters) each
  // sentence names.
  std::vector<std::set<std::string>> principals(doc->sentences.size());
  for (const ActorMention& m : a.mentions)
    if (!m.code.empty() && m.sentence >= 0 && m.sentence < static_cast<int>(principals.size()))
      principals[m.sentence].insert(m.code.substr(0, m.code.rfind("IGO", 0) == 0 ? 6 : 3));
  for (size_t s = 0; s < doc->sentences.size(); ++s) {
    if (principals[s].size() < 2) continue;
    ++sentences_;
    for (const auto& k : pipeline_.coder().Vocabulary(doc->sentences[s], a.parses[s])) {
      ++total_;
      if (k.known == EventCoder::Known::kCoded) ++coded_;
      if (k.known == EventCoder::Known::kNotEvent) ++not_event_;
      auto& c = counts_[k.lemma];
      c.first = k.known;
      ++c.second;
      auto& ex = seen_in_[k.lemma];
      if (k.known == EventCoder::Known::kUnknown && static_cast<int>(ex.size()) < examples_)
        ex.push_back(doc->id + ":" + std::to_string(s) + "\t" + doc->sentences[s].text);
    }
  }
}

std::vector<std::pair<size_t, std::string>> VocabularyEval::Unknown() const {
  std::vector<std::pair<size_t, std::string>> unknown;
  for (const auto& [lemma, c] : counts_)
    if (c.first == EventCoder::Known::kUnknown) unknown.push_back({c.second, lemma});
  std::sort(unknown.rbegin(), unknown.rend());
  return unknown;
}

std::string VocabularyEval::Text(int top) const {
  using eval_internal::Format;
  const std::vector<std::pair<size_t, std::string>> unknown = Unknown();
  const size_t total = total_;
  std::string out = Format("sentences with two actors: %zu\n", sentences_);
  out += Format("predicate occurrences: %zu  coded %zu (%.1f%%)  not an event %zu (%.1f%%)  unknown %zu\n",
                total, coded_, total ? 100.0 * coded_ / total : 0.0, not_event_,
                total ? 100.0 * not_event_ / total : 0.0, total - coded_ - not_event_);
  out += Format("coverage (coded or not an event): %.1f%%\n",
                total ? 100.0 * (coded_ + not_event_) / total : 0.0);
  out += Format("distinct predicates: %zu, unknown: %zu\n", counts_.size(), unknown.size());
  for (int i = 0; i < top && i < static_cast<int>(unknown.size()); ++i) {
    out += Format("  %6zu  %s\n", unknown[i].first, unknown[i].second.c_str());
    auto it = seen_in_.find(unknown[i].second);
    if (it == seen_in_.end()) continue;
    for (const std::string& e : it->second) out += "          " + e + "\n";
  }
  return out;
}

}  // namespace ghatna
