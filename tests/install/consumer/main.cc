// consumer ARTICLE [DATA]: codes one Hindi article with the installed
// library and prints its events as `ghatna code` does (JSON lines).
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "ghatna/events.h"
#include "ghatna/io.h"
#include "ghatna/pipeline.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: consumer ARTICLE [DATA]\n");
    return 1;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "consumer: %s: cannot open\n", argv[1]);
    return 2;
  }
  std::ostringstream text;
  text << in.rdbuf();
  ghatna::PipelineOptions options;
  options.data_dir = ghatna::FindDataDir(argc > 2 ? argv[2] : "");
  auto pipe = ghatna::Pipeline::Load(options);
  if (!pipe.ok()) {
    std::fprintf(stderr, "consumer: %s\n", pipe.status().ToString().c_str());
    return 2;
  }
  ghatna::Document doc;
  doc.id = ghatna::DocIdFromPath(argv[1]);
  doc.text = text.str();
  std::string out;
  for (const ghatna::Event& e : (*pipe)->Run(&doc)) ghatna::AppendEventJson(e, false, &out);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
