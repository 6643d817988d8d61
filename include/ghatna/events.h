// Events: Hindi predicates matched against verb patterns (data/verbs) and
// coded in CAMEO, with every actor and trigger traceable to code-point
// offsets in the original text. Coding rules: docs/events.md and
// ../shared/CODING_CONVENTIONS.md; output schema: docs/output.md.
//
//   auto coder = ghatna::EventCoder::Load(data_dir);        // Result<...>
//   std::vector<ghatna::Event> events = (*coder)->Code(doc, parses, mentions);
//   for (const auto& e : events) ghatna::AppendEventJson(e, false, &out);
#ifndef GHATNA_EVENTS_H_
#define GHATNA_EVENTS_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ghatna/actors.h"
#include "ghatna/discourse.h"
#include "ghatna/document.h"
#include "ghatna/status.h"
#include "ghatna/syntax.h"

namespace ghatna {

struct EventSpan {
  std::string code;   // actor code (for source/target), empty for a trigger
  std::string text;   // original text: the words in the event's sentence
                      // that stand for the actor (a name, a pronoun, दोनों),
                      // or the antecedent's when the sentence writes none
  uint32_t start = 0; // code points in the original text
  uint32_t end = 0;
  // For an actor not named in the event's own sentence: how it was found
  // (ResolutionName: "title", "pronoun", "ellipsis", "quote", "both",
  // "place", "implied" (the agent a passive, a headline or an attack does
  // not name: text and offsets are then the words that imply it), "event"
  // (the actor of an attack reported before); "" when named there) and the
  // mention that names it.
  std::string how;
  std::string antecedent_text;
  uint32_t antecedent_start = 0;
  uint32_t antecedent_end = 0;
};

struct Event {
  std::string doc_id;
  std::string date;
  std::string date_source;  // "input", "dateline", "text" or "none" (DateSourceName)
  int sentence = 0;
  EventSpan source;
  EventSpan target;
  std::string code;       // "028"
  std::string root_code;  // "02"
  int quad_class = 0;     // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  double goldstein = 0;
  EventSpan trigger;
  std::string sentence_text;
  std::string pattern;              // the verb pattern that matched (file:line)
  std::vector<std::string> rules;   // rules that fired, for --explain
};

// The codebook facts of a CAMEO event code (compiled from the shared
// reference table). Returns false for an unknown code.
bool CameoCodeInfo(std::string_view code, std::string* root, int* quad_class,
                   double* goldstein, std::string* description = nullptr);

// The PLOVER event type, mode and context of a CAMEO code (from
// CAMEO2PLOVER-2021; a code PLOVER lacks takes its parent's mapping).
// Returns false when PLOVER covers neither the code nor its parents.
bool PloverOf(std::string_view code, std::string* type, std::string* mode,
              std::string* context);

class EventCoder {
 public:
  // Loads data_dir/verbs (patterns.tsv, nouns.tsv, nonevents.tsv, discard.tsv,
  // casualties.tsv). Bad lines give kInvalidInput "FILE:LINE: reason", one a
  // line, up to kMaxDataErrors (the loaders' convention, ghatna/io.h).
  static Result<std::unique_ptr<EventCoder>> Load(const std::string& data_dir);
  // As Load, from (file name, content) pairs, e.g. {"patterns.tsv", "..."}.
  static Result<std::unique_ptr<EventCoder>> LoadFromMemory(
      const std::vector<std::pair<std::string, std::string>>& files);
  virtual ~EventCoder() = default;

  // Codes one document from its parses (one SentenceParse per sentence:
  // predicates, their arguments and clauses are the coder's input; with
  // none, no event is found) and its actor mentions (sentence order),
  // resolved across the article by the discourse model. Returns one event
  // per (source, root code, target), in order of first evidence, keeping the
  // most specific code. Thread-safe.
  virtual std::vector<Event> Code(const Document& doc,
                                  const std::vector<SentenceParse>& parses,
                                  const std::vector<ActorMention>& mentions) const = 0;

  virtual int num_patterns() const = 0;

  // How the coder knows each predicate (simple or conjunct verb) of a parsed
  // sentence: a pattern codes it, data/verbs/nonevents.tsv lists it as
  // not an event (a statement, a state), or neither. What `ghatna eval vocab`
  // counts to measure vocabulary coverage.
  enum class Known : uint8_t { kCoded, kNotEvent, kUnknown };
  struct PredicateKnowledge {
    std::string lemma;  // "आग्रह करना", "मिलना"
    Known known = Known::kUnknown;
  };
  virtual std::vector<PredicateKnowledge> Vocabulary(const Sentence& sentence,
                                                     const SentenceParse& parse) const = 0;
};

// Output writers; each appends one line ending in "\n".
// JSON line with the fields of docs/output.md; `explain` adds "pattern" and
// "rules".
void AppendEventJson(const Event& e, bool explain, std::string* out);
// GDELT 2.0 event-table style TSV (docs/output.md lists the columns).
void AppendEventTsvHeader(std::string* out);
void AppendEventTsv(const Event& e, std::string* out);
// PLOVER JSON line: event type, mode, context, actors, evidence.
void AppendEventPlover(const Event& e, std::string* out);
// A readable table of one document's events, as `ghatna demo` prints it:
// "== ID: N sentences, M events", a column header, one row per event with
// its sentence number (Event::sentence, counted across the parts of a
// document read in parts), a blank line. Control characters and
// bidirectional controls in the text are left out.
void AppendEventTable(std::string_view doc_id, size_t sentences, const std::vector<Event>& events,
                      std::string* out);

}  // namespace ghatna

#endif  // GHATNA_EVENTS_H_
