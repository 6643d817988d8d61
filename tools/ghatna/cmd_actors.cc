// ghatna actors [FILE...] | actors lookup TEXT | actors check [DIR]: actor
// mentions in documents, what the dictionary says about a form, and the
// dictionary validator.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "command.h"
#include "ghatna/actors.h"
#include "ghatna/discourse.h"
#include "ghatna/morph.h"
#include "ghatna/syntax.h"
#include "ghatna/text.h"

namespace ghatna::cli {
namespace {

// Where the dictionary lives: --dict, else --data/actors, else
// $GHATNA_DATA/actors, else the build tree's data/actors.
struct DictFlags {
  std::string data;
  std::string dict;
  std::string Root() const {
    if (!data.empty()) return data;
    if (const char* env = std::getenv("GHATNA_DATA"); env != nullptr && *env) return env;
    return GHATNA_DATA_DIR;
  }
  std::string Dir() const { return dict.empty() ? Root() + "/actors" : dict; }
};

void AddDictFlags(CLI::App* app, DictFlags* flags) {
  app->add_option("--data", flags->data, "Data directory (default: $GHATNA_DATA or the source tree's data/)");
  app->add_option("--dict", flags->dict, "Actor dictionary directory (default: DATA/actors)");
}

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

std::string DateString(int32_t d, bool end) {
  if ((!end && d == 0) || (end && d == 99999999)) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
  return buf;
}

std::string CodesString(const ActorEntry& e) {
  std::string s;
  for (const DatedCode& dc : e.codes) {
    if (!s.empty()) s += ";";
    s += dc.code;
    if (dc.from != 0 || dc.to != 99999999) {
      s += '@';
      s += DateString(dc.from, false);
      s += "..";
      s += DateString(dc.to, true);
    }
  }
  return s;
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

Result<std::unique_ptr<ActorDictionary>> LoadDict(const DictFlags& flags) {
  return ActorDictionary::Load(flags.Dir());
}

Runner SetUpActors(CLI::App* app) {
  auto flags = std::make_shared<InputFlags>();
  auto dict_flags = std::make_shared<DictFlags>();
  auto default_country = std::make_shared<std::string>("IND");
  auto no_grammar = std::make_shared<bool>(false);
  auto resolved = std::make_shared<bool>(false);
  AddInputFlags(app, flags.get());
  app->add_flag("--tokens-only", *no_grammar, "Skip morphology and syntax (match on token text alone)");
  app->add_flag("--resolved", *resolved,
                "Write the actor of every phrase after the discourse model (pronouns, दोनों, quotes "
                "resolved), one JSON line each, instead of the mentions");
  AddDictFlags(app, dict_flags.get());
  app->add_option("--default-country", *default_country,
                  "Principal for role words (पुलिस, सेना) with no country in the document; '' = none");
  return [flags, dict_flags, default_country, no_grammar, resolved]() {
    auto dict = LoadDict(*dict_flags);
    if (!dict.ok()) {
      ReportError(dict.status().ToString());
      return kExitInput;
    }
    std::unique_ptr<Morphology> morph;
    if (!*no_grammar) {
      auto m = Morphology::Load(dict_flags->Root());
      if (!m.ok()) {
        ReportError(m.status().ToString());
        return kExitInput;
      }
      morph = std::move(*m);
    }
    RecognizerOptions options;
    options.default_country = *default_country;
    ActorRecognizer recognizer(**dict, options);
    Output out;
    if (flags->format == "tsv") {
      out.buffer().append("doc_id\tmention\tsentence\tstart\tend\ttext\tcode\thow\tconfidence\tentry\tantecedent\tname\tromanized\n");
    }
    PartNumbering numbering;
    return ForEachDocument(*flags, [&](Document& doc) {
      AnalyzeText(&doc);
      ReportCuts(doc);
      Bases base;
      base.sentence = numbering.FirstSentence(doc);
      std::vector<SentenceParse> parses;
      if (morph != nullptr) {
        for (Sentence& sentence : doc.sentences) {
          morph->Analyze(&sentence);
          parses.push_back(ParseSentence(sentence));
        }
      }
      std::vector<ActorMention> mentions = recognizer.Recognize(doc, parses);
      base.mention = numbering.First(doc, mentions.size());
      if (*resolved && parses.size() == doc.sentences.size()) {
        Discourse d(doc, parses, mentions);
        for (size_t s = 0; s < doc.sentences.size(); ++s)
          for (size_t k = 0; k < parses[s].phrases.size(); ++k)
            for (const Referent& r : d.PhraseReferents(static_cast<int>(s), static_cast<int>(k)))
              AppendReferentJson(doc, doc.sentences[s], parses[s].phrases[k], r, mentions, base.sentence,
                                 &out.buffer());
        out.MaybeFlush();
        return Status::Ok();
      }
      for (size_t i = 0; i < mentions.size(); ++i) {
        if (flags->format == "tsv") {
          AppendMentionTsv(doc, mentions[i], static_cast<int>(i), base, &out.buffer());
        } else {
          AppendMentionJson(doc, mentions[i], static_cast<int>(i), base, &out.buffer());
        }
        out.MaybeFlush();
      }
      return Status::Ok();
    });
  };
}

Runner SetUpLookup(CLI::App* app) {
  auto words = std::make_shared<std::vector<std::string>>();
  auto dict_flags = std::make_shared<DictFlags>();
  auto date = std::make_shared<std::string>();
  app->add_option("text", *words, "A form as written in Hindi text (several words allowed)")->required();
  app->add_option("--date", *date, "Show the codes on this date (YYYY-MM-DD)");
  AddDictFlags(app, dict_flags.get());
  return [words, dict_flags, date]() {
    auto dict = LoadDict(*dict_flags);
    if (!dict.ok()) {
      ReportError(dict.status().ToString());
      return kExitInput;
    }
    std::string text;
    for (const std::string& w : *words) text += (text.empty() ? "" : " ") + w;
    std::vector<ActorLookupHit> hits = (*dict)->Lookup(text);
    std::string b;
    if (hits.empty()) b += text + ": not in the dictionary\n";
    for (const ActorLookupHit& h : hits) {
      const ActorEntry& e = *h.entry;
      b += e.location + "\t" + ActorFileName(e.file) + "\t" + h.form_type;
      if (h.inflected) b += " (inflected)";
      if (h.loose) b += " (vowel-folded)";
      b += "\t" + CodesString(e);
      double conf;
      const std::string code = ActorDictionary::CodeOn(e, *date, &conf);
      b += "\ton " + (date->empty() ? std::string("unknown date") : *date) + ": " + (code.empty() ? "-" : code) +
           " (" + Fixed(conf) + ")";
      if (!e.note.empty()) b += "\t" + e.note;
      b += "\n";
    }
    // What the recogniser makes of the text on its own.
    Document doc;
    doc.id = "lookup";
    doc.text = text;
    doc.date = *date;
    AnalyzeText(&doc);
    for (const ActorMention& m : ActorRecognizer(**dict).Recognize(doc, {})) {
      b += "recognised: " + m.text + " -> " + (m.code.empty() ? "-" : m.code) + " (" + MatchHowName(m.how) +
           ", " + Fixed(m.confidence) + ", " + (m.entry.empty() ? "-" : m.entry) + ")\n";
    }
    std::fwrite(b.data(), 1, b.size(), stdout);
    return kExitOk;
  };
}

Runner SetUpCheck(CLI::App* app) {
  auto dir = std::make_shared<std::string>();
  auto dict_flags = std::make_shared<DictFlags>();
  auto quiet = std::make_shared<bool>(false);
  app->add_option("dir", *dir, "Actor dictionary directory (default: DATA/actors)");
  app->add_flag("--no-warnings", *quiet, "Print errors only");
  AddDictFlags(app, dict_flags.get());
  return [dir, dict_flags, quiet]() {
    const std::string d = dir->empty() ? dict_flags->Dir() : *dir;
    ActorDictionaryCounts counts;
    const auto t0 = std::chrono::steady_clock::now();
    auto dict = ActorDictionary::Load(d);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    std::vector<ActorCheckIssue> issues = CheckActorDictionary(d, &counts);
    int errors = 0, warnings = 0;
    std::string b;
    for (const ActorCheckIssue& i : issues) {
      (i.error ? errors : warnings)++;
      if (!i.error && *quiet) continue;
      b += PrintableMessage(i.location + ": " + (i.error ? "error: " : "warning: ") + i.reason) + "\n";
    }
    if (!dict.ok() && errors == 0) {
      // Whatever stops the load is an error even when no check names it.
      b += PrintableMessage(dict.status().message()) + "\n";
      ++errors;
    }
    std::fwrite(b.data(), 1, b.size(), stdout);
    std::fprintf(stderr,
                 "%s: %d countries, %d places, %d organisations, %d groups, %d people (%d with dated offices), "
                 "%d agents, %d distinct forms (%d more are spellings the match key folds); %d errors, "
                 "%d warnings; load %s (%.1f ms)\n",
                 d.c_str(), counts.countries, counts.places, counts.orgs, counts.groups, counts.people,
                 counts.dated_people, counts.agents, counts.forms, counts.folded_forms, errors, warnings,
                 dict.ok() ? "ok" : "FAILED", ms);
    return errors > 0 ? kExitInput : kExitOk;
  };
}

// "actors" first: the nested commands attach to it.
const bool kActors = RegisterCommand(
    {"actors", "Actor mentions with CAMEO codes (JSON lines or TSV)", &SetUpActors});
const bool kLookup = RegisterCommand(
    {"actors lookup", "What the actor dictionary says about a form", &SetUpLookup});
const bool kCheck = RegisterCommand(
    {"actors check", "Validate the actor dictionary and print coverage counts", &SetUpCheck});

}  // namespace
}  // namespace ghatna::cli
