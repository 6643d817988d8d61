// ghatna eval vocab FILE...: how much of the vocabulary of real news the
// event coder knows (ghatna/eval.h): the coverage of the predicates of
// sentences naming two actors, and the commonest unknown predicates, the
// list to work through next.
#include <cstdio>
#include <memory>

#include "command.h"
#include "ghatna/eval.h"
#include "ghatna/pipeline.h"

namespace ghatna::cli::eval_vocab_command {
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
    VocabularyEval eval(*pipe, *examples);
    const int status = ForEachDocument(*f, [&](Document& doc) {
      eval.Add(&doc);
      return Status::Ok();
    });
    std::fputs(eval.Text(*top).c_str(), stdout);
    return status;
  };
}

const bool kRegistered = RegisterCommand(
    {"eval vocab", "Coverage of the predicates of real news by the event patterns",
     [](CLI::App* app) { return SetUp(app); }});

}  // namespace
}  // namespace ghatna::cli::eval_vocab_command
