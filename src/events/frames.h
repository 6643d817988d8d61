// The event coder's internal model, shared by its parts:
//   triggers.cc  finds predicates of the parse and event nouns that match a
//                pattern (trigger matching);
//   roles.cc     fills a pattern's source and target from the predicate's
//                arguments, the noun's genitive and postposition phrases and
//                the discourse model (role filling);
//   reality.cc   says whether the text reports the event as real, and how
//                (negated, future, wish, norm, question, condition, reported);
//   speech.cc    turns what a speaker says into what the speaker does
//                (accusation, appeal, threat, promise);
//   coder.cc     orders the candidates, pairs the actors and writes events.
#ifndef GHATNA_SRC_EVENTS_FRAMES_H_
#define GHATNA_SRC_EVENTS_FRAMES_H_

#include <string>
#include <string_view>
#include <vector>

#include "events/lexicon.h"
#include "ghatna/discourse.h"
#include "ghatna/document.h"
#include "ghatna/syntax.h"

namespace ghatna::events {

// What the coder reads of one sentence besides its parse, computed once.
struct SentenceView {
  int index = 0;
  const Sentence* sent = nullptr;
  const SentenceParse* parse = nullptr;
  std::vector<std::string_view> keys;   // MatchKey of every token (the tokens' own keys)
  std::vector<int> phrase_of;           // token -> phrase (words and postposition), -1
  std::vector<int> pred_of;             // token -> predicate, -1
  std::vector<int> attached;            // phrase -> predicate it is an argument of, -1
  std::vector<std::vector<int>> genitives;  // phrase -> its genitive modifiers
  std::vector<std::string> marker;      // phrase -> canonical marker ("का" for के/की)
  bool sport = false;                   // a discard word in the sentence
  // Byte offset in sent->text of each of its code points, and its size at
  // the end: slicing an actor's or a trigger's words costs their length,
  // not the sentence's. Made by CodePointBytes on the first slice (most
  // sentences have none).
  mutable std::vector<uint32_t> cp_bytes;
  std::vector<std::string> own_keys;    // keys of tokens that came without one
  int size() const { return static_cast<int>(keys.size()); }
};

SentenceView BuildView(const Sentence& sent, const SentenceParse& parse, int index);
// v.cp_bytes, made on the first call.
const std::vector<uint32_t>& CodePointBytes(const SentenceView& v);

// A predicate (or an event noun) that matched one or more patterns.
struct Trigger {
  int predicate = -1;  // index into parse.predicates, or -1 for an event noun
  int phrase = -1;     // the event noun's phrase, or -1
  int first = 0;       // trigger tokens [first, last): noun ... verb
  int last = 0;
  std::vector<int> patterns;  // candidate patterns, best first
};

// Triggers of one sentence, in text order.
std::vector<Trigger> FindTriggers(const SentenceView& v, const Lexicon& lex);

// How the text presents a predicate.
struct Modality {
  bool negated = false;
  bool question = false;
  bool conditional = false;
  bool consequence = false;  // the तो part of a condition (अगर X, तो Y), not X
  int condition_clause = -1;  // for a consequence: the clause of its condition
  bool future = false;
  bool wish = false;        // subjunctive or imperative (करे, करें)
  bool norm = false;        // चाहिए (should)
  bool must = false;        // ... करना होगा, करना पड़ेगा (must): a demand when said of another side
  bool ability = false;     // सकना (can, may)
  bool desire = false;      // चाहना (wants to)
  bool purpose = false;     // ताकि, के लिए: aimed at, not done
  bool complement = false;  // an infinitive whose governor does not report it as done
  bool attempt = false;     // that governor is a reported attempt (… करने की कोशिश की)
  bool decided = false;     // … करने का फैसला किया: announced as decided
  bool irrealis_noun = false;  // हमले की योजना, धमकी, आशंका: not reported as done
  int speech_clause = -1;   // the quote or कि-clause of reported speech holding it
  int speech_governor = -1; // the predicate that clause belongs to (कहा, आग्रह किया)
  bool speech_report = false;  // that clause's governor reports facts (कहा, बताया)
  bool speech_act = false;  // that governor is a verb of saying, asking, warning,
                            // promising or accusing (not उम्मीद, डर, जरूरत)
  bool counterfactual = false;  // करना चाहिए था: what should have been done
  bool inherited = false;   // a participle that takes its modality from its verb
  bool willing = false;     // … करने को तैयार/उत्सुक है: an intent (with future)
  bool want = false;        // the clause of X चाहता है कि: asked only by a state,
                            // a government, a party or an international body
  bool belief = false;      // the clause of X का मानना है कि / X ने माना कि: said
                            // as a belief, which accuses but asks nothing
  bool claim = false;       // the clause of X का कहना है कि / X का दावा है कि:
                            // one side's version, not the journalist's fact
  bool from_host = false;   // an event noun unreal only through the predicate it
                            // is an argument of
  bool recalled = false;    // an event noun named to recall it (हमले के बाद, हमले
                            // के दोषी): real, but coded only with victims
                            // that make it this sentence's news
  bool dates = false;       // ... recalled only to date what follows (के बाद)
  std::string why;          // the reason it is not real, for --explain
  // Reported as real: past or present, or decided; not denied, asked,
  // conditioned, wished or merely possible.
  bool Real() const {
    return !negated && !question && !conditional && !future && !wish && !norm && !ability &&
           !desire && !purpose && (!complement || decided) && !irrealis_noun;
  }
  // What a speaker says someone should do: a wish or a norm (करे, करना
  // चाहिए) in the कि-clause or quote of a verb of saying, not asked or
  // conditioned, not what should have been done.
  bool Asked() const {
    return speech_clause >= 0 && speech_act && (wish || norm) && !counterfactual && !question && !conditional;
  }
};

Modality ModalityOf(const SentenceView& v, const Trigger& t);
// Verbs of saying whose कि-clause or quote reports facts (कहा, बताया).
bool IsReportingLemma(const std::string& lemma);

// Nouns that announce a decision (फैसला, निर्णय, ऐलान, घोषणा, तय).
bool IsDecisionNoun(std::string_view k);

// One side of an event: the actors of one argument.
struct Side {
  std::vector<Referent> actors;
  std::string role;   // the role key that found it ("" subject, "से", ...)
  int phrase = -1;    // the phrase, or -1 (dropped subject)
};

// A pattern applied to a trigger: its sides, before reality is judged.
struct Candidate {
  const Trigger* trigger = nullptr;
  const Pattern* pattern = nullptr;
  Side source, target;
  bool joint_within = false;  // pairs among the source's own actors (A और B ने बातचीत की)
  bool self_joint = false;    // ... of one code: two groups of one kind ("दो समुदायों के बीच झड़प")
  bool target_open = false;   // no target written: only reported speech may supply one
  bool claims = false;        // claims the attack the coder remembers (its victim is the target)
  int target_event = -1;      // the target's role holds an attack that names no
                              // actor ("इस हमले की निंदा"): its attacker, if known
  int target_act = -1;        // the target's role holds "इस/इन + act noun" naming no
                              // actor ("इन प्रतिबंधों की निंदा"): who did the act
                              // reported just before, if the nouns agree
  bool target_aid = false;   // aid or an offer of it with no recipient written:
                             // the recipient of the article's aid before
  bool target_captor = false;  // a demand or appeal to release someone, made of
                               // no one written: of whoever arrested or seized him
  bool target_cosigner = false;  // a signing "too" (… ने भी … पर दस्तख़त किए) with
                                 // no partner written: with who signed before
  bool target_act_bare = false;  // ... a bare genitive noun ("परीक्षण की निंदा"):
                                 // only the same noun, up to eight sentences back
  int target_act_noun = -1;   // the predicate's own noun is an act answered ("शी ने
                              // न्योता स्वीकार किया"): who made it, as a bare noun
  bool unnamed_source = false;  // the source is unnamed attackers (implied REB)
  bool victims_recalled = false;  // the victims are of a pluperfect clause ("… मारे गए थे")
  bool one_way = false;       // a joint noun with one side's act on the other
                              // ("पाकिस्तानी गोलाबारी में दो जवान शहीद")
  std::vector<std::string> rules;  // for --explain
};

// Fills the pattern's source and target for a trigger; false when a side
// the pattern needs is missing.
bool FillRoles(const SentenceView& v, const Discourse& d, const Lexicon& lex, const Trigger& t,
               const Pattern& p, Candidate* c);

// The actors of a phrase with its conjuncts (भारत और पाकिस्तान ने: two).
std::vector<Referent> PhraseActors(const SentenceView& v, const Discourse& d, int phrase);
// The subject of predicate `p`: written, shared (subject_from), controlled
// (an infinitive's governor) or dropped (discourse). *phrase is the subject
// phrase or -1.
std::vector<Referent> SubjectOf(const SentenceView& v, const Discourse& d, int p, int* phrase);

// Two referents of one code that are different people or bodies, each
// written in the sentence or resolved to a written one: "दिल्ली सरकार ने
// केंद्र सरकार से …", "मुख्यमंत्री ने प्रधानमंत्री से बात की" (both GOV).
bool DistinctEntities(const Referent& a, const Referent& b, const Discourse& d);
// An election or its result (चुनाव, नतीजे, परिणाम, मतदान), a match key:
// boycotted or rejected, the government that held it.
bool IsElectionNoun(std::string_view key);
// Appends to *to the actors of `from` whose code it does not hold yet.
void AddUnique(const std::vector<Referent>& from, std::vector<Referent>* to);
// Sets c's target side (its actors, phrase and role) with the rule that
// found it.
void SetTarget(std::vector<Referent> actors, int phrase, const std::string& role, std::string rule, Candidate* c);
// Removes from *from the actors whose code is in `remove`.
void RemoveActorsOf(const std::vector<Referent>& remove, std::vector<Referent>* from);
// As RemoveActorsOf, keeping another person or body of the same code.
void RemoveSameEntities(const std::vector<Referent>& remove, const Discourse& d, std::vector<Referent>* from);

// The tokens a pattern's requirements are looked for in: the trigger, the
// predicate's arguments and complements and the कि-clause or quote it
// governs (a noun: its sentence); without that clause when `clause` is false.
void NeedsRegion(const SentenceView& v, const Trigger& t, int* first, int* last, bool clause = true);

// True when the words of `needs` occur in the tokens [first, last); *word is
// then the words matched.
bool NeedsMet(const SentenceView& v, const Pattern& p, int first, int last, std::string* word);

// The principal of an actor code: ISO code of a state code, the first six
// letters of an IGO/NGO code.
std::string Principal(const std::string& code);
// The role code of a state-based actor code ("GOV" of INDGOV), "" if none.
std::string RoleCode(const std::string& code);
// Where the sentence says something happened: the principal of a state
// or place named before में or स्थित, "" when none.
std::string PlacePrincipal(const SentenceView& v, const Discourse& d);
// Roots 18-20: assaults, fights, mass violence.
bool IsViolentCode(const std::string& code);
// Roots 07 and 033: aid given or offered.
bool IsAidCode(const std::string& code);
// A state's authorities and forces by role code: GOV, MIL, COP, SPY.
bool IsAuthorityRole(std::string_view role);

}  // namespace ghatna::events

#endif  // GHATNA_SRC_EVENTS_FRAMES_H_
