// ghatna eval morph: lemma, UPOS and UFeats F1 of the morphology against a
// UD treebank, from raw text and from the gold tokens (so that tokeniser and
// tagger errors can be told apart).
#include <algorithm>
#include <string>
#include <vector>

#include "eval/format.h"
#include "ghatna/eval.h"
#include "ghatna/text.h"

namespace ghatna {
namespace {

using eval_internal::Format;

void Compare(const ConlluWord& g, const Token& t, MorphScores* s, MorphEval* e) {
  const std::string upos = UposName(t.upos);
  if (upos == g.upos) ++s->upos;
  else if (e) ++e->upos_errors[g.upos + " -> " + upos + "\t" + g.form];
  if (t.lemma == g.lemma) ++s->lemma;
  else if (e) ++e->lemma_errors[g.upos + "\t" + g.form + "\t" + g.lemma + " != " + t.lemma];
  if (t.feats == g.feats) ++s->feats;
}

void AppendScores(const char* what, const MorphScores& s, bool raw, std::string* out) {
  *out += Format("%s\n", what);
  if (raw) *out += Format("  tokens  F1 %6.2f  (gold %zu, system %zu, matched %zu)\n",
                          s.F1(s.tokens), s.gold, s.system, s.tokens);
  *out += Format("  UPOS    F1 %6.2f\n", s.F1(s.upos));
  *out += Format("  lemma   F1 %6.2f\n", s.F1(s.lemma));
  *out += Format("  UFeats  F1 %6.2f\n", s.F1(s.feats));
}

void AppendTop(const char* title, const std::map<std::string, size_t>& m, int n, std::string* out) {
  std::vector<std::pair<size_t, std::string>> v;
  size_t total = 0;
  for (const auto& [k, c] : m) { v.push_back({c, k}); total += c; }
  std::sort(v.rbegin(), v.rend());
  *out += Format("%s (%zu in all)\n", title, total);
  for (int i = 0; i < n && i < static_cast<int>(v.size()); ++i) {
    *out += Format("  %4zu  %s\n", v[i].first, v[i].second.c_str());
  }
}

}  // namespace

MorphEval EvaluateMorphology(const std::vector<ConlluSentence>& gold, const Morphology& morph,
                             bool dump) {
  MorphEval e;
  e.sentences = gold.size();
  // From gold tokens.
  MorphScores& gs = e.gold_tokens;
  for (const ConlluSentence& cs : gold) {
    Sentence s;
    for (const ConlluWord& w : cs.words) {
      Token t;
      t.text = w.form;
      s.tokens.push_back(std::move(t));
    }
    morph.Analyze(&s);
    for (size_t i = 0; i < cs.words.size(); ++i) {
      const ConlluWord& w = cs.words[i];
      const Token& t = s.tokens[i];
      Compare(w, t, &gs, &e);
      auto& pp = e.by_pos[w.upos];
      ++pp.first;
      pp.second += w.upos == UposName(t.upos);
      if (dump) {
        e.dump += cs.sent_id + "\t" + std::to_string(i) + "\t" + w.form + "\t" + w.upos + "\t" +
                  UposName(t.upos) + "\t" + w.lemma + "\t" + t.lemma + "\t" + w.feats + "\t" +
                  t.feats + "\n";
      }
    }
    gs.gold += cs.words.size();
    gs.system += cs.words.size();
  }
  // From raw text.
  MorphScores& rs = e.raw;
  const GoldText raw = BuildGoldText(gold);
  Document doc;
  doc.text = raw.text;
  AnalyzeText(&doc);
  std::vector<CodeSpan> sys_spans;
  std::vector<const Token*> sys_tokens;
  for (Sentence& s : doc.sentences) {
    morph.Analyze(&s);
    for (const Token& t : s.tokens) {
      sys_spans.push_back({t.start, t.end});
      sys_tokens.push_back(&t);
    }
  }
  const std::vector<CodeSpan> gold_spans = raw.AllWordSpans();
  std::vector<const ConlluWord*> gold_words;
  for (const ConlluSentence& cs : gold) {
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
  return e;
}

std::string MorphEvalText(const MorphEval& e, const std::string& file, bool by_pos, int errors) {
  std::string out = Format("%s: %zu sentences, %zu words\n", file.c_str(), e.sentences,
                           e.gold_tokens.gold);
  AppendScores("from raw text (text layer + morphology, CoNLL 2018 alignment)", e.raw, true, &out);
  AppendScores("from gold tokens (morphology only)", e.gold_tokens, false, &out);
  if (by_pos) {
    out += "UPOS accuracy by gold UPOS (gold tokens)\n";
    for (const auto& [pos, nc] : e.by_pos) {
      out += Format("  %-6s %5zu  %6.2f\n", pos.c_str(), nc.first,
                    100.0 * nc.second / std::max<size_t>(1, nc.first));
    }
  }
  if (errors > 0) {
    AppendTop("UPOS errors: gold -> system, form", e.upos_errors, errors, &out);
    AppendTop("lemma errors: gold UPOS, form, gold != system", e.lemma_errors, errors, &out);
  }
  return out;
}

}  // namespace ghatna
