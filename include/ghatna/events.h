// Events: Hindi predicates matched against verb patterns and coded in CAMEO.
//
//   auto coder = ghatna::EventCoder::Load(data_dir);
//   std::vector<ghatna::Event> events = (*coder)->Code(doc, parses, mentions);
#ifndef GHATNA_EVENTS_H_
#define GHATNA_EVENTS_H_

#include <string>
#include <vector>

#include "ghatna/document.h"

namespace ghatna {

struct EventSpan {
  std::string code;   // actor code (for source/target), empty for a trigger
  std::string text;   // original text
  uint32_t start = 0; // code points in the original text
  uint32_t end = 0;
};

struct Event {
  std::string doc_id;
  std::string date;
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

}  // namespace ghatna

#endif  // GHATNA_EVENTS_H_
