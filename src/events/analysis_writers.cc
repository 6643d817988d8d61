// The writers of ghatna/writers.h: sentences, tokens, parses, actor
// mentions and referents, as `ghatna sentences|tokens|parse|actors` write
// them (docs/output.md).
#include "ghatna/writers.h"

#include <charconv>
#include <cstdio>
#include <functional>
#include <string_view>

#include "ghatna/actors.h"
#include "ghatna/discourse.h"
#include "ghatna/io.h"
#include "ghatna/romanize.h"
#include "ghatna/syntax.h"

namespace ghatna {
namespace {

using std::literals::string_view_literals::operator""sv;

void AppendInt(int v, std::string* out) { out->append(std::to_string(v)); }

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

void AppendNumber(uint64_t v, std::string* out) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof(buf), v);
  out->append(buf, end);
}

// ,"NAME":VALUE
void AppendNumberField(std::string_view name, uint64_t value, std::string* out) {
  out->append(",\"").append(name).append("\":");
  AppendNumber(value, out);
}

// {"doc_id", "sentence", "start", "end", "text" of a sentence, the object
// left open for more fields.
void AppendSentenceFields(const Document& doc, size_t index, const Sentence& s, std::string* out) {
  out->append("{\"doc_id\":"sv);
  AppendJsonString(doc.id, out);
  AppendNumberField("sentence", index, out);
  AppendNumberField("start", s.start, out);
  AppendNumberField("end", s.end, out);
  out->append(",\"text\":"sv);
  AppendJsonString(s.text, out);
}

// {"text", "start", "end", "kind" of a token, the object left open.
void AppendTokenFields(const Token& t, std::string* out) {
  out->append("{\"text\":"sv);
  AppendJsonString(t.text, out);
  AppendNumberField("start", t.start, out);
  AppendNumberField("end", t.end, out);
  out->append(",\"kind\":\""sv).append(TokenKindName(t.kind)).append("\"");
}

void AppendSentenceHead(const Document& doc, size_t index, const Sentence& s, std::string* out) {
  AppendSentenceFields(doc, index, s, out);
  if (s.boilerplate) out->append(",\"boilerplate\":true"sv);
  if (s.length_split) out->append(",\"length_split\":true"sv);
  if (s.cut_words > 0) AppendNumberField("cut_words", s.cut_words, out);
}

void AppendJsonSentence(const Document& doc, size_t index, const Sentence& s,
                        const SentenceParse& parse, std::string* b) {
  AppendSentenceFields(doc, index, s, b);
  if (s.length_split) b->append(",\"length_split\":true");
  if (s.cut_words > 0) b->append(",\"cut_words\":").append(std::to_string(s.cut_words));
  b->append(",\"tokens\":[");
  for (size_t k = 0; k < s.tokens.size(); ++k) {
    const Token& t = s.tokens[k];
    if (k) b->push_back(',');
    AppendTokenFields(t, b);
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

// Mention and sentence numbers of a document that arrives in parts run on
// across its parts: `base` is what the parts before held.
struct Bases {
  int mention = 0, sentence = 0;
};

void AppendMentionJson(const Document& doc, const ActorMention& m, int index, const Bases& base,
                       std::string* b) {
  b->append("{\"doc_id\":");
  AppendJsonString(doc.id, b);
  b->append(",\"mention\":").append(std::to_string(base.mention + index));
  b->append(",\"sentence\":").append(std::to_string(base.sentence + m.sentence));
  b->append(",\"start\":").append(std::to_string(m.start));
  b->append(",\"end\":").append(std::to_string(m.end));
  b->append(",\"text\":");
  AppendJsonString(m.text, b);
  b->append(",\"code\":");
  AppendJsonString(m.code, b);
  b->append(",\"how\":\"").append(MatchHowName(m.how)).append("\"");
  b->append(",\"confidence\":").append(Fixed(m.confidence));
  b->append(",\"entry\":");
  AppendJsonString(m.entry, b);
  b->append(",\"kind\":\"").append(ActorKindName(m.kind)).append("\"");
  if (m.antecedent >= 0) b->append(",\"antecedent\":").append(std::to_string(base.mention + m.antecedent));
  if (!m.role_text.empty()) {
    b->append(",\"role\":");
    AppendJsonString(m.role_text, b);
  }
  if (!m.name.empty()) {
    b->append(",\"name\":");
    AppendJsonString(m.name, b);
    b->append(",\"romanized\":");
    AppendJsonString(m.romanized, b);
  }
  if (m.subject) b->append(",\"subject\":true");
  b->append("}\n");
}

void AppendMentionTsv(const Document& doc, const ActorMention& m, int index, const Bases& base,
                      std::string* b) {
  auto field = [&](std::string_view v) {
    AppendTsvField(v, b);
    b->push_back('\t');
  };
  field(doc.id);
  field(std::to_string(base.mention + index));
  field(std::to_string(base.sentence + m.sentence));
  field(std::to_string(m.start));
  field(std::to_string(m.end));
  field(m.text);
  field(m.code.empty() ? "-" : m.code);
  field(MatchHowName(m.how));
  field(Fixed(m.confidence));
  field(m.entry.empty() ? "-" : m.entry);
  field(m.antecedent >= 0 ? std::to_string(base.mention + m.antecedent) : "-");
  field(m.name.empty() ? "-" : m.name);
  AppendTsvField(m.romanized.empty() ? "-" : m.romanized, b);
  b->push_back('\n');
}

// One referent of a phrase after the discourse model: where the phrase is,
// the actor it stands for, how that was found and the antecedent's words.
void AppendReferentJson(const Document& doc, const Sentence& s, const Phrase& ph,
                        const Referent& r, const std::vector<ActorMention>& mentions, int sentence_base,
                        std::string* b) {
  uint32_t start = 0, end = 0;
  if (r.mention >= 0) {
    start = mentions[r.mention].start;
    end = mentions[r.mention].end;
  } else if (ph.first < ph.last && ph.last <= static_cast<int>(s.tokens.size())) {
    start = s.tokens[ph.first].start;
    end = s.tokens[ph.last - 1].end;
  }
  b->append("{\"doc_id\":");
  AppendJsonString(doc.id, b);
  b->append(",\"sentence\":").append(std::to_string(sentence_base + (&s - doc.sentences.data())));
  b->append(",\"start\":").append(std::to_string(start));
  b->append(",\"end\":").append(std::to_string(end));
  b->append(",\"code\":");
  AppendJsonString(r.code, b);
  b->append(",\"how\":\"").append(ResolutionName(r.how)).append("\"");
  if (r.antecedent >= 0 && r.antecedent < static_cast<int>(mentions.size())) {
    b->append(",\"antecedent\":{\"text\":");
    AppendJsonString(mentions[r.antecedent].text, b);
    b->append(",\"start\":").append(std::to_string(mentions[r.antecedent].start));
    b->append(",\"end\":").append(std::to_string(mentions[r.antecedent].end)).append("}");
  }
  b->append("}\n");
}

// Sentence and mention numbers of the parts of one document: a part
// numbered 0 starts again from 0.
class PartNumbers {
 public:
  Bases Next(const Document& doc, size_t mentions) {
    if (doc.part == 0) next_ = Bases();
    const Bases first = next_;
    next_.sentence += static_cast<int>(doc.sentences.size());
    next_.mention += static_cast<int>(mentions);
    return first;
  }

 private:
  Bases next_;
};

class TextWriter : public AnalysisWriter {
 public:
  TextWriter(bool tokens, bool tsv) : tokens_(tokens), tsv_(tsv) {}
  void Write(const Document& doc, const Analysis&, std::string* b) override {
    const size_t first = numbers_.Next(doc, 0).sentence;
    for (size_t k = 0; k < doc.sentences.size(); ++k) {
      const Sentence& s = doc.sentences[k];
      const size_t index = first + k;
      // doc_id, sentence, start, end, text: the columns a sentence row and a
      // token row share.
      auto span_row = [&](uint32_t start, uint32_t end, const std::string& text) {
        AppendTsvField(doc.id, b);
        b->push_back('\t');
        AppendNumber(index, b);
        b->push_back('\t');
        AppendNumber(start, b);
        b->push_back('\t');
        AppendNumber(end, b);
        b->push_back('\t');
        AppendTsvField(text, b);
      };
      if (tsv_ && !tokens_) {
        span_row(s.start, s.end, s.text);
        b->push_back('\n');
      } else if (tsv_) {
        for (const Token& t : s.tokens) {
          span_row(t.start, t.end, t.text);
          b->push_back('\t');
          b->append(TokenKindName(t.kind));
          b->push_back('\n');
        }
      } else {
        AppendSentenceHead(doc, index, s, b);
        if (tokens_) {
          b->append(",\"tokens\":["sv);
          for (size_t i = 0; i < s.tokens.size(); ++i) {
            const Token& t = s.tokens[i];
            if (i) b->push_back(',');
            AppendTokenFields(t, b);
            b->push_back('}');
          }
          b->push_back(']');
        }
        b->append("}\n"sv);
      }
    }
  }

 private:
  bool tokens_, tsv_;
  PartNumbers numbers_;
};

class ParseWriter : public AnalysisWriter {
 public:
  explicit ParseWriter(std::string_view format) : format_(format) {}
  void Write(const Document& doc, const Analysis& a, std::string* b) override {
    const size_t first = numbers_.Next(doc, 0).sentence;
    for (size_t k = 0; k < doc.sentences.size() && k < a.parses.size(); ++k) {
      const size_t i = first + k;
      const Sentence& s = doc.sentences[k];
      if (format_ == "conllu") {
        if (i == 0) {
          b->append("# newdoc id = ");
          AppendTsvField(doc.id, b);
          b->append("\n");
        }
        AppendConllu(doc.id, i, s, a.parses[k], b);
      } else if (format_ == "tree") {
        AppendTree(s, a.parses[k], i, b);
      } else {
        AppendJsonSentence(doc, i, s, a.parses[k], b);
      }
    }
  }

 private:
  std::string format_;
  PartNumbers numbers_;
};

class MentionWriter : public AnalysisWriter {
 public:
  explicit MentionWriter(bool tsv) : tsv_(tsv) {}
  void Begin(std::string* out) override {
    if (tsv_) {
      out->append("doc_id\tmention\tsentence\tstart\tend\ttext\tcode\thow\tconfidence\tentry\tantecedent\tname\tromanized\n");
    }
  }
  void Write(const Document& doc, const Analysis& a, std::string* b) override {
    const Bases base = numbers_.Next(doc, a.mentions.size());
    for (size_t i = 0; i < a.mentions.size(); ++i) {
      if (tsv_) AppendMentionTsv(doc, a.mentions[i], static_cast<int>(i), base, b);
      else AppendMentionJson(doc, a.mentions[i], static_cast<int>(i), base, b);
    }
  }

 private:
  bool tsv_;
  PartNumbers numbers_;
};

class ReferentWriter : public AnalysisWriter {
 public:
  void Write(const Document& doc, const Analysis& a, std::string* b) override {
    const Bases base = numbers_.Next(doc, a.mentions.size());
    if (a.parses.size() != doc.sentences.size()) return;
    Discourse d(doc, a.parses, a.mentions);
    for (size_t s = 0; s < doc.sentences.size(); ++s)
      for (size_t k = 0; k < a.parses[s].phrases.size(); ++k)
        for (const Referent& r : d.PhraseReferents(static_cast<int>(s), static_cast<int>(k)))
          AppendReferentJson(doc, doc.sentences[s], a.parses[s].phrases[k], r, a.mentions, base.sentence, b);
  }

 private:
  PartNumbers numbers_;
};

// Tokens with the ISO 15919 and Hindi romanisations of their Devanagari.
class RomanizedWriter : public AnalysisWriter {
 public:
  explicit RomanizedWriter(bool tsv) : tsv_(tsv) {}
  void Write(const Document& doc, const Analysis&, std::string* b) override {
    const size_t first = numbers_.Next(doc, 0).sentence;
    for (size_t k = 0; k < doc.sentences.size(); ++k) {
      const size_t i = first + k;
      const Sentence& s = doc.sentences[k];
      if (tsv_) {
        for (const Token& t : s.tokens) {
          const bool deva = HasDevanagari(t.text);
          b->append(doc.id).append("\t").append(std::to_string(i)).append("\t");
          b->append(std::to_string(t.start)).append("\t").append(std::to_string(t.end));
          b->append("\t").append(t.text).append("\t");
          b->append(deva ? RomanizeIso15919(t.text) : t.text).append("\t");
          b->append(deva ? RomanizeHindi(t.text) : t.text).append("\n");
        }
        continue;
      }
      AppendSentenceFields(doc, i, s, b);
      b->append(",\"tokens\":[");
      for (size_t n = 0; n < s.tokens.size(); ++n) {
        const Token& t = s.tokens[n];
        if (n) b->push_back(',');
        AppendTokenFields(t, b);
        if (HasDevanagari(t.text)) {
          b->append(",\"iso\":");
          AppendJsonString(RomanizeIso15919(t.text), b);
          b->append(",\"hindi\":");
          AppendJsonString(RomanizeHindi(t.text), b);
        }
        b->push_back('}');
      }
      b->append("]}\n");
    }
  }

 private:
  static bool HasDevanagari(const std::string& s) {
    for (size_t i = 0; i + 1 < s.size(); ++i) {
      const auto b0 = static_cast<unsigned char>(s[i]);
      const auto b1 = static_cast<unsigned char>(s[i + 1]);
      if (b0 == 0xE0 && (b1 == 0xA4 || b1 == 0xA5)) return true;
    }
    return false;
  }
  bool tsv_;
  PartNumbers numbers_;
};

}  // namespace

std::vector<std::string> AnalysisFormats(AnalysisKind kind) {
  switch (kind) {
    case AnalysisKind::kSentences:
    case AnalysisKind::kTokens:
    case AnalysisKind::kMentions:
    case AnalysisKind::kRomanized:
      return {"jsonl", "tsv"};
    case AnalysisKind::kParses:
      return {"jsonl", "conllu", "tree"};
    case AnalysisKind::kReferents:
      return {"jsonl"};
  }
  return {};
}

Result<std::unique_ptr<AnalysisWriter>> AnalysisWriter::Create(AnalysisKind kind, std::string_view format) {
  const std::vector<std::string> formats = AnalysisFormats(kind);
  bool known = false;
  std::string list;
  for (const std::string& f : formats) {
    known = known || f == format;
    list += (list.empty() ? "" : ", ") + f;
  }
  if (!known) {
    return Status::InvalidArgument("unknown output format '" + std::string(format) + "' (one of: " + list + ")");
  }
  const bool tsv = format == "tsv";
  switch (kind) {
    case AnalysisKind::kSentences: return std::unique_ptr<AnalysisWriter>(new TextWriter(false, tsv));
    case AnalysisKind::kTokens: return std::unique_ptr<AnalysisWriter>(new TextWriter(true, tsv));
    case AnalysisKind::kParses: return std::unique_ptr<AnalysisWriter>(new ParseWriter(format));
    case AnalysisKind::kMentions: return std::unique_ptr<AnalysisWriter>(new MentionWriter(tsv));
    case AnalysisKind::kReferents: return std::unique_ptr<AnalysisWriter>(new ReferentWriter());
    case AnalysisKind::kRomanized: return std::unique_ptr<AnalysisWriter>(new RomanizedWriter(tsv));
  }
  return Status::InvalidArgument("unknown analysis kind");
}

}  // namespace ghatna
