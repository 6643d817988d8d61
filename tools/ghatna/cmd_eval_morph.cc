// ghatna eval morph FILE.conllu: lemma, UPOS and UFeats F1 of the morphology
// stage against a UD treebank, from raw text (the `# text` lines run through
// the text layer, words aligned by span as in CoNLL 2018) and from the gold
// tokens (the gold word forms analysed directly, so that tokeniser and tagger
// errors can be told apart).
#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "ghatna/conllu.h"
#include "command.h"
#include "ghatna/morph.h"
#include "ghatna/pipeline.h"
#include "ghatna/text.h"

namespace ghatna::cli {
namespace {

struct Scores {
  size_t gold = 0, system = 0, tokens = 0, upos = 0, lemma = 0, feats = 0;
  double F1(size_t correct) const {
    return gold + system ? 200.0 * correct / double(gold + system) : 0;
  }
};

struct Errors {
  std::map<std::string, size_t> upos, lemma;
  void AddUpos(const std::string& gold, const std::string& sys, const std::string& form) {
    ++upos[gold + " -> " + sys + "\t" + form];
  }
};

void PrintScores(const char* what, const Scores& s, bool raw) {
  std::printf("%s\n", what);
  if (raw) std::printf("  tokens  F1 %6.2f  (gold %zu, system %zu, matched %zu)\n",
                       s.F1(s.tokens), s.gold, s.system, s.tokens);
  std::printf("  UPOS    F1 %6.2f\n", s.F1(s.upos));
  std::printf("  lemma   F1 %6.2f\n", s.F1(s.lemma));
  std::printf("  UFeats  F1 %6.2f\n", s.F1(s.feats));
}

void Compare(const ConlluWord& g, const Token& t, Scores* s, Errors* e) {
  const std::string upos = UposName(t.upos);
  if (upos == g.upos) ++s->upos;
  else if (e) e->AddUpos(g.upos, upos, g.form);
  if (t.lemma == g.lemma) ++s->lemma;
  else if (e) ++e->lemma[g.upos + "\t" + g.form + "\t" + g.lemma + " != " + t.lemma];
  if (t.feats == g.feats) ++s->feats;
}

void PrintTop(const char* title, const std::map<std::string, size_t>& m, int n) {
  std::vector<std::pair<size_t, std::string>> v;
  size_t total = 0;
  for (const auto& [k, c] : m) { v.push_back({c, k}); total += c; }
  std::sort(v.rbegin(), v.rend());
  std::printf("%s (%zu in all)\n", title, total);
  for (int i = 0; i < n && i < static_cast<int>(v.size()); ++i) {
    std::printf("  %4zu  %s\n", v[i].first, v[i].second.c_str());
  }
}

Runner SetUp(CLI::App* app) {
  auto file = std::make_shared<std::string>();
  auto errors = std::make_shared<int>(0);
  auto by_pos = std::make_shared<bool>(false);
  auto data = std::make_shared<std::string>();
  auto dump = std::make_shared<std::string>();
  app->add_option("FILE", *file, "CoNLL-U treebank")->required();
  app->add_option("--errors", *errors, "print the N most frequent errors (gold tokens)");
  app->add_flag("--by-pos", *by_pos, "UPOS confusion summary by gold UPOS (gold tokens)");
  app->add_option("--data", *data, kDataHelp);
  app->add_option("--dump", *dump,
                  "write every gold-token word as TSV: sentence, index, form, gold and "
                  "system UPOS, lemma, feats");
  return [file, errors, by_pos, data, dump]() {
    const std::string data_dir = FindDataDir(*data);
    auto morph = Morphology::Load(data_dir);
    if (!morph.ok()) { ReportError(morph.status().ToString()); return kExitInput; }
    auto gold = ReadConllu(*file);
    if (!gold.ok()) { ReportError(gold.status().ToString()); return kExitInput; }

    // From gold tokens.
    Scores gs;
    Errors ge;
    std::map<std::string, std::pair<size_t, size_t>> per_pos;  // gold UPOS -> (n, correct)
    std::FILE* dump_file = nullptr;
    if (!dump->empty()) {
      dump_file = std::fopen(dump->c_str(), "w");
      if (!dump_file) { ReportError(*dump + ": cannot write"); return kExitUsage; }
    }
    for (const ConlluSentence& cs : *gold) {
      Sentence s;
      for (const ConlluWord& w : cs.words) {
        Token t;
        t.text = w.form;
        s.tokens.push_back(std::move(t));
      }
      (*morph)->Analyze(&s);
      for (size_t i = 0; i < cs.words.size(); ++i) {
        Compare(cs.words[i], s.tokens[i], &gs, &ge);
        auto& pp = per_pos[cs.words[i].upos];
        ++pp.first;
        pp.second += cs.words[i].upos == UposName(s.tokens[i].upos);
        if (dump_file) {
          const ConlluWord& w = cs.words[i];
          const Token& t = s.tokens[i];
          std::fprintf(dump_file, "%s\t%zu\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", cs.sent_id.c_str(), i,
                       w.form.c_str(), w.upos.c_str(), UposName(t.upos), w.lemma.c_str(),
                       t.lemma.c_str(), w.feats.c_str(), t.feats.c_str());
        }
      }
      gs.gold += cs.words.size();
      gs.system += cs.words.size();
    }

    if (dump_file) std::fclose(dump_file);

    // From raw text.
    Scores rs;
    const GoldText raw = BuildGoldText(*gold);
    Document doc;
    doc.text = raw.text;
    AnalyzeText(&doc);
    std::vector<CodeSpan> sys_spans;
    std::vector<const Token*> sys_tokens;
    for (Sentence& s : doc.sentences) {
      (*morph)->Analyze(&s);
      for (const Token& t : s.tokens) {
        sys_spans.push_back({t.start, t.end});
        sys_tokens.push_back(&t);
      }
    }
    const std::vector<CodeSpan> gold_spans = raw.AllWordSpans();
    std::vector<const ConlluWord*> gold_words;
    for (const ConlluSentence& cs : *gold) {
      for (const ConlluWord& w : cs.words) gold_words.push_back(&w);
    }
    const std::vector<int> align = AlignSpans(gold_spans, sys_spans);
    rs.gold = gold_spans.size();
    rs.system = sys_spans.size();
    for (size_t i = 0; i < align.size() && i < gold_words.size(); ++i) {
      if (align[i] < 0) continue;
      ++rs.tokens;
      Compare(*gold_words[i], *sys_tokens[align[i]], &rs, nullptr);
    }

    std::printf("%s: %zu sentences, %zu words\n", file->c_str(), gold->size(), gs.gold);
    PrintScores("from raw text (text layer + morphology, CoNLL 2018 alignment)", rs, true);
    PrintScores("from gold tokens (morphology only)", gs, false);
    if (*by_pos) {
      std::printf("UPOS accuracy by gold UPOS (gold tokens)\n");
      for (const auto& [pos, nc] : per_pos) {
        std::printf("  %-6s %5zu  %6.2f\n", pos.c_str(), nc.first,
                    100.0 * nc.second / std::max<size_t>(1, nc.first));
      }
    }
    if (*errors > 0) {
      PrintTop("UPOS errors: gold -> system, form", ge.upos, *errors);
      PrintTop("lemma errors: gold UPOS, form, gold != system", ge.lemma, *errors);
    }
    return kExitOk;
  };
}

const bool kRegistered = RegisterCommand(
    {"eval morph", "Score lemma, UPOS and UFeats on a CoNLL-U treebank",
     [](CLI::App* app) { return SetUp(app); }});

}  // namespace
}  // namespace ghatna::cli
