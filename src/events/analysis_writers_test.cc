// The writers of ghatna/writers.h on a document read in two parts: sentence
// and mention numbers run on across the parts (one "# newdoc", no repeated
// sent_id or mention id), and a new document starts again from 0. Uses data/.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "ghatna/pipeline.h"
#include "ghatna/text.h"
#include "ghatna/writers.h"

namespace ghatna {
namespace {

const Pipeline& Pipe() {
  static const std::unique_ptr<Pipeline> pipe = [] {
    auto p = Pipeline::Load({.data_dir = std::string(GHATNA_SOURCE_DIR) + "/data"});
    EXPECT_TRUE(p.ok()) << p.status().ToString();
    return std::move(p).value();
  }();
  return *pipe;
}

// Part `part` of document `id`, analysed.
Document Part(const std::string& id, uint32_t part, bool last, const std::string& text, Analysis* a) {
  Document doc;
  doc.id = id;
  doc.text = text;
  doc.part = part;
  doc.last_part = last;
  *a = Pipe().Analyze(&doc);
  return doc;
}

// Writes doc "a" in two parts of two sentences each, then doc "b" whole.
std::string WriteParts(AnalysisKind kind, const char* format) {
  auto w = AnalysisWriter::Create(kind, format);
  EXPECT_TRUE(w.ok()) << w.status().ToString();
  std::string out;
  (*w)->Begin(&out);
  Analysis a;
  Document d = Part("a", 0, false, "भारत ने पाकिस्तान की निंदा की। रूस ने अमेरिका की आलोचना की।", &a);
  (*w)->Write(d, a, &out);
  d = Part("a", 1, true, "चीन ने जापान की आलोचना की। लवरोव ने गुटेरेस से मुलाकात की।", &a);
  (*w)->Write(d, a, &out);
  d = Part("b", 0, true, "इजराइल ने ईरान की निंदा की।", &a);
  (*w)->Write(d, a, &out);
  return out;
}

std::vector<std::string> Lines(const std::string& s, const std::string& prefix) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t nl = s.find('\n', start);
    if (nl == std::string::npos) nl = s.size();
    const std::string line = s.substr(start, nl - start);
    if (line.rfind(prefix, 0) == 0) out.push_back(line);
    start = nl + 1;
  }
  return out;
}

TEST(AnalysisWriters, ConlluOfPartsHasOneNewdocAndUniqueSentIds) {
  const std::string out = WriteParts(AnalysisKind::kParses, "conllu");
  EXPECT_EQ(Lines(out, "# newdoc").size(), 2u);  // a and b
  const std::vector<std::string> ids = Lines(out, "# sent_id");
  EXPECT_EQ(ids, (std::vector<std::string>{"# sent_id = a-1", "# sent_id = a-2", "# sent_id = a-3",
                                           "# sent_id = a-4", "# sent_id = b-1"}));
}

TEST(AnalysisWriters, SentenceNumbersRunOnAcrossParts) {
  for (AnalysisKind kind : {AnalysisKind::kSentences, AnalysisKind::kTokens, AnalysisKind::kParses}) {
    const std::vector<std::string> lines = Lines(WriteParts(kind, "jsonl"), "{");
    ASSERT_EQ(lines.size(), 5u);
    const char* want[] = {"{\"doc_id\":\"a\",\"sentence\":0,", "{\"doc_id\":\"a\",\"sentence\":1,",
                          "{\"doc_id\":\"a\",\"sentence\":2,", "{\"doc_id\":\"a\",\"sentence\":3,",
                          "{\"doc_id\":\"b\",\"sentence\":0,"};
    for (size_t i = 0; i < lines.size(); ++i) EXPECT_EQ(lines[i].rfind(want[i], 0), 0u) << lines[i];
  }
}

TEST(AnalysisWriters, MentionIdsAreUniquePerDocumentAcrossParts) {
  const std::vector<std::string> rows = Lines(WriteParts(AnalysisKind::kMentions, "tsv"), "a\t");
  ASSERT_GE(rows.size(), 6u);  // two actors in each of the four sentences of a
  std::set<std::string> ids;
  int last_sentence = -1;
  for (const std::string& row : rows) {
    const size_t t1 = row.find('\t'), t2 = row.find('\t', t1 + 1), t3 = row.find('\t', t2 + 1);
    EXPECT_TRUE(ids.insert(row.substr(t1 + 1, t2 - t1 - 1)).second) << "repeated mention id: " << row;
    const int sentence = std::stoi(row.substr(t2 + 1, t3 - t2 - 1));
    EXPECT_GE(sentence, last_sentence);
    last_sentence = sentence;
  }
  EXPECT_EQ(last_sentence, 3);  // the second part's sentences are 2 and 3
  const std::vector<std::string> b = Lines(WriteParts(AnalysisKind::kMentions, "tsv"), "b\t");
  ASSERT_FALSE(b.empty());
  EXPECT_EQ(b[0].rfind("b\t0\t0\t", 0), 0u) << b[0];
}

TEST(AnalysisWriters, MentionsTsvHasItsHeaderOnce) {
  const std::string out = WriteParts(AnalysisKind::kMentions, "tsv");
  EXPECT_EQ(Lines(out, "doc_id\tmention\t").size(), 1u);
  EXPECT_EQ(out.rfind("doc_id\tmention\tsentence\t", 0), 0u);
}

TEST(AnalysisWriters, UnknownFormatIsAnError) {
  auto w = AnalysisWriter::Create(AnalysisKind::kMentions, "conllu");
  ASSERT_FALSE(w.ok());
  EXPECT_EQ(w.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(w.status().message().find("jsonl, tsv"), std::string::npos) << w.status().message();
  EXPECT_EQ(AnalysisFormats(AnalysisKind::kParses), (std::vector<std::string>{"jsonl", "conllu", "tree"}));
}

}  // namespace
}  // namespace ghatna
