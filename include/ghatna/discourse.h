// Discourse: an article-level memory of its actors, between the actor stage
// and the event coder. It says, for every phrase of every sentence's parse,
// which actors the phrase stands for, and for every predicate whose subject
// the sentence does not write, who that subject is, and how each was found:
// named in the sentence, a pronoun (उन्होंने, उनके), a dropped subject, the
// first person of a quote (मैंने, हमारी सरकार = the speaker and his side),
// दोनों / दोनों देश (the last two actors named together), वहां (the place
// last named).
//
//   ghatna::Discourse d(doc, parses, mentions);
//   for (const ghatna::Referent& r : d.PhraseReferents(s, phrase))
//     Use(r.code, ghatna::ResolutionName(r.how), r.antecedent);
//
// The model reads only the document, its parses and its actor mentions
// (docs/discourse.md lists its rules); it keeps references to them, which
// must outlive it. Building is linear in the document; lookups are const and
// thread-safe.
#ifndef GHATNA_DISCOURSE_H_
#define GHATNA_DISCOURSE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "ghatna/actors.h"
#include "ghatna/document.h"
#include "ghatna/syntax.h"

namespace ghatna {

// How an actor filling a phrase or a dropped argument was identified.
enum class Resolution : uint8_t {
  kNamed,     // named in the sentence: a name, a title with its owner, a demonym
  kTitle,     // a surname or bare title (महासचिव, मंत्रालय) resolved to an earlier mention
  kPronoun,   // उन्होंने, उनके, वह, वे, इसने
  kEllipsis,  // a subject the sentence does not write: the last subject before it
  kQuote,     // the first person of a quote or reported speech: its speaker
  kBoth,      // दोनों, दोनों देश, दोनों पक्ष: the last two actors named together
  kPlace,     // वहां (की सरकार): the state last named
  kImplied,   // the agent of a passive that names none (… गिरफ्तार किया गया:
              // the police of the arrested person's state)
  kEvent,     // the actor of an event named before: "इस हमले की निंदा" (the
              // attacker), "इस हमले में दो जवान शहीद" (the same attacker)
};
const char* ResolutionName(Resolution how);  // "named", "title", "pronoun", ...

struct Referent {
  std::string code;       // CAMEO actor code
  int mention = -1;       // the mention in the sentence itself (pronoun, title,
                          // name), or -1 when the actor is not written there
  int antecedent = -1;    // the mention where the actor is named (== mention
                          // when it is named in the sentence); -1 if none
  Resolution how = Resolution::kNamed;
  ActorKind kind = ActorKind::kState;
};

class Discourse {
 public:
  // `parses` has one parse per sentence of `doc` (or is empty: then no
  // phrase has referents); `mentions` are the actor stage's output for doc.
  Discourse(const Document& doc, const std::vector<SentenceParse>& parses,
            const std::vector<ActorMention>& mentions);

  // The actors phrase `phrase` of sentence `s` stands for (one for most
  // phrases; two for दोनों or a hyphenated pair such as भारत-पाक). Empty for
  // a phrase that names no actor or for out-of-range indices.
  const std::vector<Referent>& PhraseReferents(int s, int phrase) const;
  // The subject of predicate `p` of sentence `s` when the sentence does not
  // write one (no subject, passive agent or shared subject_from): the
  // speaker for a clause of reported speech, else the subject of the nearest
  // earlier clause, in this sentence or the two before it. Empty otherwise.
  const std::vector<Referent>& ImplicitSubject(int s, int p) const;
  // The speaker of clause `clause` of sentence `s` (a quote or कि-clause of a
  // verb of saying), resolved; empty when unknown.
  std::vector<Referent> Speaker(int s, int clause) const;
  // The owner of the document phrase `phrase` of sentence `s` names (बयान,
  // प्रस्ताव, रिपोर्ट … में): its genitive, else the subject of the latest act
  // that made it, in this sentence or the three before ("मंत्रालय ने बयान
  // जारी किया। बयान में …"). Empty when unknown.
  std::vector<Referent> DocumentOwner(int s, int phrase) const;

  const std::vector<ActorMention>& mentions() const { return mentions_; }
  // The states the article names most, the most first (principals).
  const std::vector<std::string>& main_states() const { return main_states_; }
  // The sentence's parse, or an empty one when there are none.
  const SentenceParse& parse(int s) const;

 private:
  void BuildSentence(int s);
  std::vector<Referent> FromMention(int m) const;
  std::vector<Referent> FirstPerson(int s, int phrase, bool possessive) const;
  int InnermostSpeechClause(int s, int token) const;
  void Remember(int s);

  const Document& doc_;
  const std::vector<SentenceParse>& parses_;
  const std::vector<ActorMention>& mentions_;
  std::vector<std::vector<int>> by_sentence_;                 // mention indices
  std::vector<std::vector<std::vector<Referent>>> phrase_refs_;  // [s][phrase]
  std::vector<std::vector<std::vector<Referent>>> implicit_;     // [s][predicate]
  // Actors named before, for pronouns: most recent first is not required;
  // each carries where and how it was written.
  struct Salient {
    Referent ref;
    int sentence = 0;
    int token = 0;        // first token of its phrase
    bool subject = false; // subject of a finite verb
    bool named = false;   // a name (not a role word alone)
    bool place = false;   // a state named as where something happens (बैंकाक में)
    bool plural = false;  // a plural noun heads its phrase (बंदूकधारियों)
  };
  std::vector<Referent> ResolvePronoun(int s, int phrase, bool honorific) const;
  std::vector<Salient> salient_;
  // Memory carried from sentence to sentence.
  std::vector<Referent> last_subject_;  // subject of the last finite clause
  int last_subject_sentence_ = -1;
  std::vector<Referent> last_pair_;     // the last two actors named together
  int last_pair_sentence_ = -9;         // in this sentence
  std::vector<Referent> last_state_group_;  // the last states listed together (two or more)
  int last_state_group_sentence_ = -9;       // in this sentence
  std::vector<Referent> last_group_;  // the last three or more actors of distinct principals
                                      // listed together (तीनों, चारों नेता)
  int last_group_sentence_ = -9;      // in this sentence
  std::vector<Referent> last_state_pair_;  // the last two states named together
  int last_state_pair_sentence_ = -9;      // in this sentence
  std::vector<Referent> last_people_pair_;  // the last two people of two sides (दोनों नेता)
  int last_people_pair_sentence_ = -9;      // in this sentence
  std::vector<Referent> last_sides_;    // the two sides of the last conflict named
  int unknown_subject_sentence_ = -9;  // the last sentence whose only subject is an unknown name
  std::vector<Referent> last_state_;    // the last state named
  // A quote left open at the end of a sentence ("उन्होंने कहा, '… । हम …
  // करते हैं।'"): its speaker, and how far into the current sentence the
  // quote runs (its first quote mark, or the whole sentence).
  std::vector<Referent> open_quote_speaker_;
  int open_quote_sentence_ = -9;
  int open_quote_end_ = -1;
  // The states the article names most (by principal, named mentions only,
  // the most first; ties by first mention): the sides दोनों देश asked
  // something stand for when no pair was named together; with the
  // sentence each is first named in (an anaphor looks back).
  std::vector<std::string> main_states_;
  std::vector<int> main_state_first_;
  SentenceParse empty_parse_;
  std::vector<Referent> none_;
};

}  // namespace ghatna

#endif  // GHATNA_DISCOURSE_H_
