// libFuzzer target for the morphology stage: the lexicon parsers (closed,
// open, suffix rules, apertium .dix, hunspell .dic) on arbitrary bytes must
// return a status without crashing, and the analyser must give every token of
// an arbitrary sentence a lemma, a UPOS and a feature string.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "../src/morph/lexicon.h"
#include "ghatna/morph.h"

namespace {

const ghatna::Morphology* Morph() {
  static const ghatna::Morphology* m = [] {
    ghatna::MorphOptions o;
    o.use_apertium = false;
    o.use_hunspell = false;
    auto r = ghatna::Morphology::Load(GHATNA_DATA_DIR, o);
    return r.ok() ? std::move(r).value().release() : nullptr;
  }();
  return m;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  {
    ghatna::morph::Lexicon lex;
    (void)lex.ParseClosed(input, "fuzz");
    (void)lex.ParseOpen(input, "fuzz", ghatna::morph::LexSource::kOwn);
    (void)lex.ParseSuffixes(input, "fuzz");
    lex.ParseApertiumDix(input);
    lex.ParseHunspellDic(input);
    lex.Finish();
    std::string canon;
    ghatna::morph::CanonicalSpelling(input, &canon);
    (void)lex.Classes(input);
  }
  const ghatna::Morphology* m = Morph();
  if (m == nullptr) return 0;
  ghatna::Sentence s;
  size_t start = 0;
  while (start < input.size()) {
    size_t sp = input.find(' ', start);
    if (sp == std::string_view::npos) sp = input.size();
    if (sp > start) {
      ghatna::Token t;
      t.text = std::string(input.substr(start, sp - start));
      s.tokens.push_back(std::move(t));
    }
    start = sp + 1;
  }
  m->Analyze(&s);
  for (const ghatna::Token& t : s.tokens) {
    if (t.feats.empty()) std::abort();
  }
  if (m->AnalyzeForm(input).empty()) std::abort();
  return 0;
}
