// Syntax: noun phrases with their postpositions, verb groups (conjunct verbs
// included), clauses, and for every predicate its arguments with a role.
//
//   ghatna::SentenceParse parse = ghatna::ParseSentence(sentence);  // after morph
//   for (const auto& p : parse.predicates)
//     for (const auto& a : p.args) Use(p.lemma, a.role, parse.phrases[a.phrase]);
#ifndef GHATNA_SYNTAX_H_
#define GHATNA_SYNTAX_H_

#include <string>
#include <vector>

#include "ghatna/document.h"

namespace ghatna {

// Argument roles, read off postpositions (vibhakti, case markers) and verb
// morphology.
enum class Role : uint8_t {
  kSubject,       // ne-marked agent or nominative subject (also dative subject मुझे लगा)
  kObject,        // direct object (bare or को)
  kRecipient,     // को of a ditransitive (X ने Y को सहायता दी)
  kAddressee,     // से of asking, urging, demanding (X ने Y से आग्रह किया)
  kWith,          // के साथ, से (meet with)
  kAgainst,       // के खिलाफ, के विरुद्ध
  kAbout,         // के बारे में, पर (topic), को लेकर
  kLocation,      // में, पर (place)
  kSource,        // से (from)
  kPassiveAgent,  // द्वारा, के द्वारा
  kGenitiveObject,// की of a conjunct verb's object (X ने Y की आलोचना की)
  kOther,         // any other postposition (Phrase::postposition says which)
};
const char* RoleName(Role role);

struct Phrase {
  int first = 0;  // token indices [first, last) in the sentence
  int last = 0;
  int head = 0;                   // head noun/pronoun token
  std::string postposition;       // normalised: "ने", "के विरुद्ध", "" if none
  int postposition_first = -1;    // tokens of the postposition, -1 if none
  int postposition_last = -1;
  int coordination = -1;          // phrases joined by और/तथा/एवं/व share an id
  int genitive_of = -1;           // index of the phrase this one modifies via का/के/की
};

struct Argument {
  Role role;
  int phrase;  // index into SentenceParse::phrases
};

enum class Voice : uint8_t { kActive, kPassive };

struct Predicate {
  int head = 0;                 // main verb token (the light verb for a conjunct)
  std::vector<int> tokens;      // every token of the verb group, in order
  int noun = -1;                // the noun of a conjunct verb (आग्रह in आग्रह किया)
  std::string lemma;            // "करना", or "आग्रह करना" for a conjunct verb
  bool negated = false;         // नहीं, न, मत attached to this verb
  Voice voice = Voice::kActive;
  std::string aspect;           // UD values: "Perf", "Prog", "Hab", "" unknown
  std::string tense;            // "Past", "Pres", "Fut", ""
  std::string mood;             // "Ind", "Sub", "Imp", "Cnd", ""
  std::string verb_form;        // "Fin", "Inf", "Part", "Conv" (conjunctive करके)
  int clause = 0;               // index into SentenceParse::clauses
  std::vector<Argument> args;
  int complement_of = -1;       // an infinitival complement (…करने का आग्रह): its governing predicate
};

enum class ClauseType : uint8_t {
  kMain, kComplement /* कि */, kQuote, kRelative, kInfinitival, kConjunctive,
  kCoordinate, kConditional /* अगर … तो */,
};

struct Clause {
  int first = 0;  // token range [first, last)
  int last = 0;
  ClauseType type = ClauseType::kMain;
  int parent = -1;       // enclosing clause
  int speaker = -1;      // for a quote or कि-complement of a speech verb: phrase of the speaker
  bool question = false;
};

struct SentenceParse {
  std::vector<Phrase> phrases;
  std::vector<Predicate> predicates;
  std::vector<Clause> clauses;
};

// Parses one sentence whose tokens carry lemma, upos and feats.
SentenceParse ParseSentence(const Sentence& sentence);

}  // namespace ghatna

#endif  // GHATNA_SYNTAX_H_
