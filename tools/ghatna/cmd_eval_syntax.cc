// ghatna eval syntax FILE.conllu: argument-attachment precision and recall
// of the syntax stage against a UD treebank (definition in docs/grammar.md),
// in three settings: gold tokens with gold morphology, gold tokens with the
// predicted morphology, and raw text through the whole pipeline (text layer +
// morphology + syntax, words aligned by span as in CoNLL 2018).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "ghatna/conllu.h"
#include "command.h"
#include "ghatna/morph.h"
#include "ghatna/pipeline.h"
#include "ghatna/syntax.h"
#include "ghatna/text.h"

namespace ghatna::cli {
namespace {

bool IsArgRel(const std::string& deprel) {
  std::string base = deprel.substr(0, deprel.find(':'));
  return base == "nsubj" || base == "obj" || base == "iobj" || base == "obl";
}

Upos ParseUpos(const std::string& s) {
  for (int u = 0; u <= static_cast<int>(Upos::kVERB); ++u) {
    if (s == UposName(static_cast<Upos>(u))) return static_cast<Upos>(u);
  }
  return Upos::kX;
}

struct Counts {
  size_t gold = 0, recalled = 0, system = 0, correct = 0, genobj = 0;
  double P() const { return system ? 100.0 * correct / system : 0; }
  double R() const { return gold ? 100.0 * recalled / gold : 0; }
  double F() const { return P() + R() > 0 ? 2 * P() * R() / (P() + R()) : 0; }
};

struct SysSentence {
  const Sentence* s = nullptr;
  SentenceParse parse;
  std::vector<int> tok_pred, tok_phrase;
};

// Scores `sentences` (already analysed up to morphology) against the gold
// treebank. `errors` > 0 prints that many missed gold arguments.
Counts Score(const std::vector<ConlluSentence>& gold, const GoldText& raw,
             const std::vector<Sentence*>& sentences, int errors, bool quiet_errors) {
  std::vector<SysSentence> sys(sentences.size());
  std::vector<CodeSpan> sys_spans;
  std::vector<std::pair<int, int>> sys_pos;  // flat -> (sentence, token)
  for (size_t si = 0; si < sentences.size(); ++si) {
    SysSentence& ss = sys[si];
    ss.s = sentences[si];
    ss.parse = ParseSentence(*ss.s);
    int n = static_cast<int>(ss.s->tokens.size());
    ss.tok_pred.assign(n, -1);
    ss.tok_phrase.assign(n, -1);
    for (size_t p = 0; p < ss.parse.predicates.size(); ++p) {
      for (int t : ss.parse.predicates[p].tokens) ss.tok_pred[t] = static_cast<int>(p);
    }
    for (size_t x = 0; x < ss.parse.phrases.size(); ++x) {
      const Phrase& ph = ss.parse.phrases[x];
      int end = std::max(ph.last, ph.postposition_last);
      for (int t = ph.first; t < end && t < n; ++t) ss.tok_phrase[t] = static_cast<int>(x);
    }
    for (int t = 0; t < n; ++t) {
      sys_spans.push_back({ss.s->tokens[t].start, ss.s->tokens[t].end});
      sys_pos.push_back({static_cast<int>(si), t});
    }
  }
  // Gold words, flat.
  std::vector<const ConlluWord*> gw;
  std::vector<int> sent_base;
  for (const ConlluSentence& cs : gold) {
    sent_base.push_back(static_cast<int>(gw.size()));
    for (const ConlluWord& w : cs.words) gw.push_back(&w);
  }
  const std::vector<CodeSpan> gold_spans = raw.AllWordSpans();
  const std::vector<int> align = AlignSpans(gold_spans, sys_spans);
  std::vector<int> sys_to_gold(sys_spans.size(), -1);
  for (size_t g = 0; g < align.size(); ++g) {
    if (align[g] >= 0) sys_to_gold[align[g]] = static_cast<int>(g);
  }
  auto head_of = [&](size_t s, const ConlluWord& w) {
    return w.head > 0 ? sent_base[s] + w.head - 1 : -1;
  };
  // Per gold word: the gold verb it is an argument of (-1), conjuncts of an
  // argument inheriting it (for precision only).
  std::vector<int> arg_verb(gw.size(), -1), arg_verb_conj(gw.size(), -1);
  for (size_t s = 0; s < gold.size(); ++s) {
    for (const ConlluWord& w : gold[s].words) {
      int g = sent_base[s] + w.id - 1;
      int h = head_of(s, w);
      if (h >= 0 && IsArgRel(w.deprel) && gw[h]->upos == "VERB") arg_verb[g] = h;
    }
    for (const ConlluWord& w : gold[s].words) {
      int g = sent_base[s] + w.id - 1;
      // A later conjunct of an argument is an argument too. UD attaches it
      // to the head word of the first conjunct, which may itself sit inside
      // a name or compound (प्यूअर्टो रिको, गुआम और फिलीपींस).
      int x = g, guard = 0;
      bool via_conj = false;
      while (x >= 0 && arg_verb[x] < 0 && guard++ < 20) {
        const std::string& rel = gw[x]->deprel;
        if (rel == "conj") via_conj = true;
        else if (!via_conj || (rel != "compound" && rel != "flat" && rel != "flat:name"))
          break;
        x = head_of(s, *gw[x]);
      }
      arg_verb_conj[g] = x >= 0 && (x == g || via_conj) ? arg_verb[x] : -1;
    }
  }
  Counts c;
  int shown = 0;
  // Recall.
  for (size_t g = 0; g < gw.size(); ++g) {
    if (arg_verb[g] < 0) continue;
    ++c.gold;
    int a = align[g], b = align[arg_verb[g]];
    bool ok = false;
    if (a >= 0 && b >= 0 && sys_pos[a].first == sys_pos[b].first) {
      const SysSentence& ss = sys[sys_pos[a].first];
      int pred = ss.tok_pred[sys_pos[b].second];
      int ta = sys_pos[a].second;
      if (pred >= 0) {
        const Predicate& p = ss.parse.predicates[pred];
        if (p.noun == ta) ok = true;
        int ph = ss.tok_phrase[ta];
        for (const Argument& arg : p.args) ok |= arg.phrase == ph && ph >= 0;
      }
    }
    if (ok) {
      ++c.recalled;
    } else if (shown < errors && !quiet_errors && a >= 0) {
      ++shown;
      const SysSentence& ss = sys[sys_pos[a].first];
      std::printf("MISS %s(%s) -> %s  | %s\n    %s\n", gw[g]->form.c_str(),
                  gw[g]->deprel.c_str(), gw[arg_verb[g]]->form.c_str(), ss.s->text.c_str(),
                  DumpPredicates(*ss.s, ss.parse).c_str());
    }
  }
  // Precision.
  int shown_fp = 0;
  for (size_t si = 0; si < sys.size(); ++si) {
    const SysSentence& ss = sys[si];
    int base = 0;
    // Flat index of token 0 of this sentence.
    for (size_t k = 0; k < si; ++k) base += static_cast<int>(sys[k].s->tokens.size());
    for (const Predicate& p : ss.parse.predicates) {
      bool verb = false;
      for (int t : p.tokens) {
        int g = sys_to_gold[base + t];
        verb |= g >= 0 && gw[g]->upos == "VERB";
      }
      if (!verb) continue;
      for (const Argument& arg : p.args) {
        if (arg.role == Role::kGenitiveObject) {
          ++c.genobj;
          continue;
        }
        ++c.system;
        const Phrase& ph = ss.parse.phrases[arg.phrase];
        int end = std::max(ph.last, ph.postposition_last);
        bool ok = false;
        for (int t = ph.first; t < end && !ok; ++t) {
          int g = sys_to_gold[base + t];
          if (g < 0 || arg_verb_conj[g] < 0) continue;
          int hv = align[arg_verb_conj[g]];
          if (hv < 0 || sys_pos[hv].first != static_cast<int>(si)) continue;
          for (int pt : p.tokens) ok |= pt == sys_pos[hv].second;
        }
        if (ok) {
          ++c.correct;
        } else if (shown_fp < errors && !quiet_errors) {
          ++shown_fp;
          int g = ph.head >= 0 ? sys_to_gold[base + ph.head] : -1;
          std::string why = "unaligned";
          if (g >= 0) {
            int s = 0;
            while (s + 1 < static_cast<int>(sent_base.size()) && sent_base[s + 1] <= g) ++s;
            int h = head_of(s, *gw[g]);
            why = gw[g]->deprel + " of " + (h >= 0 ? gw[h]->form + "/" + gw[h]->upos : "root");
          }
          std::printf("FALSE %s -> %s  [gold: %s]\n    %s\n    %s\n", PhraseText(*ss.s, ph).c_str(),
                      p.lemma.c_str(), why.c_str(), ss.s->text.c_str(),
                      DumpPredicates(*ss.s, ss.parse).c_str());
        }
      }
    }
  }
  return c;
}

void Print(const char* what, const Counts& c) {
  std::printf("%s\n  precision %6.2f (%zu/%zu)  recall %6.2f (%zu/%zu)  F1 %6.2f"
              "  [genitive objects not scored: %zu]\n",
              what, c.P(), c.correct, c.system, c.R(), c.recalled, c.gold, c.F(), c.genobj);
}

TokenKind KindOf(const ConlluWord& w) {
  if (w.upos == "PUNCT") return TokenKind::kPunct;
  unsigned char c0 = w.form.empty() ? 0 : w.form[0];
  if (c0 < 0x80 && std::isdigit(c0)) return TokenKind::kNumber;
  if (c0 < 0x80 && std::isalpha(c0)) return TokenKind::kLatin;
  if (w.upos == "SYM") return TokenKind::kSymbol;
  return TokenKind::kWord;
}

Runner SetUp(CLI::App* app) {
  auto file = std::make_shared<std::string>();
  auto errors = std::make_shared<int>(0);
  auto mode = std::make_shared<std::string>("all");
  auto data = std::make_shared<std::string>();
  app->add_option("FILE", *file, "CoNLL-U treebank")->required();
  app->add_option("--errors", *errors,
                  "print N missed and N false attachments of the chosen --mode");
  app->add_option("--mode", *mode, "gold | goldtok | raw | all (default: all)")
      ->check(CLI::IsMember({"gold", "goldtok", "raw", "all"}));
  app->add_option("--data", *data, kDataHelp);
  return [file, errors, mode, data]() {
    const std::string data_dir = FindDataDir(*data);
    auto gold = ReadConllu(*file);
    if (!gold.ok()) { ReportError(gold.status().ToString()); return kExitInput; }
    const GoldText raw = BuildGoldText(*gold);
    std::unique_ptr<Morphology> morph;
    if (*mode != "gold") {
      auto m = Morphology::Load(data_dir);
      if (!m.ok()) { ReportError(m.status().ToString()); return kExitInput; }
      morph = std::move(*m);
    }
    size_t words = 0;
    for (const ConlluSentence& cs : *gold) words += cs.words.size();
    std::printf("%s: %zu sentences, %zu words\n", file->c_str(), gold->size(), words);
    // Gold tokens, with gold or predicted morphology.
    for (const char* m : {"gold", "goldtok"}) {
      if (*mode != "all" && *mode != m) continue;
      std::vector<Sentence> sents(gold->size());
      for (size_t s = 0; s < gold->size(); ++s) {
        const ConlluSentence& cs = (*gold)[s];
        sents[s].text = cs.text;
        for (size_t i = 0; i < cs.words.size(); ++i) {
          const ConlluWord& w = cs.words[i];
          Token t;
          t.text = w.form;
          t.start = raw.words[s][i].start;
          t.end = raw.words[s][i].end;
          t.kind = KindOf(w);
          if (t.kind == TokenKind::kNumber) t.number_value = std::atof(w.form.c_str());
          t.space_after = w.space_after;
          if (std::string(m) == "gold") {
            t.lemma = w.lemma;
            t.upos = ParseUpos(w.upos);
            t.feats = w.feats;
          }
          sents[s].tokens.push_back(std::move(t));
        }
        if (std::string(m) == "goldtok") morph->Analyze(&sents[s]);
      }
      std::vector<Sentence*> ptrs;
      for (Sentence& s : sents) ptrs.push_back(&s);
      Counts c = Score(*gold, raw, ptrs, *errors, *mode == "all");
      Print(std::string(m) == "gold" ? "gold tokens + gold morphology (syntax only)"
                                     : "gold tokens + predicted morphology",
            c);
    }
    if (*mode == "all" || *mode == "raw") {
      Document doc;
      doc.text = raw.text;
      AnalyzeText(&doc);
      std::vector<Sentence*> ptrs;
      for (Sentence& s : doc.sentences) {
        morph->Analyze(&s);
        ptrs.push_back(&s);
      }
      Counts c = Score(*gold, raw, ptrs, *errors, *mode == "all");
      Print("raw text (text layer + morphology + syntax, CoNLL 2018 alignment)", c);
    }
    return kExitOk;
  };
}

const bool kRegistered = RegisterCommand(
    {"eval syntax", "Score argument attachment on a CoNLL-U treebank",
     [](CLI::App* app) { return SetUp(app); }});

}  // namespace
}  // namespace ghatna::cli
