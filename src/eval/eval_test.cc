// Tests of the evaluations behind `ghatna eval` on a two-sentence treebank
// written for them.
#include "ghatna/eval.h"

#include <gtest/gtest.h>

#include "ghatna/conllu.h"
#include "morph/own_lexicon_for_tests.h"

namespace ghatna {
namespace {

// राम ने किताब पढ़ी । / सीता आई ।  (nsubj and obj of पढ़ी, nsubj of आई)
constexpr const char* kTreebank =
    "# sent_id = s1\n"
    "# text = राम ने किताब पढ़ी।\n"
    "1\tराम\tराम\tPROPN\t_\t_\t4\tnsubj\t_\t_\n"
    "2\tने\tने\tADP\t_\t_\t1\tcase\t_\t_\n"
    "3\tकिताब\tकिताब\tNOUN\t_\tCase=Nom|Gender=Fem|Number=Sing|Person=3\t4\tobj\t_\t_\n"
    "4\tपढ़ी\tपढ़\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t।\t।\tPUNCT\t_\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# sent_id = s2\n"
    "# text = सीता आई।\n"
    "1\tसीता\tसीता\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
    "2\tआई\tआ\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
    "3\t।\t।\tPUNCT\t_\t_\t2\tpunct\t_\t_\n"
    "\n";

std::vector<ConlluSentence> Gold() {
  auto gold = ParseConllu(kTreebank, "test.conllu");
  EXPECT_TRUE(gold.ok()) << gold.status().ToString();
  return gold.ok() ? *gold : std::vector<ConlluSentence>{};
}

TEST(EvalTokenization, ScoresTokensAndSentences) {
  const TokenizationEval e = EvaluateTokenization(Gold(), /*list_errors=*/true);
  EXPECT_EQ(e.tokens.gold, 8u);
  EXPECT_EQ(e.tokens.correct, 8u);
  EXPECT_EQ(e.sentences.gold, 2u);
  EXPECT_EQ(e.sentences.correct, 2u);
  EXPECT_TRUE(e.errors.empty());
  const std::string table = TokenizationEvalText(e);
  EXPECT_NE(table.find("Tokens            8        8        8    100.00    100.00    100.00\n"),
            std::string::npos) << table;
  EXPECT_EQ(TokenizationEvalText(e, /*json=*/true, "t.conllu").rfind("{\"file\":\"t.conllu\",\"tokens\":{\"gold\":8,", 0), 0u);
}

TEST(EvalTokenization, ListsMissedAndExtraTokens) {
  std::vector<ConlluSentence> gold = Gold();
  // A gold treebank that joins राम and ने: the system's two tokens are extra.
  gold[0].words[0].form = "राम ने";
  gold[0].words.erase(gold[0].words.begin() + 1);
  for (size_t i = 0; i < gold[0].words.size(); ++i) gold[0].words[i].id = static_cast<int>(i) + 1;
  const TokenizationEval e = EvaluateTokenization(gold, true);
  EXPECT_EQ(e.tokens.correct, 6u);
  ASSERT_EQ(e.errors.size(), 3u);
  EXPECT_EQ(e.errors[0].rfind("missed token [0,6) «राम ने»", 0), 0u) << e.errors[0];
  EXPECT_EQ(e.errors[1].rfind("extra token [0,3) «राम»", 0), 0u) << e.errors[1];
}

TEST(EvalMorphology, CountsGoldAndRawWords) {
  const Morphology* morph = testing::OwnLexiconMorphology();
  ASSERT_NE(morph, nullptr);
  const MorphEval e = EvaluateMorphology(Gold(), *morph, /*dump=*/true);
  EXPECT_EQ(e.sentences, 2u);
  EXPECT_EQ(e.gold_tokens.gold, 8u);
  EXPECT_EQ(e.raw.tokens, 8u);  // the text layer finds every gold word
  EXPECT_EQ(e.by_pos.at("PUNCT"), std::make_pair(size_t{2}, size_t{2}));
  EXPECT_EQ(e.by_pos.at("ADP").second, 1u);  // ने
  EXPECT_EQ(std::count(e.dump.begin(), e.dump.end(), '\n'), 8);
  EXPECT_EQ(e.dump.rfind("s1\t0\tराम\tPROPN\t", 0), 0u) << e.dump;
  const std::string text = MorphEvalText(e, "t.conllu", /*by_pos=*/true, /*errors=*/3);
  EXPECT_EQ(text.rfind("t.conllu: 2 sentences, 8 words\n", 0), 0u) << text;
  EXPECT_NE(text.find("  PUNCT      2  100.00\n"), std::string::npos) << text;
}

TEST(EvalSyntax, GoldMorphologyFindsTheArguments) {
  const std::vector<ConlluSentence> gold = Gold();
  const auto evals = EvaluateSyntax(gold, nullptr, {SyntaxEvalMode::kGold}, 5);
  ASSERT_EQ(evals.size(), 1u);
  EXPECT_EQ(evals[0].counts.gold, 3u);  // राम, किताब, सीता
  EXPECT_EQ(evals[0].counts.recalled, 3u) << evals[0].errors;
  EXPECT_EQ(evals[0].counts.correct, evals[0].counts.system) << evals[0].errors;
  const std::string text = SyntaxEvalText(evals, gold, "t.conllu");
  EXPECT_EQ(text.rfind("t.conllu: 2 sentences, 8 words\ngold tokens + gold morphology (syntax only)\n"
                       "  precision 100.00", 0), 0u) << text;
}

TEST(EvalSyntax, ModesNeedingMorphologyAreSkippedWithoutIt) {
  const auto evals = EvaluateSyntax(Gold(), nullptr,
                                    {SyntaxEvalMode::kGold, SyntaxEvalMode::kRaw}, 0);
  ASSERT_EQ(evals.size(), 1u);
  EXPECT_EQ(evals[0].mode, SyntaxEvalMode::kGold);
}

TEST(EvalVocabulary, CountsPredicatesOfTwoActorSentences) {
  PipelineOptions o;
  o.data_dir = GHATNA_SOURCE_DIR "/data";
  o.use_system_dictionaries = false;
  auto pipe = Pipeline::Load(o);
  ASSERT_TRUE(pipe.ok()) << pipe.status().ToString();
  VocabularyEval eval(**pipe, 1);
  Document doc;
  doc.id = "d";
  doc.text = "लवरोव ने गुटेरेस से मध्यस्थता का आग्रह किया। राम घर गया।";
  eval.Add(&doc);
  EXPECT_EQ(eval.sentences(), 1u);  // the second names no two actors
  EXPECT_GE(eval.total(), 1u);
  EXPECT_GE(eval.coded(), 1u);  // आग्रह करना
  EXPECT_EQ(eval.Text(0).rfind("sentences with two actors: 1\n", 0), 0u) << eval.Text(0);
}

}  // namespace
}  // namespace ghatna
