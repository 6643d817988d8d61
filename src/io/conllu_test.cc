#include "ghatna/conllu.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace ghatna {

// Found by argument-dependent lookup: readable spans in failure messages.
void PrintTo(const CodeSpan& s, std::ostream* os) { *os << "[" << s.start << "," << s.end << ")"; }

namespace {

constexpr char kTwoDocs[] =
    "# newdoc id = d1\n"
    "# sent_id = s1\n"
    "# text = राम ने कहा।\n"
    "1\tराम\tराम\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\tने\tने\tADP\tPSP\t_\t1\tcase\t_\t_\n"
    "3\tकहा\tकह\tVERB\tVM\t_\t0\troot\t_\tSpaceAfter=No\n"
    "4\t।\t।\tPUNCT\tSYM\t_\t3\tpunct\t_\t_\n"
    "\n"
    "# sent_id = s2\n"
    "# text = \"ठीक\" है\n"
    "1\t\"\t\"\tPUNCT\tSYM\t_\t2\tpunct\t_\tSpaceAfter=No\n"
    "2\tठीक\tठीक\tADJ\tJJ\t_\t0\troot\t_\tSpaceAfter=No\n"
    "3\t\"\t\"\tPUNCT\tSYM\t_\t2\tpunct\t_\t_\n"
    "4\tहै\tहै\tAUX\tVAUX\t_\t2\tcop\t_\t_\n"
    "\n"
    "# newdoc id = d2\n"
    "# text = del mar\n"
    "1-2\tdel\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tde\tde\tADP\t_\t_\t3\tcase\t_\t_\n"
    "2\tel\tel\tDET\t_\t_\t3\tdet\t_\t_\n"
    "2.1\tx\tx\tX\t_\t_\t_\t_\t_\t_\n"
    "3\tmar\tmar\tNOUN\t_\t_\t0\troot\t_\t_\n";

TEST(ParseConllu, ReadsWordsCommentsAndMultiwords) {
  auto r = ParseConllu(kTwoDocs, "t.conllu");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const auto& s = *r;
  ASSERT_EQ(s.size(), 3u);
  EXPECT_TRUE(s[0].new_doc);
  EXPECT_EQ(s[0].doc_id, "d1");
  EXPECT_EQ(s[0].sent_id, "s1");
  EXPECT_EQ(s[0].text, "राम ने कहा।");
  ASSERT_EQ(s[0].words.size(), 4u);
  EXPECT_EQ(s[0].words[2].lemma, "कह");
  EXPECT_EQ(s[0].words[2].head, 0);
  EXPECT_FALSE(s[0].words[2].space_after);
  EXPECT_FALSE(s[1].new_doc);
  EXPECT_FALSE(s[1].new_par);
  EXPECT_TRUE(s[2].new_doc);
  ASSERT_EQ(s[2].multiwords.size(), 1u);
  EXPECT_EQ(s[2].multiwords[0].first, 1);
  EXPECT_EQ(s[2].multiwords[0].last, 2);
  EXPECT_EQ(s[2].words.size(), 3u);  // the empty node 2.1 is skipped
  EXPECT_EQ(s[2].line, 16);
}

TEST(ParseConllu, ErrorsNameFileAndLine) {
  const struct { const char* text; const char* error; } kCases[] = {
      {"1\ta\tb\n", "t.conllu:1: expected 10 tab-separated columns, found 3"},
      {"# text = a\nx\ta\ta\tX\t_\t_\t0\troot\t_\t_\n", "t.conllu:2: bad word id \"x\""},
      {"1\ta\ta\tX\t_\t_\tq\troot\t_\t_\n", "t.conllu:1: bad head \"q\""},
      {"2\ta\ta\tX\t_\t_\t0\troot\t_\t_\n", "t.conllu:1: word id 2 out of order"},
      {"3-1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n", "t.conllu:1: bad multi-word token range \"3-1\""},
  };
  for (const auto& c : kCases) {
    auto r = ParseConllu(c.text, "t.conllu");
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_EQ(r.status().message(), c.error);
  }
}

TEST(ReadConllu, MissingFileIsNotFound) {
  auto r = ReadConllu("/nonexistent/x.conllu");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
}

TEST(BuildGoldText, JoinsParagraphsAndFindsSpans) {
  auto r = ParseConllu(kTwoDocs, "t.conllu");
  ASSERT_TRUE(r.ok());
  GoldText g = BuildGoldText(*r);
  EXPECT_EQ(g.text, "राम ने कहा। \"ठीक\" है\n\ndel mar");
  EXPECT_EQ(g.mismatched_sentences, 0);
  // राम=3 cps, ने=2, कहा=3, ।=1.
  const std::vector<CodeSpan> s0 = {{0, 3}, {4, 6}, {7, 10}, {10, 11}};
  EXPECT_EQ(g.tokens[0], s0);
  EXPECT_EQ(g.words[0], s0);
  EXPECT_EQ(g.sentences[0], (CodeSpan{0, 11}));
  const std::vector<CodeSpan> s1 = {{12, 13}, {13, 16}, {16, 17}, {18, 20}};
  EXPECT_EQ(g.tokens[1], s1);
  EXPECT_EQ(g.sentences[1], (CodeSpan{12, 20}));
  // "del" is one token and two words sharing its span.
  EXPECT_EQ(g.tokens[2], (std::vector<CodeSpan>{{22, 25}, {26, 29}}));
  EXPECT_EQ(g.words[2], (std::vector<CodeSpan>{{22, 25}, {22, 25}, {26, 29}}));
  EXPECT_EQ(g.AllTokenSpans().size(), 10u);
  EXPECT_EQ(g.AllWordSpans().size(), 11u);
}

TEST(BuildGoldText, RebuildsMissingTextAndCountsMismatches) {
  auto r = ParseConllu(
      "1\tक\tक\tX\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
      "2\t।\t।\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n"
      "# text = ab  cd\n"
      "1\tab\tab\tX\t_\t_\t0\troot\t_\t_\n"
      "2\tzz\tzz\tX\t_\t_\t1\tdep\t_\t_\n",
      "t");
  ASSERT_TRUE(r.ok());
  GoldText g = BuildGoldText(*r);
  EXPECT_EQ(g.text, "क। ab  cd");  // no newdoc/newpar: one paragraph
  EXPECT_EQ(g.mismatched_sentences, 1);
  EXPECT_EQ(g.tokens[1], (std::vector<CodeSpan>{{3, 5}, {7, 9}}));
}

TEST(ScoreSpans, CountsExactMatches) {
  const std::vector<CodeSpan> gold = {{0, 3}, {4, 6}, {7, 10}, {10, 11}};
  const std::vector<CodeSpan> sys = {{0, 3}, {4, 10}, {10, 11}};
  SpanScore s = ScoreSpans(gold, sys);
  EXPECT_EQ(s.correct, 2u);
  EXPECT_EQ(s.gold, 4u);
  EXPECT_EQ(s.system, 3u);
  EXPECT_DOUBLE_EQ(s.precision(), 2.0 / 3);
  EXPECT_DOUBLE_EQ(s.recall(), 0.5);
  EXPECT_DOUBLE_EQ(s.f1(), 4.0 / 7);
  EXPECT_EQ(ScoreSpans({}, {}).f1(), 0);
}

TEST(AlignSpans, AlignsEqualSpansInOrder) {
  const std::vector<CodeSpan> gold = {{0, 3}, {0, 3}, {4, 6}, {7, 9}};
  const std::vector<CodeSpan> sys = {{0, 3}, {0, 3}, {4, 5}, {7, 9}};
  EXPECT_EQ(AlignSpans(gold, sys), (std::vector<int>{0, 1, -1, 3}));
  EXPECT_EQ(AlignSpans(gold, {{0, 3}}), (std::vector<int>{0, -1, -1, -1}));
}

TEST(BuildGoldText, HindiPudIsConsistent) {
  const std::string path = std::string(GHATNA_SHARED_DIR) + "/data/ud-hindi-pud/hi_pud-dev.conllu";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not available";
  auto r = ReadConllu(path);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->size(), 500u);
  GoldText g = BuildGoldText(*r);
  EXPECT_EQ(g.mismatched_sentences, 0);
  EXPECT_EQ(g.sentences.size(), 500u);
}

}  // namespace
}  // namespace ghatna
