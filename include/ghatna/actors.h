// Actors: the Hindi CAMEO actor dictionary and recognition of actor mentions
// (with dates of office and within-document coreference).
//
//   auto dict = ghatna::ActorDictionary::Load(data_dir + "/actors");
//   ghatna::ActorRecognizer rec(**dict);
//   std::vector<ghatna::ActorMention> m = rec.Recognize(doc, parses);
#ifndef GHATNA_ACTORS_H_
#define GHATNA_ACTORS_H_

#include <memory>
#include <string>
#include <vector>

#include "ghatna/document.h"
#include "ghatna/status.h"
#include "ghatna/syntax.h"

namespace ghatna {

enum class MatchHow : uint8_t {
  kDirect,      // a dictionary form matched as it stands
  kCompound,    // principal + agent combined (रूसी विदेश मंत्री → RUSGOV)
  kDate,        // a person's office chosen by the article's date
  kCoreference, // surname, title or pronoun resolved to an earlier mention
  kUnknown,     // an unknown person name (code empty, romanised given)
};
const char* MatchHowName(MatchHow how);

struct ActorMention {
  int sentence = 0;
  int first = 0;  // token range [first, last) in the sentence
  int last = 0;
  uint32_t start = 0;  // code points in the original text
  uint32_t end = 0;
  std::string text;      // original surface text
  std::string code;      // CAMEO actor code ("RUSGOV"), empty if unknown
  std::string entry;     // the dictionary entry that matched ("people.tsv:12")
  MatchHow how = MatchHow::kDirect;
  double confidence = 1.0;
  int antecedent = -1;   // for coreference: index of the mention it refers to
  std::string romanized; // for names: pronunciation-faithful romanisation
};

class ActorDictionary {
 public:
  // Loads every file under `dir` (data/actors). Errors name file:line.
  static Result<std::unique_ptr<ActorDictionary>> Load(const std::string& dir);
  virtual ~ActorDictionary() = default;
};

}  // namespace ghatna

#endif  // GHATNA_ACTORS_H_
