// Fuzzes the JSON-lines record parser: any line either parses into a
// document with text or fails with a "WHERE: reason" message.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ghatna/io.h"
#include "ghatna/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string line;
  ghatna::DecodeUtf8(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz",
                     ghatna::DecodeMode::kRepair, &line);
  ghatna::Document doc;
  ghatna::InputOptions options;
  const ghatna::Status st = ghatna::ParseJsonDocument(line, "f:1", options, &doc);
  if (!st.ok()) {
    if (st.message().rfind("f:1: ", 0) != 0) std::abort();
    return 0;
  }
  if (doc.date.size() > 10) std::abort();
  std::string out;
  ghatna::AppendJsonString(doc.text, &out);
  ghatna::AnalyzeText(&doc);
  return 0;
}
