// For tests: the morphology of the source tree's own lexicons, without the
// optional system dictionaries, so that results do not depend on what is
// installed. Loaded once; nullptr (with a test failure) if loading fails.
//
//   const ghatna::Morphology* m = ghatna::testing::OwnLexiconMorphology();
//   ASSERT_NE(m, nullptr);
#ifndef GHATNA_MORPH_OWN_LEXICON_FOR_TESTS_H_
#define GHATNA_MORPH_OWN_LEXICON_FOR_TESTS_H_

#include <gtest/gtest.h>

#include "ghatna/morph.h"

namespace ghatna::testing {

inline const Morphology* OwnLexiconMorphology() {
  static const Morphology* m = [] {
    MorphOptions o;
    o.use_apertium = false;
    o.use_hunspell = false;
    auto r = Morphology::Load(GHATNA_SOURCE_DIR "/data", o);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? std::move(r).value().release() : nullptr;
  }();
  return m;
}

}  // namespace ghatna::testing

#endif  // GHATNA_MORPH_OWN_LEXICON_FOR_TESTS_H_
