#include "ghatna/pipeline.h"

#include <dlfcn.h>
#include <link.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <system_error>

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
  a.parses = ParseDocument(doc, *morph_);
  a.mentions = recognizer_->Recognize(*doc, a.parses);
  a.events = coder_->Code(*doc, a.parses, a.mentions);
  return a;
}

std::vector<Event> Pipeline::Run(Document* doc) const { return Analyze(doc).events; }

namespace {

// The directory of `path` (a file), "" if there is none.
std::string DirOf(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash);
}

// An installed data directory: share/ghatna in one of the `levels` directories
// above `dir`, the first that holds verbs/ (a stray share/ghatna without the
// data is not taken).
std::string InstalledDataAbove(std::string dir, int levels) {
  std::error_code ec;
  for (int i = 0; i < levels && !dir.empty(); ++i) {
    dir = DirOf(dir);
    const std::string candidate = (dir.empty() ? "" : dir) + "/share/ghatna";
    if (std::filesystem::is_directory(candidate + "/verbs", ec)) {
      return std::filesystem::weakly_canonical(candidate, ec).string();
    }
  }
  return "";
}

}  // namespace

std::string InstalledDataDir() {
  char buf[4096];
  const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  const std::string exe = n > 0 ? std::string(buf, static_cast<size_t>(n)) : "";
  // ghatna in a shared object that is not the executable (the Python module
  // PREFIX/lib/python3/dist-packages/ghatna/_ghatna.so, run by python3): its
  // own place decides, not python3's.
  // (The link map names the object as loaded; the executable's name is
  // empty there, whereas dladdr's dli_fname would be argv[0].)
  Dl_info info;
  link_map* object = nullptr;
  if (dladdr1(reinterpret_cast<void*>(&InstalledDataDir), &info, reinterpret_cast<void**>(&object),
              RTLD_DL_LINKMAP) != 0 &&
      object != nullptr && object->l_name != nullptr && object->l_name[0] != '\0') {
    std::error_code ec;
    const std::string path = std::filesystem::weakly_canonical(object->l_name, ec).string();
    if (!path.empty() && path != exe) return InstalledDataAbove(DirOf(path), 4);
  }
  // The executable: PREFIX/bin/ghatna -> PREFIX/share/ghatna.
  return exe.empty() ? "" : InstalledDataAbove(DirOf(exe), 1);
}

std::string FindDataDir(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("GHATNA_DATA"); env && *env) return env;
  if (std::string installed = InstalledDataDir(); !installed.empty()) return installed;
#ifdef GHATNA_DATA_DIR
  return GHATNA_DATA_DIR;
#else
  return "data";
#endif
}

}  // namespace ghatna
