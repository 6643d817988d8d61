// The event coder's data, loaded once from data/verbs into immutable indexes:
// verb patterns (patterns.tsv), postpositions (postpositions.tsv), the
// sport/film/market discard list (discard.tsv) and the inflected forms of
// every verb the patterns use (generated from the lemmas).
//
//   auto lex = events::Lexicon::Load({{"patterns.tsv", text}, ...});
//   const events::VerbForm* f = lex->Form(events::MatchKey("किया"));  // करना, perf
#ifndef GHATNA_SRC_EVENTS_LEXICON_H_
#define GHATNA_SRC_EVENTS_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ghatna/status.h"

namespace ghatna::events {

// The key words are matched under: nukta removed (ज़ = ज), chandrabindu as
// anusvara, ZWJ/ZWNJ removed, Latin lower-cased.
std::string MatchKey(std::string_view word);

// What an inflected verb form says about the event.
enum class Form : uint8_t {
  kPerf,   // किया, मिले: happened
  kImpf,   // करता, करते (समय / हुए)
  kInf,    // करना, करने: a complement, not itself an event
  kFut,    // करेगा
  kSubj,   // करें: wish or proposal
  kStem,   // कर (with a vector verb: कर दिया, कर रहे)
  kConv,   // करके
};

struct VerbForm {
  int lemma = 0;  // index into Lexicon::lemmas()
  Form form = Form::kPerf;
};

// One word of a pattern: exact key or key prefix ("आरोप*").
struct WordPat {
  std::string key;
  bool prefix = false;
  bool Matches(std::string_view k) const {
    return prefix ? k.substr(0, key.size()) == key : k == key;
  }
};
using PhrasePat = std::vector<WordPat>;

struct VerbAlt {
  PhrasePat fixed;  // words before the verb (रद्द in रद्द करना)
  int lemma = -1;   // -1: no verb (nominal only)
};

struct Pattern {
  std::string code;  // "" for a blocker ("-")
  std::vector<PhrasePat> nouns;  // empty: a simple verb
  std::vector<VerbAlt> verbs;
  std::string source;                // "" = subject
  std::vector<std::string> targets;  // role keys
  std::vector<PhrasePat> needs;
  bool joint = false, nominal = false, allege = false, clause_target = false,
       no_embedded = false, sport = false;
  std::string ifreb;   // code when the source is REB
  std::string origin;  // "patterns.tsv:12"
  int order = 0;
};

enum class PostKind : uint8_t { kPost, kFused, kCoord };
struct Postposition {
  std::vector<std::string> words;  // keys
  std::string role;
  PostKind kind = PostKind::kPost;
};

// Hash for string-keyed maps looked up by string_view without a copy.
struct KeyHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using KeyMap = std::unordered_map<std::string, V, KeyHash, std::equal_to<>>;

class Lexicon {
 public:
  static Result<std::unique_ptr<Lexicon>> Load(
      const std::vector<std::pair<std::string, std::string>>& files);

  const std::vector<Pattern>& patterns() const { return patterns_; }
  const std::vector<std::string>& lemmas() const { return lemmas_; }
  // Readings of a word form as a verb (several lemmas may share a form).
  const std::vector<VerbForm>* Forms(std::string_view key) const;
  // Patterns whose noun (or, for simple verbs, first fixed word or lemma
  // form) may start at a word with this key: (pattern, noun alternative or -1).
  void Candidates(std::string_view key, std::vector<std::pair<int, int>>* out) const;
  // Simple-verb patterns by lemma.
  const std::vector<int>* VerbPatterns(int lemma) const;
  // Longest postposition starting at keys[i]; sets *len; nullptr if none.
  const Postposition* MatchPostposition(const std::vector<std::string>& keys, size_t i,
                                        int* len) const;
  bool IsDiscard(std::string_view key) const;
  int LemmaIndex(std::string_view lemma) const;

 private:
  int AddLemma(const std::string& lemma);
  void AddForms(int lemma);

  std::vector<Pattern> patterns_;
  std::vector<std::string> lemmas_;
  KeyMap<int> lemma_index_;
  KeyMap<std::vector<VerbForm>> forms_;
  KeyMap<std::vector<std::pair<int, int>>> by_first_word_;
  std::vector<std::pair<WordPat, std::pair<int, int>>> by_prefix_;
  std::unordered_map<int, std::vector<int>> by_lemma_;
  KeyMap<std::vector<Postposition>> posts_;
  KeyMap<bool> discard_;
  std::vector<std::string> discard_prefix_;
};

}  // namespace ghatna::events

#endif  // GHATNA_SRC_EVENTS_LEXICON_H_
