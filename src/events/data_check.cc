// CheckData (ghatna/pipeline.h): every data file through its loader's
// checks, plus the actor dictionary's validator, as `ghatna check` reports it.
#include <cstdio>
#include <string>
#include <vector>

#include "ghatna/io.h"
#include "ghatna/pipeline.h"

namespace ghatna {
namespace {

// Each line of a loader's status ("FILE:LINE: reason", up to
// kMaxDataErrors) as "FILE:LINE: error: reason"; "(N more errors)" as it is.
void AddStatus(const Status& st, DataCheck* check) {
  size_t start = 0;
  const std::string& m = st.message();
  while (start < m.size()) {
    size_t nl = m.find('\n', start);
    if (nl == std::string::npos) nl = m.size();
    std::string line = m.substr(start, nl - start);
    start = nl + 1;
    if (line.empty()) continue;
    const size_t colon = line.find(": ");
    if (line[0] != '(' && colon != std::string::npos) line.insert(colon + 2, "error: ");
    check->report += PrintableMessage(line) + "\n";
    ++check->errors;
  }
}

}  // namespace

DataCheck CheckData(const std::string& dir, bool errors_only) {
  DataCheck r;
  // The project's own lexicon (the system dictionaries are not data/).
  MorphOptions mo;
  mo.use_apertium = false;
  mo.use_hunspell = false;
  auto morph = Morphology::Load(dir, mo);
  r.lexicon_ok = morph.ok();
  if (!morph.ok()) AddStatus(morph.status(), &r);
  // The actor dictionary: the validator, then the loader for what it does
  // not name.
  const std::vector<ActorCheckIssue> issues = CheckActorDictionary(dir + "/actors", &r.actors);
  int actor_errors = 0;
  r.report += ActorCheckText(issues, errors_only, &actor_errors, &r.warnings);
  r.errors += actor_errors;
  auto dict = ActorDictionary::Load(dir + "/actors");
  r.actors_ok = dict.ok();
  if (!dict.ok() && actor_errors == 0) AddStatus(dict.status(), &r);
  auto coder = EventCoder::Load(dir);
  r.verbs_ok = coder.ok();
  if (coder.ok()) r.patterns = (*coder)->num_patterns();
  else AddStatus(coder.status(), &r);
  return r;
}

std::string DataCheck::Summary(const std::string& dir) const {
  char buf[512];
  std::snprintf(buf, sizeof buf,
                ": lexicon %s; actors %s (%d countries, %d organisations, %d groups, %d people, "
                "%d agents); verbs %s (%d patterns); %d errors, %d warnings",
                lexicon_ok ? "ok" : "FAILED", actors_ok ? "ok" : "FAILED", actors.countries,
                actors.orgs, actors.groups, actors.people, actors.agents,
                verbs_ok ? "ok" : "FAILED", patterns, errors, warnings);
  return PrintableMessage(dir) + buf;
}

}  // namespace ghatna
