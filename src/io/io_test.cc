#include <gtest/gtest.h>

#include "ghatna/io.h"

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include "ghatna/text.h"

namespace ghatna {
namespace {

TEST(DocIdFromPath, StripsDirectoryAndExtensions) {
  const struct { const char* path; const char* id; } kCases[] = {
      {"examples/lavrov-guterres.hi.txt", "lavrov-guterres"},
      {"a.txt", "a"}, {"-", "stdin"}, {"dir/.hidden", ".hidden"}, {"noext", "noext"},
  };
  for (const auto& c : kCases) EXPECT_EQ(DocIdFromPath(c.path), c.id) << c.path;
}

TEST(AppendJsonString, EscapesControlAndQuotes) {
  std::string out;
  AppendJsonString("a\"b\\c\n\x01है", &out);
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\n\\u0001है\"");
}

}  // namespace
}  // namespace ghatna

namespace ghatna {
namespace {

std::string WriteTemp(const std::string& name, const std::string& content) {
  const std::string path = ::testing::TempDir() + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

// All sentences of a file read in parts of `part_bytes`.
std::vector<Sentence> ReadSentences(const std::string& path, size_t part_bytes, int* parts) {
  InputOptions options;
  options.part_bytes = part_bytes;
  auto reader = DocumentReader::Open(path, options);
  EXPECT_TRUE(reader.ok());
  std::vector<Sentence> all;
  Document doc;
  *parts = 0;
  while (true) {
    auto more = (*reader)->Next(&doc);
    EXPECT_TRUE(more.ok()) << more.status().ToString();
    if (!more.ok() || !*more) break;
    EXPECT_EQ(doc.part, static_cast<uint32_t>(*parts));
    ++*parts;
    AnalyzeText(&doc);
    for (auto& s : doc.sentences) all.push_back(std::move(s));
    if (doc.last_part) break;
  }
  return all;
}

TEST(TextReader, PartsGiveTheSameSentencesAndOffsetsAsOneDocument) {
  std::string text;
  for (int i = 0; i < 300; ++i) {
    text += "रूस के विदेश मंत्री ने कहा.लेकिन \u0958ानून " + std::to_string(i) + " पर बात हुई।\n";
    if (i % 7 == 0) text += "\n";
    if (i % 11 == 0) text += "शीर्षक बिना विराम\r\n\r\n";
  }
  const std::string path = WriteTemp("parts.txt", text);
  int parts_whole = 0, parts_small = 0;
  const std::vector<Sentence> whole = ReadSentences(path, 1 << 20, &parts_whole);
  const std::vector<Sentence> small = ReadSentences(path, 512, &parts_small);
  EXPECT_EQ(parts_whole, 1);
  EXPECT_GT(parts_small, 10);
  ASSERT_EQ(whole.size(), small.size());
  for (size_t i = 0; i < whole.size(); ++i) {
    EXPECT_EQ(whole[i].start, small[i].start) << i;
    EXPECT_EQ(whole[i].end, small[i].end) << i;
    EXPECT_EQ(whole[i].text, small[i].text) << i;
    ASSERT_EQ(whole[i].tokens.size(), small[i].tokens.size()) << i;
    for (size_t k = 0; k < whole[i].tokens.size(); ++k) {
      EXPECT_EQ(whole[i].tokens[k].start, small[i].tokens[k].start);
    }
  }
}

TEST(TextReader, OneHugeLineIsCutAtSpaces) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "शब्द ";
  const std::string path = WriteTemp("line.txt", text);
  int parts = 0;
  const std::vector<Sentence> s = ReadSentences(path, 1000, &parts);
  EXPECT_GT(parts, 5);
  size_t tokens = 0;
  for (const auto& sent : s) tokens += sent.tokens.size();
  EXPECT_EQ(tokens, 2000u);
  EXPECT_EQ(s.back().tokens.back().end, 2000u * 5 - 1);
}

// Issue 13: a part with no space or line break was cut inside a character
// (a read past the buffer decided the cut), failing as "truncated sequence".
TEST(TextReader, PartsWithoutSpacesAreCutBetweenCharacters) {
  const struct { const char* name; std::string text; } kCases[] = {
      {"three-byte letters", []{ std::string t; for (int i = 0; i < 5000; ++i) t += "क"; return t; }()},
      {"letters with matras", []{ std::string t; for (int i = 0; i < 3000; ++i) t += "कि"; return t; }()},
      {"four-byte emoji", []{ std::string t; for (int i = 0; i < 3000; ++i) t += "\U0001F600"; return t; }()},
      {"mixed widths", []{ std::string t; for (int i = 0; i < 3000; ++i) t += "aé\u0915\u094D\U0001F600"; return t; }()},
  };
  for (const auto& c : kCases) {
    for (size_t part_bytes : {64, 100, 257, 1000}) {
      const std::string path = WriteTemp("nospace.txt", c.text);
      InputOptions options;
      options.part_bytes = part_bytes;
      auto reader = DocumentReader::Open(path, options);
      ASSERT_TRUE(reader.ok());
      std::string all;
      uint32_t offset = 0;
      Document doc;
      int parts = 0;
      while (true) {
        auto more = (*reader)->Next(&doc);
        ASSERT_TRUE(more.ok()) << c.name << " " << part_bytes << ": " << more.status().ToString();
        if (!*more) break;
        ++parts;
        EXPECT_EQ(doc.offset, offset);
        std::string valid;
        EXPECT_TRUE(DecodeUtf8(doc.text, "part", DecodeMode::kStrict, &valid).ok());
        // No part but the first starts with a combining mark.
        if (doc.part > 0 && c.name == std::string("letters with matras")) {
          EXPECT_EQ(doc.text.substr(0, 3), "क") << part_bytes;
        }
        all += doc.text;
        NormalizedText norm;
        NormalizeText(doc.text, &norm);
        offset += norm.start.back();
        if (doc.last_part) break;
      }
      EXPECT_GT(parts, 2) << c.name;
      EXPECT_EQ(all, c.text) << c.name << " " << part_bytes;
    }
  }
}

// Issue 13: 8 MB of one-letter lines made 256 KiB parts of 64K sentences
// each (251 MB in `code`); a part now holds at most 16,384 lines.
TEST(TextReader, PartsOfShortLinesHoldAtMost16384Lines) {
  std::string text;
  for (int i = 0; i < 40000; ++i) text += "क\n";
  const std::string path = WriteTemp("short_lines.txt", text);
  auto reader = DocumentReader::Open(path, InputOptions());
  ASSERT_TRUE(reader.ok());
  std::string all;
  Document doc;
  int parts = 0;
  while (true) {
    auto more = (*reader)->Next(&doc);
    ASSERT_TRUE(more.ok()) << more.status().ToString();
    if (!*more) break;
    ++parts;
    EXPECT_LE(std::count(doc.text.begin(), doc.text.end(), '\n'), 16384);
    all += doc.text;
    if (doc.last_part) break;
  }
  EXPECT_EQ(parts, 3);
  EXPECT_EQ(all, text);
}

TEST(TextReader, ErrorsNameLineAndByteOfTheWholeFile) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "पंक्ति\n\n";
  text += "x\xFFy\n";
  const std::string path = WriteTemp("bad.txt", text);
  InputOptions options;
  options.part_bytes = 64;
  auto reader = DocumentReader::Open(path, options);
  ASSERT_TRUE(reader.ok());
  Document doc;
  Status error;
  while (true) {
    auto more = (*reader)->Next(&doc);
    if (!more.ok()) {
      error = more.status();
      break;
    }
    if (!*more) break;
  }
  EXPECT_EQ(error.message(), path + ":201: byte offset " + std::to_string(text.size() - 3) +
                                 ": invalid UTF-8 (invalid lead byte, byte 0xFF)");
}

TEST(TextReader, MissingFileAndEmptyFile) {
  auto missing = DocumentReader::Open("/nonexistent/a.txt", {});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message(),
            "/nonexistent/a.txt: cannot open: No such file or directory");
  auto empty = DocumentReader::Open(WriteTemp("empty.txt", ""), {});
  ASSERT_TRUE(empty.ok());
  Document doc;
  auto more = (*empty)->Next(&doc);
  ASSERT_TRUE(more.ok());
  EXPECT_TRUE(*more);  // one empty document
  EXPECT_TRUE(doc.text.empty());
  EXPECT_FALSE(*(*empty)->Next(&doc));
}

TEST(JsonlReader, BadLinesAreErrorsOfTheirOwnLine) {
  const std::string path = WriteTemp(
      "docs.jsonl",
      "{\"id\":\"a\",\"text\":\"राम आया।\",\"date\":\"2024-05-01T10:00:00Z\"}\n"
      "\n"
      "{\"id\":\"b\",\"text\":\n"
      "[1,2]\n"
      "{\"id\":\"c\"}\n"
      "{\"id\":\"d\",\"text\":5}\n"
      "{\"id\":\"e\",\"text\":\"\xFF\"}\n"
      "{\"id\":7,\"text\":\"ठीक\"}\n"
      "{\"text\":\"बिना id\"}");
  auto reader = DocumentReader::Open(path, {});
  ASSERT_TRUE(reader.ok());
  std::vector<std::string> got;
  Document doc;
  while (true) {
    auto more = (*reader)->Next(&doc);
    if (!more.ok()) {
      got.push_back(more.status().message().substr(path.size()));
      continue;
    }
    if (!*more) break;
    got.push_back(doc.id + "|" + doc.date + "|" + doc.text);
  }
  const std::vector<std::string> want = {
      "a|2024-05-01|राम आया।",
      ":3: malformed JSON",
      ":4: not a JSON object",
      ":5: no \"text\" field",
      ":6: field \"text\" is not a string",
      ":7: byte offset " + std::to_string(std::string("{\"id\":\"a\",\"text\":\"राम आया।\",\"date\":"
                                                     "\"2024-05-01T10:00:00Z\"}\n\n{\"id\":\"b\","
                                                     "\"text\":\n[1,2]\n{\"id\":\"c\"}\n{\"id\":"
                                                     "\"d\",\"text\":5}\n{\"id\":\"e\",\"text\":\"")
                                             .size()) +
          ": invalid UTF-8 (invalid lead byte, byte 0xFF)",
      "7||ठीक",
      "docs-9||बिना id",
  };
  EXPECT_EQ(got, want);
}

// The event store's fields: the outlet ("source", ignored unless a string,
// as other JSON lines use the name), a date's timestamp, whether the id was
// given.
TEST(ParseJsonDocument, SourceTimestampAndGivenId) {
  Document doc;
  InputOptions options;
  ASSERT_TRUE(ParseJsonDocument(R"({"id":"x","text":"t","source":"bhaskar","date":"2024-03-01T08:15:00Z"})",
                                "w", options, &doc).ok());
  EXPECT_EQ(doc.source, "bhaskar");
  EXPECT_EQ(doc.date, "2024-03-01");
  EXPECT_EQ(doc.timestamp, "2024-03-01T08:15:00Z");
  EXPECT_TRUE(doc.id_given);
  ASSERT_TRUE(ParseJsonDocument(R"({"text":"t","source":{"code":"IND"},"date":"2024-03-01"})", "w",
                                options, &doc).ok());
  EXPECT_EQ(doc.source, "");
  EXPECT_EQ(doc.timestamp, "");
  EXPECT_FALSE(doc.id_given);
}

// A line of strings, nulls and booleans is read without a JSON tree, any
// other through nlohmann's parser: both read each line alike.
TEST(ParseJsonDocument, PlainAndFullReadersAgree) {
  const std::pair<std::string, std::string> kCases[] = {
      {R"({"id":"a","text":"राम आया।"})", "a|राम आया।|"},
      {R"(  { "text" : "x" , "url": null, "extra": true, "more": false }  )", "|x|"},
      {R"({"text":"a\"b\\c\/d\n\t\u0915\u00e9\u0041"})", "|a\"b\\c/d\n\tकéA|"},
      {R"({"text":"\ud83d\ude00"})", "|😀|"},                        // a surrogate pair
      {R"({"text":"a","text":"b"})", "|b|"},                          // the last one counts
      {R"({"text":"a","source":"s","source":true})", "|a|"},
      {R"({"text":"a","source":"s"})", "|a|s"},
      {R"({"text":null})", "||"},
      {R"({"id":12,"text":"n"})", "12|n|"},
      {R"({"te\u0078t":"escaped key"})", "|escaped key|"},
      {R"({"text":"a","nested":{"b":[1,2.5,"c"]}})", "|a|"},
      {R"({})", "error: w: no \"text\" field"},
      {R"({"text":true})", "error: w: field \"text\" is not a string"},
      {R"({"text":"a",})", "error: w: malformed JSON"},
      {R"({"text":"a"} x)", "error: w: malformed JSON"},
      {R"({"text":"a)", "error: w: malformed JSON"},
      {"{\"text\":\"a\tb\"}", "error: w: malformed JSON"},  // a raw control character
      {R"({"text":"\x"})", "error: w: malformed JSON"},
      {R"({"text":"\u12"})", "error: w: malformed JSON"},
      {R"(["text"])", "error: w: not a JSON object"},
  };
  for (const auto& [line, want] : kCases) {
    Document doc;
    const Status st = ParseJsonDocument(line, "w", InputOptions(), &doc);
    const std::string got =
        st.ok() ? doc.id + "|" + doc.text + "|" + doc.source : "error: " + st.message();
    EXPECT_EQ(got, want) << line;
  }
}

TEST(ParseJsonDocument, FillsFields) {
  Document doc;
  InputOptions options;
  options.default_date = "2020-01-01";
  ASSERT_TRUE(ParseJsonDocument(R"({"id":"x","text":"t","title":"T","url":"u"})", "w", options,
                                &doc)
                  .ok());
  EXPECT_EQ(doc.date, "2020-01-01");
  EXPECT_EQ(doc.title, "T");
  EXPECT_EQ(doc.url, "u");
  EXPECT_EQ(doc.origin, "w");
}

}  // namespace
}  // namespace ghatna

namespace ghatna {
namespace {

TEST(TextReader, RepairCountsReplacements) {
  const std::string path = ::testing::TempDir() + "repair.txt";
  std::ofstream(path, std::ios::binary) << "क\xFFख\n";
  InputOptions options;
  options.decode = DecodeMode::kRepair;
  auto reader = DocumentReader::Open(path, options);
  ASSERT_TRUE(reader.ok());
  Document doc;
  ASSERT_TRUE(*(*reader)->Next(&doc));
  EXPECT_EQ(doc.text, "क\uFFFDख\n");
  EXPECT_FALSE(*(*reader)->Next(&doc));
  EXPECT_EQ((*reader)->decode_stats().replaced, 1u);
}

}  // namespace
}  // namespace ghatna

namespace ghatna {
namespace {

// AppendJsonString skips 8 bytes at a time: escapes at every position of
// long strings must still be found.
TEST(AppendJsonString, EscapesAtEveryPositionOfLongStrings) {
  for (size_t pos = 0; pos < 20; ++pos) {
    for (char special : {'"', '\\', '\n', '\x1f'}) {
      std::string s(20, 'a');
      s.replace(0, 3, "है");  // some multi-byte text too
      s[pos < 3 ? 3 + pos : pos] = special;
      std::string out;
      AppendJsonString(s, &out);
      std::string want = "\"";
      for (char c : s) {
        if (c == '"') want += "\\\"";
        else if (c == '\\') want += "\\\\";
        else if (c == '\n') want += "\\n";
        else if (c == '\x1f') want += "\\u001f";
        else want += c;
      }
      want += "\"";
      EXPECT_EQ(out, want) << pos;
    }
  }
}

// Issue 13: a JSON date was cut to 10 bytes (inside a character) and any
// value was written. The years of real feeds ("2016") stay accepted.
TEST(ParseJsonDocument, DatesAreIsoOrAnError) {
  const struct { const char* date; const char* want; } kCases[] = {
      {"2024-05-07", "2024-05-07"},
      {"2024-05-07T10:00:00Z", "2024-05-07"},
      {"2024-05-07 10:00", "2024-05-07"},
      {"2024-05", "2024-05"},
      {"2016", "2016"},
      {"2024-02-29", "2024-02-29"},
      {"2023-02-29", nullptr},
      {"2023-13-45", nullptr},
      {"yesterday", nullptr},
      {"2024-05-0\u096d \u0915\u0932", nullptr},  // a Devanagari digit at byte 9
      {"999", nullptr},
      {"2024-5-7", nullptr},
  };
  for (const auto& c : kCases) {
    Document doc;
    const std::string line = std::string(R"({"text":"t","date":")") + c.date + "\"}";
    const Status st = ParseJsonDocument(line, "f:1", InputOptions(), &doc);
    if (c.want == nullptr) {
      EXPECT_FALSE(st.ok()) << c.date;
      EXPECT_EQ(st.message().rfind("f:1: field \"date\" is not an ISO date", 0), 0u) << st.message();
    } else {
      ASSERT_TRUE(st.ok()) << c.date << ": " << st.message();
      EXPECT_EQ(doc.date, c.want);
    }
  }
}

}  // namespace
}  // namespace ghatna

namespace ghatna {
namespace {

TEST(DataErrors, TheFirstTwentyLinesThenACount) {
  DataErrors none;
  EXPECT_TRUE(none.ToStatus().ok());
  DataErrors errors("data/verbs/");
  for (int i = 1; i <= 25; ++i) errors.Add("patterns.tsv", i, "bad");
  EXPECT_EQ(errors.count(), 25);
  const Status st = errors.ToStatus();
  EXPECT_EQ(st.code(), StatusCode::kInvalidInput);
  const std::string& m = st.message();
  EXPECT_EQ(m.rfind("data/verbs/patterns.tsv:1: bad\ndata/verbs/patterns.tsv:2: bad\n", 0), 0u) << m;
  EXPECT_NE(m.find("data/verbs/patterns.tsv:20: bad\n(5 more errors)"), std::string::npos) << m;
  EXPECT_EQ(m.find("patterns.tsv:21:"), std::string::npos) << m;
}

}  // namespace
}  // namespace ghatna
