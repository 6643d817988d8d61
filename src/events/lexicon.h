// The event coder's data, loaded once from data/verbs into immutable indexes:
// verb patterns (patterns.tsv: predicates of the parse and their roles),
// event nouns (nouns.tsv: nouns that state an event by themselves, with the
// frame of their genitive and postposition phrases), the sport/film/market
// discard list (discard.tsv) and the inflected forms of every verb the
// patterns use (generated from the lemmas). Roles are named by the canonical
// phrase markers of the syntax stage (syntax_internal::CanonicalMarker), so
// postpositions have one home.
//
//   auto lex = events::Lexicon::Load({{"patterns.tsv", text}, ...});
//   const std::vector<events::VerbForm>* f = lex->Forms(events::MatchKey("किया"));
#ifndef GHATNA_SRC_EVENTS_LEXICON_H_
#define GHATNA_SRC_EVENTS_LEXICON_H_

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ghatna/status.h"
#include "text/word_hash.h"

namespace ghatna::events {

// The key words are matched under: nukta removed (ज़ = ज), chandrabindu as
// anusvara, ZWJ/ZWNJ removed, Latin lower-cased.
std::string MatchKey(std::string_view word);

// What an inflected verb form is (from the generated form table).
enum class Form : uint8_t {
  kPerf,   // किया, मिले
  kImpf,   // करता, करते
  kInf,    // करना, करने
  kFut,    // करेगा
  kSubj,   // करें
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
  std::string alt;  // a second prefix: कैदि for कैदी* (कैदियों)
  bool Matches(std::string_view k) const {
    if (!prefix) return k == key;
    return k.substr(0, key.size()) == key || (!alt.empty() && k.substr(0, alt.size()) == alt);
  }
};
using PhrasePat = std::vector<WordPat>;

struct VerbAlt {
  PhrasePat fixed;  // words before the verb (रद्द in रद्द करना, हिरासत में in हिरासत में लेना)
  int lemma = -1;
};

// Role keys besides the canonical markers: the subject (empty key), "bare"
// (an unmarked object right before the verb: भारत पहुंचे) and "का*" (a
// genitive anywhere earlier in the clause).
inline constexpr std::string_view kSubjectRole = "";
inline constexpr std::string_view kBareRole = "bare";
// An event noun's role: the subject of the predicate the noun is an argument
// of ("भारत की मांग को पाकिस्तान ने ठुकरा दिया": the demand is made of Pakistan).
inline constexpr std::string_view kResponderRole = "responder";
// An event noun's role: the actor named right after it ("गिरफ्तार आतंकी ने
// बताया": the one arrested).
inline constexpr std::string_view kNextRole = "next";

struct Pattern {
  std::string code;  // "" for a blocker ("-")
  std::vector<PhrasePat> nouns;  // the conjunct noun (verbs) or the event noun (nouns.tsv)
  std::vector<VerbAlt> verbs;    // empty for an event noun
  std::vector<std::string> sources;  // role keys; empty = the subject
  std::vector<std::string> targets;  // role keys, tried in order
  std::vector<PhrasePat> needs;
  bool event_noun = false;  // a row of nouns.tsv
  bool joint = false, allege = false, clause_target = false, no_embedded = false,
       sport = false, complement = false, foreign = false;
  bool contest = false;  // a defeat: without its agent, no unnamed attackers
  bool claim = false;    // claims an attack reported before: its victim is the target
  bool meeting = false;  // मिलना as a meeting: not a thing received (see FillRoles)
  bool experiencer = false;  // X को … पर आपत्ति है: the dative subject is the source
  bool made = false;     // an event noun owned by its genitive source was made,
                         // whatever its clause does with it (भारत की मांग ठुकराई)
  bool refusal = false;  // an event only when negated, the negation being the
                         // refusal ("… को कभी स्वीकार नहीं करेगा"), also of the future
  bool label = false;    // its requirement is a label the verb gives its object
                         // ("… को क़ब्ज़ा बताया"): looked for outside the कि-clause
                         // or quote the verb governs ("… को बताया कि अवैध रूप से …")
  bool adversary = false;  // with no target written, the source's last adversary
                           // ("पाकिस्तान … इसका जवाब देगा" after India's strike)
  bool asked = false;    // built in: any act a speaker says another side should do
  std::string demanded;  // demanded=CODE: the code when a speaker says another
                         // side should do this act (an apology, a probe, a
                         // release: a demand, not an appeal)
  std::string ifhead;  // ifhead=CODE: the code when the target is the head of
                       // the predicate's own argument (a guest welcomed, "मोदी
                       // का स्वागत किया"), not a genitive inside it (a decision
                       // welcomed, "भारत के फ़ैसले का स्वागत किया")
  std::string ifreb;   // code when the source is an armed non-state group (REB)
                       // and the target is not armed forces or police
  std::vector<std::string> iftarget_roles;   // iftarget=REB:1722, CVL|EDU:175: the code
  std::string iftarget_code;                 // when the target has one of these roles
  std::vector<std::string> ifsource_roles;   // ifsource=COP|JUD:173: the code
  std::string ifsource_code;                 // when the source has one of these roles
  std::string implied_agent;  // role of the agent of a passive that names
                              // none: the target's state with it (COP for
                              // an arrest)
  std::string implied_addressee;  // role of the target a demand that names
                                  // none is made of: the source's own state
                                  // in it (GOV: "विपक्ष ने जांच की मांग की")
  std::string body;    // body=IGOUNO: with no target named, the body the
                       // act is done in, when the article has named it
                       // (a veto: the Security Council)
  std::string origin;  // "patterns.tsv:12"
};

// A fixed set of words compared under MatchKey, keyed once (a function-local
// `static const KeySet kWords({"भी", "ही"});` costs nothing per call).
class KeySet {
 public:
  KeySet(std::initializer_list<const char*> words);
  bool Contains(std::string_view key) const;

 private:
  std::vector<std::string> keys_;  // sorted by length, then bytes
};

// Hash for string-keyed maps looked up by string_view without a copy.
using KeyHash = text::WordHash;
template <typename V>
using KeyMap = std::unordered_map<std::string, V, KeyHash, std::equal_to<>>;

class Lexicon {
 public:
  // Loads (file name, content) pairs: names containing "discard" are the
  // discard list, "nonevents" the predicates that are not events,
  // "casualties" the predicates that report people killed or wounded,
  // "nouns" event nouns, any other name verb patterns. A bad
  // line gives kInvalidInput "FILE:LINE: reason" (up to 20 lines).
  static Result<std::unique_ptr<Lexicon>> Load(
      const std::vector<std::pair<std::string, std::string>>& files);

  const std::vector<Pattern>& patterns() const { return patterns_; }
  const std::vector<std::string>& lemmas() const { return lemmas_; }
  // Readings of a word form as a verb (several lemmas may share a form).
  const std::vector<VerbForm>* Forms(std::string_view key) const;
  // Verb patterns one of whose verbs has this lemma, in file order.
  const std::vector<int>* VerbPatterns(int lemma) const;
  // The same, narrowed to what a sentence can match: the patterns of this
  // lemma whose conjunct noun ends in one of `keys` (the words before the
  // verb), and those with no noun or a prefix noun; sorted, no repeats.
  void VerbPatternsFor(int lemma, const std::vector<std::string_view>& keys, std::vector<int>* out) const;
  // Event-noun patterns (with the alternative) whose noun may END at a word
  // with this key.
  void NounCandidates(std::string_view key, std::vector<std::pair<int, int>>* out) const;
  bool IsDiscard(std::string_view key) const;
  // A predicate lemma ("कहना", "चिंता जताना", MatchKey of each word)
  // listed as not an event in nonevents.tsv.
  bool IsNonEvent(std::string_view lemma_key) const;
  int LemmaIndex(std::string_view lemma) const;
  // The role whose phrase holds the victims of a casualty predicate
  // (casualties.tsv): "subj", "obj" or "का", "|" between alternatives;
  // nullptr when the lemma (in
  // this voice) reports no casualties.
  const std::string* VictimRole(std::string_view lemma_key, bool passive) const;

 private:
  int AddLemma(const std::string& lemma);
  void AddForms(int lemma);

  std::vector<Pattern> patterns_;
  std::vector<std::string> lemmas_;
  KeyMap<int> lemma_index_;
  KeyMap<std::vector<VerbForm>> forms_;
  std::unordered_map<int, std::vector<int>> by_lemma_;
  std::unordered_map<int, KeyMap<std::vector<int>>> by_lemma_noun_;  // lemma -> noun's last word -> ids
  std::unordered_map<int, std::vector<int>> by_lemma_open_;          // no noun, or a prefix noun
  KeyMap<std::vector<std::pair<int, int>>> nouns_by_last_;
  std::vector<std::pair<WordPat, std::pair<int, int>>> nouns_by_prefix_;
  KeyMap<bool> discard_;
  KeyMap<bool> nonevents_;
  KeyMap<std::string> victims_;  // lemma key (+ " passive") -> role
  std::vector<std::string> discard_prefix_;
};

}  // namespace ghatna::events

#endif  // GHATNA_SRC_EVENTS_LEXICON_H_
