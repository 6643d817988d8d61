// The whole pipeline: loads every stage's resources once (morphology
// lexicons, actor dictionary, verb patterns) and runs text -> morph -> syntax
// -> actors -> discourse -> events on a Document. Run is const and thread-safe, so one
// Pipeline serves many threads (ghatna code --threads N).
//
//   auto pipe = ghatna::Pipeline::Load({.data_dir = ghatna::FindDataDir("")});
//   ghatna::Document doc; doc.id = "a"; doc.text = "लवरोव ने गुटेरेस से मुलाकात की।";
//   for (const ghatna::Event& e : (*pipe)->Run(&doc)) Print(e.code);
#ifndef GHATNA_PIPELINE_H_
#define GHATNA_PIPELINE_H_

#include <memory>
#include <string>
#include <vector>

#include "ghatna/actors.h"
#include "ghatna/document.h"
#include "ghatna/events.h"
#include "ghatna/morph.h"
#include "ghatna/status.h"
#include "ghatna/syntax.h"

namespace ghatna {

struct PipelineOptions {
  std::string data_dir;      // holds lexicon/, actors/, verbs/
  bool use_system_dictionaries = true;  // apertium-hin if installed
  std::string default_country = "IND";  // for role words alone (पुलिस, सेना)
};

// Every intermediate result of one document, for tools that show them.
struct Analysis {
  std::vector<SentenceParse> parses;   // one per sentence
  std::vector<ActorMention> mentions;  // sentence order
  std::vector<Event> events;           // deduplicated per document
};

class Pipeline {
 public:
  // Loads all resources under options.data_dir. Errors name file:line.
  static Result<std::unique_ptr<Pipeline>> Load(const PipelineOptions& options);
  ~Pipeline();

  // Analyses doc (splitting it into sentences first if it has none) and
  // returns its events. Thread-safe.
  std::vector<Event> Run(Document* doc) const;
  // As Run, keeping the parses and mentions.
  Analysis Analyze(Document* doc) const;

  const EventCoder& coder() const { return *coder_; }
  const Morphology& morphology() const { return *morph_; }
  const ActorRecognizer& recognizer() const { return *recognizer_; }

 private:
  Pipeline() = default;
  std::unique_ptr<Morphology> morph_;
  std::unique_ptr<ActorDictionary> actors_;
  std::unique_ptr<ActorRecognizer> recognizer_;
  std::unique_ptr<EventCoder> coder_;
};

// Every data file under `data_dir` through its loader's checks (the
// project's own lexicon, the actor dictionary, the verb patterns) and the
// actor dictionary's validator, as `ghatna check` reports it.
struct DataCheck {
  // One printable "FILE:LINE: error|warning: reason" a line.
  std::string report;
  int errors = 0, warnings = 0;
  bool lexicon_ok = false, actors_ok = false, verbs_ok = false;
  ActorDictionaryCounts actors;  // what the actor files hold
  int patterns = 0;              // verb patterns loaded
  // "DIR: lexicon ok; actors ok (N countries, ...); verbs ok (N patterns);
  // E errors, W warnings"
  std::string Summary(const std::string& dir) const;
};
// `errors_only`: warnings are counted, not listed.
DataCheck CheckData(const std::string& data_dir, bool errors_only = false);

// Where the data directory (lexicon/, actors/, verbs/) is, by one rule for
// the command, the Python module and any program linking the library:
//   1. `flag` (--data) if not empty;
//   2. else $GHATNA_DATA if set and not empty;
//   3. else the installed copy, InstalledDataDir(), when there is one;
//   4. else the source tree's data/ compiled in when ghatna was built.
// Existence is checked only in step 3; a wrong --data or $GHATNA_DATA is
// reported by the loaders (file:line).
std::string FindDataDir(const std::string& flag);

// The installed data directory, "" if there is none: PREFIX/share/ghatna
// for an executable in PREFIX/bin (found through /proc/self/exe); when
// ghatna is in a shared object other than the executable (the Python
// module in PREFIX/lib/python3/dist-packages/ghatna/), the nearest
// PREFIX/share/ghatna up to four levels above that object instead. Taken
// only if it holds verbs/.
std::string InstalledDataDir();

}  // namespace ghatna

#endif  // GHATNA_PIPELINE_H_
