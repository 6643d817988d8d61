// ghatna code: the main job. Reads articles, writes one line per coded event
// (JSON lines by default; --format tsv or plover), in input order, coding
// articles in parallel with --threads N.
#include <memory>

#include "command.h"
#include "ghatna/batch.h"
#include "ghatna/pipeline.h"

namespace ghatna::cli::code_command {
namespace {

struct CodeFlags {
  InputFlags input;
  bool explain = false;
  int threads = 0;
  std::string data;
};

void Write(const std::vector<Event>& events, const CodeFlags& f, std::string* out) {
  for (const Event& e : events) {
    if (f.input.format == "tsv") AppendEventTsv(e, out);
    else if (f.input.format == "plover") AppendEventPlover(e, out);
    else AppendEventJson(e, f.explain, out);
  }
}

Runner SetUp(CLI::App* app) {
  auto f = std::make_shared<CodeFlags>();
  AddInputFlags(app, &f->input, {"jsonl", "json", "tsv", "plover"});
  app->add_flag("--explain", f->explain, "Add the verb pattern and the rules that fired to each event");
  app->add_option("--threads", f->threads, "Articles coded in parallel (default: all cores)")
      ->check(CLI::Validator(
          [](std::string& v) -> std::string {
            int n = -1;
            if (std::sscanf(v.c_str(), "%d", &n) == 1 && n >= 0 && n <= 1024 &&
                v.find_first_not_of("0123456789") == std::string::npos)
              return "";
            return "'" + v + "' is not 0 (all cores) or a number of threads from 1 to 1024";
          },
          "N", "threads"));
  app->add_option("--data", f->data, kDataHelp);
  return [f]() {
    std::unique_ptr<Pipeline> pipe = LoadPipeline(f->data);
    if (!pipe) return kExitInput;
    Output out;
    if (f->input.format == "tsv") AppendEventTsvHeader(&out.buffer());
    BatchCoder coder(*pipe, {.threads = f->threads}, [&](CodedDocument& d) {
      Write(d.events, *f, &out.buffer());
      ReportCuts(d.doc.origin, d.doc.id, d.doc.part, d.doc.last_part, d.sentences_split, d.words_cut);
      out.MaybeFlush();
    });
    int status = ForEachDocument(f->input, [&](Document& doc) {
      coder.Add(std::move(doc));
      doc = Document();
      return Status::Ok();
    }, [&]() {
      // An error about a later document comes after the events of those
      // read before it.
      coder.Finish();
      out.Flush();
    });
    coder.Finish();
    out.Flush();
    return status;
  };
}

const bool kCode = RegisterCommand(
    {"code", "Code political events (CAMEO) from articles: JSON lines, TSV or PLOVER", &SetUp});

}  // namespace
}  // namespace ghatna::cli::code_command
