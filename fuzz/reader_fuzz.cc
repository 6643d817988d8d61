// Fuzz target for the document reader (src/io/reader.cc): the input, minus
// its first byte, is written to a file and read back as plain text in small
// parts or as JSON lines. The first byte picks the format, the part size and
// the document size limit. Checks: every document's text is valid UTF-8;
// the parts of a plain-text file are consecutive (offsets count on, part
// numbers run 0, 1, ...) and, when the file is valid UTF-8, give back exactly
// its decoded text; every error names the file; a document over the limit
// is never delivered; AnalyzeText keeps every offset inside the part.
//
//   CC=clang CXX=clang++ cmake -S . -B build-fuzz -DGHATNA_FUZZ=ON
//   cmake --build build-fuzz --target reader_fuzz && build-fuzz/reader_fuzz fuzz/corpus/reader
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "ghatna/io.h"
#include "ghatna/text.h"

namespace {

uint32_t CodePoints(const std::string& s) {
  uint32_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

void Check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "reader_fuzz: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t control = data[0];
  const std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  const bool jsonl = control & 1;
  static const std::string path_text = "/tmp/ghatna_reader_fuzz_" + std::to_string(getpid()) + ".txt";
  static const std::string path_jsonl = "/tmp/ghatna_reader_fuzz_" + std::to_string(getpid()) + ".jsonl";
  const std::string& path = jsonl ? path_jsonl : path_text;
  {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (f == nullptr) return 0;
    std::fwrite(bytes.data(), 1, bytes.size(), f);
    std::fclose(f);
  }
  ghatna::InputOptions options;
  options.decode = control & 2 ? ghatna::DecodeMode::kRepair : ghatna::DecodeMode::kStrict;
  static const size_t kPartBytes[] = {8, 13, 64, 100};
  options.part_bytes = kPartBytes[(control >> 2) & 3];
  options.max_doc_bytes = control & 16 ? 200 : 0;
  auto reader = ghatna::DocumentReader::Open(path, options);
  Check(reader.ok(), "cannot open the fuzz file");
  std::string all;
  uint32_t offset = 0, next_part = 0;
  bool failed = false;
  ghatna::Document doc;
  for (int guard = 0; guard < 100000; ++guard) {
    auto more = (*reader)->Next(&doc);
    if (!more.ok()) {
      Check(more.status().message().rfind(path, 0) == 0, "an error that does not name the file");
      failed = true;
      if (!jsonl || more.status().code() == ghatna::StatusCode::kIoError) break;
      continue;
    }
    if (!*more) break;
    // (A space first: DecodeUtf8 drops a BOM at the start, and a part may
    // begin with U+FEFF from the middle of the file.)
    std::string valid;
    Check(ghatna::DecodeUtf8(" " + doc.text, "part", ghatna::DecodeMode::kStrict, &valid).ok() &&
              valid == " " + doc.text,
          "a document's text is not valid UTF-8");
    if (!jsonl) {
      Check(doc.part == next_part, "part numbers do not run on");
      Check(doc.offset == offset, "a part's offset is not the code points before it");
      Check(options.max_doc_bytes == 0 || bytes.size() <= options.max_doc_bytes,
            "a file over the limit is delivered");
      all += doc.text;
    } else {
      Check(options.max_doc_bytes == 0 || doc.text.size() <= options.max_doc_bytes,
            "a JSON line over the limit is delivered");
      if (doc.part == 0) offset = 0;
      Check(doc.offset == offset, "a JSON document's part offset is not the code points before it");
    }
    const uint32_t length = CodePoints(doc.text);
    offset += length;
    next_part = doc.last_part ? 0 : doc.part + 1;
    ghatna::AnalyzeText(&doc);
    for (const ghatna::Sentence& s : doc.sentences) {
      Check(s.start >= doc.offset && s.start <= s.end && s.end <= doc.offset + length,
            "a sentence outside its part");
      for (const ghatna::Token& t : s.tokens) {
        Check(t.start >= s.start && t.start < t.end && t.end <= s.end, "a token outside its sentence");
      }
    }
    if (!jsonl && doc.last_part) break;
  }
  if (!jsonl && !failed && options.max_doc_bytes == 0 && options.decode == ghatna::DecodeMode::kStrict) {
    std::string whole;
    Check(ghatna::DecodeUtf8(bytes, "whole", ghatna::DecodeMode::kStrict, &whole).ok(),
          "the parts were read but the whole is not valid UTF-8");
    Check(all == whole, "the parts do not give back the file");
  }
  return 0;
}
