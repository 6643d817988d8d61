#include "ghatna/pipeline.h"

#include <cstdlib>

#include "ghatna/text.h"

namespace ghatna {

Pipeline::~Pipeline() = default;

Result<std::unique_ptr<Pipeline>> Pipeline::Load(const PipelineOptions& options) {
  std::unique_ptr<Pipeline> p(new Pipeline());
  MorphOptions mo;
  // hunspell-hi stays off: it lowers UPOS accuracy (docs/morph.md).
  mo.use_apertium = options.use_system_dictionaries;
  auto morph = Morphology::Load(options.data_dir, mo);
  if (!morph.ok()) return morph.status();
  p->morph_ = std::move(morph).value();
  auto actors = ActorDictionary::Load(options.data_dir + "/actors");
  if (!actors.ok()) return actors.status();
  p->actors_ = std::move(actors).value();
  RecognizerOptions ro;
  ro.default_country = options.default_country;
  p->recognizer_ = std::make_unique<ActorRecognizer>(*p->actors_, ro);
  auto coder = EventCoder::Load(options.data_dir);
  if (!coder.ok()) return coder.status();
  p->coder_ = std::move(coder).value();
  return p;
}

Analysis Pipeline::Analyze(Document* doc) const {
  if (doc->sentences.empty()) AnalyzeText(doc);
  // An input without a date: the dateline's, else the text's latest (offices
  // are dated by it).
  if (doc->date.empty()) doc->date = DateFromText(doc->text, &doc->date_source);
  else if (doc->date_source == DateSource::kNone) doc->date_source = DateSource::kInput;
  Analysis a;
  a.parses.reserve(doc->sentences.size());
  for (Sentence& s : doc->sentences) {
    morph_->Analyze(&s);
    a.parses.push_back(ParseSentence(s));
  }
  a.mentions = recognizer_->Recognize(*doc, a.parses);
  a.events = coder_->Code(*doc, a.parses, a.mentions);
  return a;
}

std::vector<Event> Pipeline::Run(Document* doc) const { return Analyze(doc).events; }

std::string FindDataDir(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("GHATNA_DATA"); env && *env) return env;
#ifdef GHATNA_DATA_DIR
  return GHATNA_DATA_DIR;
#else
  return "data";
#endif
}

}  // namespace ghatna
