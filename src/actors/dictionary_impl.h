// Internals of the actor dictionary shared by the loader and the recogniser:
// a token trie over normalised match keys.
#ifndef GHATNA_SRC_ACTORS_DICTIONARY_IMPL_H_
#define GHATNA_SRC_ACTORS_DICTIONARY_IMPL_H_

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ghatna/actors.h"
#include "text/word_hash.h"

namespace ghatna {

enum class FormType : uint8_t { kName, kDemonym, kCapital, kAgent };
const char* FormTypeName(FormType type);

// One dictionary form ending at a trie node.
struct FormRef {
  uint32_t entry = 0;
  FormType type = FormType::kName;
  bool acronym = false;  // an all-capital Latin form of at most 4 letters
  uint8_t units = 0;     // number of words in the form
};

using StringHash = text::WordHash;

// A trie whose edges are whole words (interned match keys). Node 0 is the
// root; Child returns 0 when there is no edge.
class WordTrie {
 public:
  static constexpr uint32_t kNoWord = 0xFFFFFFFFu;
  // The id of `key`, or kNoWord if no form uses this word.
  uint32_t WordId(std::string_view key) const {
    auto it = words_.find(key);
    return it == words_.end() ? kNoWord : it->second;
  }
  uint32_t Child(uint32_t node, uint32_t word) const {
    if (word == kNoWord) return 0;
    if (node == 0) return word < roots_.size() ? roots_[word] : 0;
    auto it = edges_.find((static_cast<uint64_t>(node) << 32) | word);
    return it == edges_.end() ? 0 : it->second;
  }
  const std::vector<FormRef>& Forms(uint32_t node) const { return forms_[node]; }
  // Adds a form given as its word keys.
  void Add(const std::vector<std::string>& keys, const FormRef& ref);
  size_t NumForms() const { return num_terminals_; }
  void Reserve(size_t words) {
    words_.reserve(words);
    edges_.reserve(words);
    forms_.reserve(words);
  }

 private:
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> words_;
  std::unordered_map<uint64_t, uint32_t> edges_;
  // The root's children by word id (0: none): every word of a text asks the
  // root, few go further.
  std::vector<uint32_t> roots_;
  std::vector<std::vector<FormRef>> forms_{1};
  size_t num_terminals_ = 0;
};

// What an ActorDictionary holds: its entries and the word tries of their forms.
class ActorIndex {
 public:
  // Tells this index's answers from another's in the recogniser's per-thread
  // cache of word look-ups.
  const uint64_t id = next_id_.fetch_add(1);
  std::vector<ActorEntry> entries;
  WordTrie strict;  // every form, ActorMatchKey(word)
  WordTrie loose;   // names only, ActorMatchKey(word, /*loose=*/true)
  ActorDictionaryCounts counts;

 private:
  static inline std::atomic<uint64_t> next_id_{1};
};

// Splits a form as written into words (at spaces, hyphens and full stops).
std::vector<std::string_view> SplitFormWords(std::string_view form);

// Match keys for the oblique/plural forms of a last word: मंत्रियों → मंत्री,
// सैनिकों → सैनिक, नेताओं → नेता, सेनाएं → सेना, सरकारें → सरकार. `key` is
// already an ActorMatchKey. Appends to *out; *plural says whether a plural
// ending was removed.
void InflectionBases(std::string_view key, std::vector<std::string>* out);
bool HasPluralEnding(std::string_view key);

// Parses a date "YYYY", "YYYY-MM" or "YYYY-MM-DD" into YYYYMMDD; `end`
// chooses the last day for the approximate forms. False if malformed.
bool ParseActorDate(std::string_view s, bool end, int32_t* out);
// Parses a dated codes field ("A@2004-03-09..;B@..2004"). Returns "" on
// success or the reason.
std::string ParseDatedCodes(std::string_view field, std::vector<DatedCode>* out);

}  // namespace ghatna

#endif  // GHATNA_SRC_ACTORS_DICTIONARY_IMPL_H_
