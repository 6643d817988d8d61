// Actors: the Hindi CAMEO actor dictionary and recognition of actor mentions
// (with dates of office and within-document coreference).
//
//   auto dict = ghatna::ActorDictionary::Load(data_dir + "/actors");
//   ghatna::ActorRecognizer rec(**dict);
//   std::vector<ghatna::ActorMention> m = rec.Recognize(doc, parses);
//
// The dictionary format is documented in docs/actors.md. Recognition finds
// the longest dictionary form at each token (inflected last word allowed:
// रूसियों, मंत्रियों), combines a country/organisation with role words
// (रूसी विदेश मंत्री → RUSGOV, संयुक्त राष्ट्र के महासचिव → IGOUNO), picks
// a person's office by the document date, and resolves surnames, bare titles
// (मंत्रालय, महासचिव) and pronouns (उन्होंने, उसके) within the document.
#ifndef GHATNA_ACTORS_H_
#define GHATNA_ACTORS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ghatna/document.h"
#include "ghatna/status.h"
#include "ghatna/syntax.h"
#include "ghatna/text.h"

namespace ghatna {

enum class MatchHow : uint8_t {
  kDirect,      // a dictionary form matched as it stands
  kCompound,    // principal + agent combined (रूसी विदेश मंत्री → RUSGOV)
  kDate,        // a person's office chosen by the article's date
  kCoreference, // surname, title or pronoun resolved to an earlier mention
  kUnknown,     // an unknown person name (romanised given); coded from the
                // role words around it when there are any, else code empty
};
const char* MatchHowName(MatchHow how);  // "direct", "compound", ...

// What kind of thing a mention names (used for pronoun compatibility).
enum class ActorKind : uint8_t {
  kState,         // a country, its capital, or its people (RUS, USACVL)
  kOrganisation,  // an IGO/NGO (orgs.tsv) or an institution (मंत्रालय, सेना)
  kGroup,         // a party, movement or armed group (groups.tsv)
  kPerson,        // a known or unknown person, or a person title (मंत्री)
  kPronoun,       // a pronoun; code and kind of its antecedent's code
};
const char* ActorKindName(ActorKind kind);  // "state", "organisation", ...

struct ActorMention {
  int sentence = 0;
  int first = 0;  // token range [first, last) in the sentence
  int last = 0;
  uint32_t start = 0;  // code points in the original text
  uint32_t end = 0;
  std::string text;      // original surface text
  std::string code;      // CAMEO actor code ("RUSGOV"), empty if unknown
  std::string entry;     // the dictionary entry that matched ("people.tsv:12");
                         // several joined by "+" for a compound
  MatchHow how = MatchHow::kDirect;
  double confidence = 1.0;
  int antecedent = -1;   // for coreference: index of the mention it refers to
  std::string romanized; // for names: pronunciation-faithful romanisation
  ActorKind kind = ActorKind::kState;
  std::string role_text; // role words of the mention ("विदेश मंत्री"), if any
  std::string name;      // for a person: the name part of the surface text
  bool subject = false;  // followed by ने, or sentence-initial nominative
  bool demonym = false;  // a demonym adjective naming its state (अमेरिकी हमले)
  bool city = false;     // a city or region alone (लाहौर, मुंबई), standing for its state
  // A government named as a state's within its country (पश्चिम बंगाल
  // सरकार, राज्य सरकार, मुख्यमंत्री) or as the national one (केंद्र सरकार,
  // केंद्रीय गृह मंत्रालय, प्रधानमंत्री): both are, say, INDGOV, yet two bodies.
  bool subnational = false;
  bool national = false;
  bool dateline = false;  // the place that opens the article (लाहौर।, नई दिल्ली (भाषा):)
  bool place = false;     // a state or place named as where something is (X में, X स्थित)
  bool came_from = false; // armed men given the state the text says they came from
                          // (चरमपंथी पाकिस्तान से … घुसे थे), or named again after such
};

// One code of an entry with the dates it holds. Dates are YYYYMMDD integers;
// 0 = open start, 99999999 = open end.
struct DatedCode {
  std::string code;
  int32_t from = 0;
  int32_t to = 99999999;
};

// kPlaces (places*.tsv: FORMS, CODE, NOTE) are cities and regions; they
// are loaded as further capitals of their state's countries.tsv entry
// ("श्रीनगर" names India as "नई दिल्ली" does).
enum class ActorFile : uint8_t { kCountries, kOrgs, kGroups, kPeople, kAgents, kPlaces };
const char* ActorFileName(ActorFile file);  // "countries", "orgs", ...

// One line of the dictionary.
struct ActorEntry {
  ActorFile file = ActorFile::kCountries;
  std::string location;  // "people.tsv:12"
  std::vector<std::string> names;      // FORMS (countries: NAMES)
  std::vector<std::string> demonyms;   // countries only
  std::vector<std::string> capitals;   // countries only
  std::vector<DatedCode> codes;        // agents: the ROLE as one undated code
  std::string note;
  bool institution = false;  // agents: an institution (मंत्रालय) not a person (मंत्री)
  // Groups (CODES ending ";where=IRQ,SYR,AFG"): the states it fights in; in
  // one of them the group is that state's REB, elsewhere its listed code.
  std::vector<std::string> fights_in;
  // Only by the place named nearest before it in its own sentence, not by
  // the sentences before or the dateline (";where=AFG,PAK;placed": the
  // Taliban of a Peshawar dateline may still be Afghanistan's).
  bool placed_only = false;
  // Countries: a second row of a code lists its sub-national units (India's
  // states): coded as the state, but their governments are not the
  // national one.
  bool subnational = false;
};

// How a looked-up form relates to an entry.
struct ActorLookupHit {
  const ActorEntry* entry = nullptr;
  std::string form_type;  // "name", "demonym", "capital", "agent"
  bool inflected = false; // matched through an oblique/plural ending or lemma
  bool loose = false;     // matched only after long/short vowel folding
};

struct ActorDictionaryCounts {
  int countries = 0, orgs = 0, groups = 0, people = 0, agents = 0;
  int places = 0;       // places*.tsv entries (merged into their countries)
  int folded_forms = 0; // forms another form of the same entry already
                        // matches under MatchKey (loose for names): the
                        // spelling variants the key makes redundant
  int forms = 0;        // distinct normalised forms indexed
  int dated_people = 0; // people with at least one dated code
};

class ActorIndex;  // the entries and the tries of their forms (src/actors/)

class ActorDictionary {
 public:
  // Loads every actor file under `dir` (data/actors): files named
  // countries*.tsv, orgs*.tsv, groups*.tsv, people*.tsv, agents*.tsv,
  // places*.tsv (more capitals of a state in countries*.tsv). A
  // missing directory is kNotFound; a malformed line (wrong column count,
  // empty form or code, bad date) is kInvalidInput naming file:line: reason
  // (one a line, up to kMaxDataErrors, as every loader: ghatna/io.h). Semantic problems (unknown country codes,
  // conflicting forms) do not stop loading: CheckActorDictionary reports them.
  static Result<std::unique_ptr<ActorDictionary>> Load(const std::string& dir);
  // As Load, from (file name, content) pairs, e.g. {"people.tsv", "..."}.
  static Result<std::unique_ptr<ActorDictionary>> LoadFromMemory(
      const std::vector<std::pair<std::string, std::string>>& files);
  virtual ~ActorDictionary();

  // Every entry that the form `text` (one or more words, as written in Hindi
  // text; inflected last word allowed) matches, best first.
  std::vector<ActorLookupHit> Lookup(std::string_view text) const;
  const std::vector<ActorEntry>& entries() const;
  ActorDictionaryCounts counts() const;

  // The code of `entry` on `date` (YYYY-MM-DD, YYYY-MM, YYYY or empty).
  // Known date: the code whose range holds it, empty if none does (the
  // person held no codeable role then). Unknown date: the code whose range
  // ends latest (open end first), i.e. the most recent office. *confidence
  // (optional) is 1 for an undated single code or a known date, 0.8 for the
  // unknown-date rule applied to dated codes.
  static std::string CodeOn(const ActorEntry& entry, std::string_view date,
                            double* confidence = nullptr);


 protected:
  ActorDictionary();

 private:
  friend class ActorRecognizer;  // matches text against the index
  // LoadFromMemory with `prefix` (Load's directory) before each error line.
  static Result<std::unique_ptr<ActorDictionary>> LoadFiles(
      const std::vector<std::pair<std::string, std::string>>& files, const std::string& prefix);
  std::unique_ptr<ActorIndex> index_;
};

// A problem found by CheckActorDictionary: "file:line: reason".
struct ActorCheckIssue {
  std::string location;  // "data/actors/people.tsv:12"
  std::string reason;
  bool error = true;     // false: a warning
};

// Validates every actor file under `dir`: syntax, forms with conflicting
// codes, overlapping date ranges, codes that break the CAMEO actor grammar
// (principal: ISO 3166-1 alpha-3, XKX, IGO…/NGO…; role from the allowed
// list). Fills *counts (optional) with what loaded. A missing directory is
// one error.
std::vector<ActorCheckIssue> CheckActorDictionary(const std::string& dir,
                                                  ActorDictionaryCounts* counts = nullptr);

// The issues as `ghatna check` and `ghatna actors check` print them: one
// printable "LOCATION: error|warning: reason" line each, warnings left out
// with `errors_only`. Adds their numbers to *errors and *warnings.
std::string ActorCheckText(const std::vector<ActorCheckIssue>& issues, bool errors_only,
                           int* errors, int* warnings);

// True if `code` obeys the actor grammar: a known ISO alpha-3 principal (or
// XKX) with at most one role code from the allowed list, or IGO/NGO followed
// by 3 to 12 capital letters. Sets *reason when false.
bool IsValidActorCode(std::string_view code, std::string* reason = nullptr);
// True if `role` is an allowed three-letter role code (GOV, MIL, ...).
bool IsValidActorRole(std::string_view role);
// True if `code` is an international court (the ICJ, IGOUNOJUDICJ, or the
// ICC, IGOICC): a court like a state's JUD for the rules about courts.
bool IsInternationalCourt(std::string_view code);

struct RecognizerOptions {
  // Principal used for a role word alone (पुलिस, सेना) when the document
  // gives no country; empty = leave such mentions uncoded.
  std::string default_country = "IND";
};

// Finds actor mentions in a document whose sentences have tokens (morphology
// and parses are optional: lemmas add match keys, parses are used for
// subjects when parses.size() == doc.sentences.size()). Thread-safe; the
// dictionary must outlive the recogniser.
class ActorRecognizer {
 public:
  explicit ActorRecognizer(const ActorDictionary& dict, RecognizerOptions options = {});
  std::vector<ActorMention> Recognize(const Document& doc,
                                      const std::vector<SentenceParse>& parses = {}) const;

 private:
  const ActorDictionary& dict_;
  RecognizerOptions options_;
};

// What `ghatna actors lookup` prints of `text` (a form as written, one or
// more words) on `date` (may be empty): a line per entry it matches
// (place, file, form type, dated codes, the code on the date and its
// confidence, note), or "TEXT: not in the dictionary", then a
// "recognised: ..." line per mention the recogniser finds in the text alone.
std::string ActorLookupText(const ActorDictionary& dict, const std::string& text,
                            const std::string& date);

// The key under which forms are matched: MatchKey (ghatna/text.h); names
// are also indexed under its loose form.
inline std::string ActorMatchKey(std::string_view word, bool loose = false) { return MatchKey(word, loose); }

}  // namespace ghatna

#endif  // GHATNA_ACTORS_H_
