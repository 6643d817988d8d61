// Fuzz target for the syntax parser (src/syntax): the input, repaired to
// UTF-8, is split into sentences, analysed by the morphology (the project's
// own lexicon, data/lexicon) and parsed. Checks: every phrase, predicate,
// argument and clause points inside its sentence; the CoNLL-U writer gives
// one comment, token or blank line per line, ten columns per token line,
// every head inside the sentence.
//
//   CC=clang CXX=clang++ cmake -S . -B build-fuzz -DGHATNA_FUZZ=ON
//   cmake --build build-fuzz --target parse_fuzz && build-fuzz/parse_fuzz fuzz/corpus/text
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "ghatna/morph.h"
#include "ghatna/pipeline.h"
#include "ghatna/syntax.h"
#include "ghatna/text.h"

namespace {

void Check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "parse_fuzz: %s\n", what);
  std::abort();
}

const ghatna::Morphology& Morph() {
  static const std::unique_ptr<ghatna::Morphology> morph = [] {
    ghatna::MorphOptions options;
    options.use_apertium = false;
    options.use_hunspell = false;
    auto m = ghatna::Morphology::Load(ghatna::FindDataDir(""), options);
    Check(m.ok(), "cannot load data/lexicon (set GHATNA_DATA)");
    return std::move(m).value();
  }();
  return *morph;
}

void CheckParse(const ghatna::Sentence& s, const ghatna::SentenceParse& p) {
  const int n = static_cast<int>(s.tokens.size());
  const int phrases = static_cast<int>(p.phrases.size());
  const int clauses = static_cast<int>(p.clauses.size());
  auto token = [&](int i) { return i >= 0 && i < n; };
  for (const ghatna::Phrase& ph : p.phrases) {
    Check(ph.first >= 0 && ph.first < ph.last && ph.last <= n, "a phrase outside its sentence");
    Check(token(ph.head), "a phrase head outside the sentence");
    Check(ph.postposition_first == -1 || (token(ph.postposition_first) && ph.postposition_last <= n),
          "a postposition outside the sentence");
    Check(ph.genitive_of >= -1 && ph.genitive_of < phrases, "genitive_of is no phrase");
  }
  for (const ghatna::Predicate& pr : p.predicates) {
    Check(token(pr.head), "a predicate head outside the sentence");
    for (int t : pr.tokens) Check(token(t), "a verb-group token outside the sentence");
    Check(pr.noun == -1 || token(pr.noun), "a conjunct noun outside the sentence");
    Check(pr.clause >= 0 && pr.clause < std::max(clauses, 1), "a predicate's clause is no clause");
    for (const ghatna::Argument& a : pr.args) Check(a.phrase >= 0 && a.phrase < phrases, "an argument is no phrase");
    Check(pr.complement_of >= -1 && pr.complement_of < static_cast<int>(p.predicates.size()),
          "complement_of is no predicate");
    Check(pr.subject_from >= -1 && pr.subject_from < static_cast<int>(p.predicates.size()),
          "subject_from is no predicate");
  }
  for (const ghatna::Clause& c : p.clauses) {
    Check(c.first >= 0 && c.first <= c.last && c.last <= n, "a clause outside its sentence");
    Check(c.parent >= -1 && c.parent < clauses, "a clause's parent is no clause");
    Check(c.speaker >= -1 && c.speaker < phrases, "a clause's speaker is no phrase");
  }
}

void CheckConllu(const std::string& out, int tokens) {
  size_t start = 0;
  int rows = 0;
  while (start < out.size()) {
    const size_t nl = out.find('\n', start);
    Check(nl != std::string::npos, "CoNLL-U output does not end with a line break");
    const std::string line = out.substr(start, nl - start);
    start = nl + 1;
    if (line.empty() || line[0] == '#') continue;
    ++rows;
    int tabs = 0;
    size_t field_start = 0, field = 0;
    std::string head;
    for (size_t i = 0; i <= line.size(); ++i) {
      if (i < line.size() && line[i] != '\t') continue;
      Check(i > field_start, "an empty CoNLL-U field");
      if (field == 6) head = line.substr(field_start, i - field_start);
      ++field;
      field_start = i + 1;
      tabs += i < line.size();
    }
    Check(tabs == 9, "a CoNLL-U token line without ten columns");
    const int h = std::atoi(head.c_str());
    Check(h >= 0 && h <= tokens, "a CoNLL-U head outside the sentence");
  }
  Check(rows == tokens, "CoNLL-U rows are not the tokens");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const ghatna::Morphology& morph = Morph();
  ghatna::Document doc;
  doc.id = "fuzz";
  ghatna::DecodeUtf8(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz",
                     ghatna::DecodeMode::kRepair, &doc.text);
  ghatna::AnalyzeText(&doc);
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    ghatna::Sentence& s = doc.sentences[i];
    Check(s.tokens.size() <= ghatna::kMaxSentenceTokens, "a sentence longer than kMaxSentenceTokens");
    morph.Analyze(&s);
    const ghatna::SentenceParse parse = ghatna::ParseSentence(s);
    CheckParse(s, parse);
    ghatna::DumpPredicates(s, parse);
    std::string conllu;
    ghatna::AppendConllu(doc.id, i, s, parse, &conllu);
    CheckConllu(conllu, static_cast<int>(s.tokens.size()));
  }
  return 0;
}
