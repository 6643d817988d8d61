// Closed-class tables of the syntax stage: postpositions (simple and
// compound), light verbs and conjunct nouns, verb frames (what से, को and पर
// mean for a given verb), relative words and time nouns. Built once on first
// use into immutable hash maps; every lookup takes a key made by FoldKey.
//
//   std::string key = ghatna::syntax_internal::FoldKey("ज़रूरत");   // "जरूरत"
//   const Frame* f = ghatna::syntax_internal::FindFrame("आग्रह");
//   if (f && f->se == ghatna::Role::kAddressee) ...
#ifndef GHATNA_SRC_SYNTAX_LEXICON_H_
#define GHATNA_SRC_SYNTAX_LEXICON_H_

#include <string>
#include <string_view>
#include <vector>

#include "ghatna/document.h"
#include "ghatna/syntax.h"

namespace ghatna::syntax_internal {

// Folds spelling variants for lookups: nukta removed (ज़ -> ज, ड़ -> ड),
// chandrabindu -> anusvara. The result is only a lookup key.
std::string FoldKey(std::string_view s);

// What a verb (or the noun of a conjunct verb) makes of से, को and पर.
struct Frame {
  Role se = Role::kSource;    // से: kAddressee, kWith, kAgainst or kSource
  Role ko = Role::kObject;    // को: kRecipient or kObject
  Role par = Role::kLocation; // पर: kAgainst, kAbout or kLocation
  bool dative_subject = false;  // को marks the subject (मुझे लगा, उन्हें चाहिए)
};

// The frame of a folded verb lemma ("पूछना") or conjunct noun ("आग्रह"), or
// nullptr.
const Frame* FindFrame(std::string_view key);

// True for verbs that make conjunct verbs with a preceding bare noun.
bool IsLightVerb(std::string_view lemma_key);
// करीब, लगभग, तकरीबन: "about" before a number ("पुलिस के करीब 200 जवानों").
bool IsApproximator(std::string_view key);
// पारित होना, पास होना, मंज़ूर होना, स्वीकृत होना: a predicate lemma that says a
// document (a resolution, a bill) was passed, in the body its में phrase names.
bool IsPassedLemma(std::string_view lemma);

// A postposition matched at a token: its normalised name ("के विरुद्ध"),
// its length in tokens and its default role.
struct PostpositionMatch {
  std::string_view name;  // of the syntax tables (or of the token matched)
  int length = 0;
  Role role = Role::kOther;
};
// The role a postposition gives its phrase by default (के खिलाफ: kAgainst),
// kOther for one it does not list.
Role PostpositionRole(std::string_view marker);
// The longest postposition starting at token `i` of `tokens`, or length 0.
PostpositionMatch MatchPostposition(const std::vector<Token>& tokens, int i);
// The same over keys already folded with FoldKey (one per token).
PostpositionMatch MatchPostpositionKeys(const std::vector<std::string_view>& keys, int i);

// The canonical name of a phrase marker (a postposition or a fused case) as
// the event patterns name roles: spelling and synonym variants share one
// name (के विरुद्ध, के विरोध में -> के खिलाफ; के, की -> का; के द्वारा, की ओर
// से -> द्वारा). Returns the folded marker itself when it has no alias.
std::string CanonicalMarker(std::string_view marker);
// True when `name` is the canonical name of some postposition.
bool IsCanonicalMarker(std::string_view name);

// What the syntax tables say about one folded word, found with one look-up
// (the parser asks it of every token, several times).
struct WordFacts {
  // The case a pronoun carries in itself: उन्होंने "ने", उन्हें "को", उनका
  // "का" (genitive); empty for any other word.
  std::string_view fused_case;
  const Frame* frame = nullptr;  // as FindFrame
  bool conjunct_noun = false;    // listed as the noun of a conjunct verb
  bool relative = false;         // a relative word (जो, जिसने, जिनमें, जहां …)
  bool manner_noun = false;      // गंभीरता, सख्ती …: with से a manner adverb, no argument
  bool time_noun = false;        // सोमवार, साल, दिन …: bare or को phrases are adjuncts
  bool means_noun = false;       // मध्यस्थता, मदद, सहयोग …: with से through whom, not with whom
  bool document_noun = false;    // रिपोर्ट, बयान, पत्र …: what is said or done in it is its owner's
  bool phrase_conj = false;      // joins phrases (और, तथा, एवं, व, या, अथवा)
  bool clause_conj = false;      // may join clauses (the above, लेकिन, किंतु …)
  bool postposition = false;     // some postposition starts with the word
};
// The facts of `key`; all empty for a word no table lists.
const WordFacts& FactsOf(std::string_view key);

}  // namespace ghatna::syntax_internal

#endif  // GHATNA_SRC_SYNTAX_LEXICON_H_
