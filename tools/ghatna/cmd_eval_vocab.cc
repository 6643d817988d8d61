// ghatna eval vocab FILE...: how much of the vocabulary of real news the
// event coder knows. For every sentence that names two actors, each
// predicate of its parse (simple or conjunct verb) is coded by a pattern,
// listed as not an event (data/verbs/nonevents.tsv), or unknown; prints the
// coverage (coded + not an event, over all predicate occurrences) and the
// most frequent unknown predicates, the list to work through next.
#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <set>

#include "command.h"
#include "ghatna/pipeline.h"

namespace ghatna::cli {
namespace {

Runner SetUp(CLI::App* app) {
  auto f = std::make_shared<InputFlags>();
  auto top = std::make_shared<int>(50);
  auto examples = std::make_shared<int>(0);
  auto data = std::make_shared<std::string>();
  AddInputFlags(app, f.get());
  app->add_option("--top", *top, "how many unknown predicates to list (default 50)");
  app->add_option("--examples", *examples, "print up to N sentences for each listed predicate");
  app->add_option("--data", *data, kDataHelp);
  return [f, top, data, examples]() {
    std::unique_ptr<Pipeline> pipe = LoadPipeline(*data);
    if (!pipe) return kExitInput;
    std::map<std::string, std::pair<EventCoder::Known, size_t>> counts;
    std::map<std::string, std::vector<std::string>> seen_in;
    size_t sentences = 0, total = 0, coded = 0, not_event = 0;
    const int status = ForEachDocument(*f, [&](Document& doc) {
      Analysis a = pipe->Analyze(&doc);
      std::vector<std::set<std::string>> principals(doc.sentences.size());
      for (const ActorMention& m : a.mentions)
        if (!m.code.empty() && m.sentence >= 0 && m.sentence < static_cast<int>(principals.size()))
          principals[m.sentence].insert(m.code.substr(0, m.code.rfind("IGO", 0) == 0 ? 6 : 3));
      for (size_t s = 0; s < doc.sentences.size(); ++s) {
        if (principals[s].size() < 2) continue;
        ++sentences;
        for (const auto& k : pipe->coder().Vocabulary(doc.sentences[s], a.parses[s])) {
          ++total;
          if (k.known == EventCoder::Known::kCoded) ++coded;
          if (k.known == EventCoder::Known::kNotEvent) ++not_event;
          auto& c = counts[k.lemma];
          c.first = k.known;
          ++c.second;
          auto& ex = seen_in[k.lemma];
          if (k.known == EventCoder::Known::kUnknown && static_cast<int>(ex.size()) < *examples)
            ex.push_back(doc.id + ":" + std::to_string(s) + "\t" + doc.sentences[s].text);
        }
      }
      return Status::Ok();
    });
    std::vector<std::pair<size_t, std::string>> unknown;
    for (const auto& [lemma, c] : counts)
      if (c.first == EventCoder::Known::kUnknown) unknown.push_back({c.second, lemma});
    std::sort(unknown.rbegin(), unknown.rend());
    std::printf("sentences with two actors: %zu\n", sentences);
    std::printf("predicate occurrences: %zu  coded %zu (%.1f%%)  not an event %zu (%.1f%%)  unknown %zu\n",
                total, coded, total ? 100.0 * coded / total : 0.0, not_event,
                total ? 100.0 * not_event / total : 0.0, total - coded - not_event);
    std::printf("coverage (coded or not an event): %.1f%%\n",
                total ? 100.0 * (coded + not_event) / total : 0.0);
    std::printf("distinct predicates: %zu, unknown: %zu\n", counts.size(), unknown.size());
    for (int i = 0; i < *top && i < static_cast<int>(unknown.size()); ++i)
    {
      std::printf("  %6zu  %s\n", unknown[i].first, unknown[i].second.c_str());
      for (const std::string& e : seen_in[unknown[i].second]) std::printf("          %s\n", e.c_str());
    }
    return status;
  };
}

const bool kRegistered = RegisterCommand(
    {"eval vocab", "Coverage of the predicates of real news by the event patterns",
     [](CLI::App* app) { return SetUp(app); }});

}  // namespace
}  // namespace ghatna::cli
