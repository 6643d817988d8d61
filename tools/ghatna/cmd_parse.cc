// ghatna parse [FILE...]: the analysis of the syntax stage, per sentence.
//   --format jsonl   (default) the `tokens` line of the text layer, each token
//                    also with lemma/upos/feats, plus phrases, predicates with
//                    their arguments, and clauses;
//   --format conllu  CoNLL-U with heads and relations derived from the phrases
//                    and predicates (docs/grammar.md, "CoNLL-U output");
//   --format tree    a readable view.
#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "command.h"
#include "ghatna/morph.h"
#include "ghatna/syntax.h"
#include "ghatna/text.h"

namespace ghatna::cli {
namespace {

void AppendInt(int v, std::string* out) { out->append(std::to_string(v)); }

void AppendJsonSentence(const Document& doc, size_t index, const Sentence& s,
                        const SentenceParse& parse, std::string* b) {
  b->append("{\"doc_id\":");
  AppendJsonString(doc.id, b);
  b->append(",\"sentence\":").append(std::to_string(index));
  b->append(",\"start\":").append(std::to_string(s.start));
  b->append(",\"end\":").append(std::to_string(s.end));
  b->append(",\"text\":");
  AppendJsonString(s.text, b);
  if (s.length_split) b->append(",\"length_split\":true");
  if (s.cut_words > 0) b->append(",\"cut_words\":").append(std::to_string(s.cut_words));
  b->append(",\"tokens\":[");
  for (size_t k = 0; k < s.tokens.size(); ++k) {
    const Token& t = s.tokens[k];
    if (k) b->push_back(',');
    b->append("{\"text\":");
    AppendJsonString(t.text, b);
    b->append(",\"start\":").append(std::to_string(t.start));
    b->append(",\"end\":").append(std::to_string(t.end));
    b->append(",\"kind\":\"").append(TokenKindName(t.kind)).append("\"");
    b->append(",\"lemma\":");
    AppendJsonString(t.lemma, b);
    b->append(",\"upos\":\"").append(UposName(t.upos)).append("\"");
    b->append(",\"feats\":");
    AppendJsonString(t.feats.empty() ? "_" : t.feats, b);
    b->push_back('}');
  }
  b->append("],\"phrases\":[");
  for (size_t k = 0; k < parse.phrases.size(); ++k) {
    const Phrase& p = parse.phrases[k];
    if (k) b->push_back(',');
    b->append("{\"first\":"); AppendInt(p.first, b);
    b->append(",\"last\":"); AppendInt(p.last, b);
    b->append(",\"head\":"); AppendInt(p.head, b);
    b->append(",\"text\":"); AppendJsonString(PhraseText(s, p), b);
    b->append(",\"postposition\":"); AppendJsonString(p.postposition, b);
    b->append(",\"postposition_first\":"); AppendInt(p.postposition_first, b);
    b->append(",\"postposition_last\":"); AppendInt(p.postposition_last, b);
    b->append(",\"marker\":"); AppendJsonString(p.marker, b);
    b->append(",\"coordination\":"); AppendInt(p.coordination, b);
    b->append(",\"genitive_of\":"); AppendInt(p.genitive_of, b);
    b->push_back('}');
  }
  b->append("],\"predicates\":[");
  for (size_t k = 0; k < parse.predicates.size(); ++k) {
    const Predicate& p = parse.predicates[k];
    if (k) b->push_back(',');
    b->append("{\"lemma\":"); AppendJsonString(p.lemma, b);
    b->append(",\"head\":"); AppendInt(p.head, b);
    b->append(",\"tokens\":[");
    for (size_t x = 0; x < p.tokens.size(); ++x) {
      if (x) b->push_back(',');
      AppendInt(p.tokens[x], b);
    }
    b->append("],\"noun\":"); AppendInt(p.noun, b);
    b->append(",\"negated\":").append(p.negated ? "true" : "false");
    b->append(",\"voice\":\"").append(p.voice == Voice::kPassive ? "Pass" : "Act").append("\"");
    b->append(",\"aspect\":"); AppendJsonString(p.aspect, b);
    b->append(",\"tense\":"); AppendJsonString(p.tense, b);
    b->append(",\"mood\":"); AppendJsonString(p.mood, b);
    b->append(",\"verb_form\":"); AppendJsonString(p.verb_form, b);
    b->append(",\"modal\":"); AppendJsonString(p.modal, b);
    b->append(",\"marker\":"); AppendJsonString(p.marker, b);
    b->append(",\"clause\":"); AppendInt(p.clause, b);
    b->append(",\"complement_of\":"); AppendInt(p.complement_of, b);
    b->append(",\"subject_from\":"); AppendInt(p.subject_from, b);
    b->append(",\"args\":[");
    for (size_t x = 0; x < p.args.size(); ++x) {
      if (x) b->push_back(',');
      b->append("{\"role\":\"").append(RoleName(p.args[x].role)).append("\",\"phrase\":");
      AppendInt(p.args[x].phrase, b);
      b->push_back('}');
    }
    b->append("]}");
  }
  b->append("],\"clauses\":[");
  for (size_t k = 0; k < parse.clauses.size(); ++k) {
    const Clause& c = parse.clauses[k];
    if (k) b->push_back(',');
    b->append("{\"type\":\"").append(ClauseTypeName(c.type)).append("\"");
    b->append(",\"first\":"); AppendInt(c.first, b);
    b->append(",\"last\":"); AppendInt(c.last, b);
    b->append(",\"parent\":"); AppendInt(c.parent, b);
    b->append(",\"speaker\":"); AppendInt(c.speaker, b);
    b->append(",\"question\":").append(c.question ? "true" : "false");
    b->push_back('}');
  }
  b->append("]}\n");
}

void AppendTree(const Sentence& s, const SentenceParse& parse, size_t index, std::string* b) {
  b->append("[").append(std::to_string(index)).append("] ").append(s.text).append("\n");
  // Clauses as a tree: each clause, its predicates, then its sub-clauses.
  std::vector<bool> done(parse.clauses.size(), false);
  std::function<void(size_t, int)> print = [&](size_t c, int depth) {
    if (done[c] || depth > 20) return;
    done[c] = true;
    const Clause& cl = parse.clauses[c];
    b->append(std::string(2 + 2 * depth, ' '));
    b->append("clause ").append(std::to_string(c)).append(" ").append(ClauseTypeName(cl.type));
    if (cl.question) b->append(" ?");
    if (cl.speaker >= 0)
      b->append(" speaker=").append(PhraseText(s, parse.phrases[cl.speaker]));
    b->append(":");
    for (int i = cl.first; i < cl.last && i < static_cast<int>(s.tokens.size()); ++i)
      b->append(" ").append(s.tokens[i].text);
    b->append("\n");
    for (size_t pi = 0; pi < parse.predicates.size(); ++pi) {
      const Predicate& p = parse.predicates[pi];
      if (p.clause != static_cast<int>(c)) continue;
      b->append(std::string(4 + 2 * depth, ' ')).append(p.lemma);
      std::string flags;
      if (p.negated) flags += " neg";
      if (p.voice == Voice::kPassive) flags += " passive";
      if (!p.verb_form.empty()) flags += " " + p.verb_form;
      if (!p.aspect.empty()) flags += " " + p.aspect;
      if (!p.tense.empty()) flags += " " + p.tense;
      if (!p.mood.empty()) flags += " " + p.mood;
      if (!p.modal.empty()) flags += " " + p.modal;
      if (p.complement_of >= 0) flags += " <- " + parse.predicates[p.complement_of].lemma;
      if (!p.marker.empty()) flags += " +" + p.marker;
      if (p.subject_from >= 0) flags += " subject of " + parse.predicates[p.subject_from].lemma;
      b->append(" (").append(flags.empty() ? "" : flags.substr(1)).append(")\n");
      for (const Argument& a : p.args) {
        const Phrase& ph = parse.phrases[a.phrase];
        b->append(std::string(6 + 2 * depth, ' ')).append(RoleName(a.role)).append(": ");
        b->append(PhraseText(s, ph));
        if (!ph.postposition.empty()) b->append(" +").append(ph.postposition);
        for (size_t g = 0; g < parse.phrases.size(); ++g) {
          if (parse.phrases[g].genitive_of == a.phrase)
            b->append("  [of: ").append(PhraseText(s, parse.phrases[g])).append("]");
        }
        b->append("\n");
      }
    }
    for (size_t k = 0; k < parse.clauses.size(); ++k) {
      if (parse.clauses[k].parent == static_cast<int>(c)) print(k, depth + 1);
    }
  };
  for (size_t c = 0; c < parse.clauses.size(); ++c) {
    if (parse.clauses[c].parent < 0) print(c, 0);
  }
  for (size_t c = 0; c < parse.clauses.size(); ++c) print(c, 0);  // orphans, if any
}

Runner SetUp(CLI::App* app) {
  auto flags = std::make_shared<InputFlags>();
  auto data = std::make_shared<std::string>(GHATNA_DATA_DIR);
  AddInputFlags(app, flags.get(), {"jsonl", "conllu", "tree"});
  CLI::Option* data_opt =
      app->add_option("--data", *data, "data directory (default: $GHATNA_DATA, else build tree data/)");
  return [flags, data, data_opt]() {
    std::string data_dir = *data;
    if (const char* env = std::getenv("GHATNA_DATA"); env && data_opt->count() == 0) data_dir = env;
    auto morph = Morphology::Load(data_dir);
    if (!morph.ok()) {
      ReportError(morph.status().ToString());
      return kExitInput;
    }
    Output out;
    PartNumbering numbering;  // sentence numbers run on across the parts of a document
    return ForEachDocument(*flags, [&](Document& doc) {
      AnalyzeText(&doc);
      const size_t first = numbering.FirstSentence(doc);
      std::string& b = out.buffer();
      for (size_t k = 0; k < doc.sentences.size(); ++k) {
        const size_t i = first + k;
        Sentence& s = doc.sentences[k];
        (*morph)->Analyze(&s);
        SentenceParse parse = ParseSentence(s);
        if (flags->format == "conllu") {
          if (i == 0) {
            b.append("# newdoc id = ");
            AppendTsvField(doc.id, &b);
            b.append("\n");
          }
          AppendConllu(doc.id, i, s, parse, &b);
        } else if (flags->format == "tree") {
          AppendTree(s, parse, i, &b);
        } else {
          AppendJsonSentence(doc, i, s, parse, &b);
        }
        out.MaybeFlush();
      }
      ReportCuts(doc);
      return Status::Ok();
    });
  };
}

const bool kRegistered = RegisterCommand(
    {"parse", "Phrases, verb groups, clauses and argument roles (JSON lines, CoNLL-U, tree)",
     [](CLI::App* app) { return SetUp(app); }});

}  // namespace
}  // namespace ghatna::cli
