// Syntax: noun phrases with their postpositions, verb groups (conjunct verbs
// included), clauses, and for every predicate its arguments with a role.
//
//   ghatna::SentenceParse parse = ghatna::ParseSentence(sentence);  // after morph
//   for (const auto& p : parse.predicates)
//     for (const auto& a : p.args) Use(p.lemma, a.role, parse.phrases[a.phrase]);
//
// The parser is rule-based (docs/grammar.md): it chunks the UPOS sequence
// into verb groups and noun phrases, splits clauses at कि, quotes, relative
// words, अगर/यदि … तो and coordinators, attaches each phrase to a predicate of
// its clause and reads the role off the postposition and a table of verb
// frames (से is the addressee of आग्रह करना, "with" of मुलाकात करना, ...).
// ParseSentence is a pure function: thread-safe, no mutable globals.
#ifndef GHATNA_SYNTAX_H_
#define GHATNA_SYNTAX_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ghatna/document.h"
#include "ghatna/morph.h"

namespace ghatna {

// Argument roles, read off postpositions (vibhakti, case markers) and verb
// morphology.
enum class Role : uint8_t {
  kSubject,       // ne-marked agent or nominative subject (also dative subject मुझे लगा)
  kObject,        // direct object (bare or को); in a passive clause also the
                  // nominative grammatical subject (UD nsubj:pass): the one acted on
  kRecipient,     // को of a ditransitive (X ने Y को सहायता दी)
  kAddressee,     // से of asking, urging, demanding (X ने Y से आग्रह किया)
  kWith,          // के साथ, से (meet with)
  kAgainst,       // के खिलाफ, के विरुद्ध
  kAbout,         // के बारे में, पर (topic), को लेकर
  kLocation,      // में, पर (place)
  kSource,        // से (from)
  kPassiveAgent,  // द्वारा, के द्वारा
  kGenitiveObject,// की of a conjunct verb's object (X ने Y की आलोचना की)
  kOther,         // any other postposition (Phrase::postposition says which),
                  // and bare or को-marked time expressions (सोमवार को, इस साल)
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
  // The marker that decides the role: the postposition, the one of the last
  // conjunct for an earlier conjunct (राम और श्याम ने: both "ने"), or the
  // case fused into a pronoun (उन्होंने: "ने", उन्हें: "को", उनका: "का").
  std::string marker;
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
  // Modality carried by an auxiliary of the group: "Pot" (सकना: can, may),
  // "Nec" (चाहिए: should, ought; करना है / था: is or was to be done),
  // "Oblig" (पड़ना: had to, must), "Des" (चाहना: wants to), "" for none.
  std::string modal;
  int clause = 0;               // index into SentenceParse::clauses
  std::vector<Argument> args;
  int complement_of = -1;       // an infinitival complement (…करने का आग्रह): its governing predicate
  // For a non-finite verb group, the postposition after it: "का" in …करने का
  // आग्रह, "के लिए", "से", "पर"; "" otherwise.
  std::string marker;
  // A verb without a subject of its own that shares the subject of another
  // predicate: the second of two coordinated verbs (X ने A किया और B किया)
  // and a conjunctive participle (X ने बल देकर कहा). -1 otherwise. The shared
  // subject is not repeated in `args` (UD attaches it to the first verb only).
  int subject_from = -1;
};

enum class ClauseType : uint8_t {
  kMain, kComplement /* कि */, kQuote, kRelative, kInfinitival, kConjunctive,
  kCoordinate, kConditional /* अगर … तो */,
  kAdverbial /* जब, क्योंकि, ताकि, जबकि, हालांकि … */,
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

// Parses one sentence whose tokens carry lemma, upos and feats (a token with
// an empty lemma is treated as its own lemma). Never fails; unknown
// constructions leave phrases unattached.
SentenceParse ParseSentence(const Sentence& sentence);

// The morphology and the parse of every sentence of `doc` (split into
// sentences first if it has none): one SentenceParse per sentence, what the
// parse and actors commands write. Thread-safe.
std::vector<SentenceParse> ParseDocument(Document* doc, const Morphology& morph);

// The predicates whose complement_of is `predicate`: what a governing verb
// (आग्रह करना) asks for, with their own arguments (मध्यस्थता प्रक्रिया as the
// object of शुरू करना).
std::vector<int> ComplementsOf(const SentenceParse& parse, int predicate);

// The text of a phrase without its postposition ("रूस के विदेश मंत्री" ->
// "विदेश मंत्री" for the head phrase; tokens joined by spaces).
std::string PhraseText(const Sentence& sentence, const Phrase& phrase);

// Appends one sentence as CoNLL-U: "# sent_id = DOC_ID-N" (N = index + 1),
// "# text = ...", one line per token (lemma, UPOS, features; heads and
// relations derived from the parse, docs/grammar.md; TokenRange and
// SpaceAfter in MISC), then a blank line. A tab or line break inside a field
// becomes a space and an empty field "_", so every token line has ten
// columns.
void AppendConllu(std::string_view doc_id, size_t index, const Sentence& sentence,
                  const SentenceParse& parse, std::string* out);

// A compact one-line dump for tests and debugging: predicates in order,
// "; "-separated, each "LEMMA[ flags]: role=HEAD ...", where flags are
// "neg", "pass", "inf", "conv", "part", the modal ("Pot", "Nec", "Oblig",
// "Des"), "<-LEMMA" (complement_of),
// "subj<-LEMMA" (subject_from) and HEAD
// is the head token of the argument phrase. Example:
// "आग्रह करना: subj=लवरोव addr=गुटेरेस; शुरू करना inf <-आग्रह करना: against=अमेरिका obj=प्रक्रिया"
std::string DumpPredicates(const Sentence& sentence, const SentenceParse& parse);

const char* ClauseTypeName(ClauseType type);

}  // namespace ghatna

#endif  // GHATNA_SYNTAX_H_
