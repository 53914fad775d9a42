package org.dateline.eval.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dateline.eval.Report;
import org.junit.jupiter.api.Test;

/**
 * Checks the readers and the scorers on CASE 2021 Task 2 and Giveme5W1H in {@code ../shared/data} beside the
 * project root. A plain clone has no such folder: then these tests are skipped and say what they need.
 */
class EventSharedDataTest {

    /** The module runs its tests in its own folder; ../shared from the project root is ../../shared from here. */
    private static final Path DATA = Path.of("../../shared/data").toAbsolutePath().normalize();
    private static final Path CASE_DEV = DATA.resolve("events/case2021-task2-dev.tsv");
    private static final Path FIVE_W = DATA.resolve("5w1h/gold");

    @Test
    void caseDevHas509SnippetsOf30SubtypesAndTheGoldScoresOne() throws IOException {
        assumeTrue(Files.isRegularFile(CASE_DEV),
                "needs ../shared/data/events/case2021-task2-dev.tsv (not found at " + CASE_DEV + ")");
        List<CaseSnippet> snippets = CaseSnippets.read(CASE_DEV);
        Map<String, String> byText = snippets.stream()
                .collect(Collectors.toMap(CaseSnippet::text, CaseSnippet::label, (a, b) -> a));

        assertEquals(509, snippets.size());
        assertEquals(30, snippets.stream().map(CaseSnippet::label).distinct().count());
        Report report = EventClassification.evaluate(snippets, byText::get, 4);
        assertEquals(1.0, report.value("macro-f1"), "snippets with the same text and different labels?");
    }

    @Test
    void giveme5w1hHas96ArticlesAnnotatedForWhoWhatWhenWhere96968172() throws IOException {
        assumeTrue(Files.isDirectory(FIVE_W), "needs ../shared/data/5w1h/gold (not found at " + FIVE_W + ")");
        FiveWGold gold = FiveWGold.read(FIVE_W);

        assertEquals(96, gold.articles().size());
        assertEquals(List.of(), gold.skipped());
        assertEquals(Map.of(Question.WHO, 96L, Question.WHAT, 96L, Question.WHEN, 81L, Question.WHERE, 72L),
                gold.articles().stream().flatMap(a -> a.phrases().entrySet().stream())
                        .filter(e -> !e.getValue().isEmpty())
                        .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.counting())));
    }

    @Test
    void giveme5w1hFirstPhrasesScoreOne() throws IOException {
        assumeTrue(Files.isDirectory(FIVE_W), "needs ../shared/data/5w1h/gold (not found at " + FIVE_W + ")");
        FiveWGold gold = FiveWGold.read(FIVE_W);
        Map<String, GoldArticle> byId = gold.articles().stream()
                .collect(Collectors.toMap(GoldArticle::id, Function.identity()));
        Function<GoldArticle, FiveWAnswer> oracle = article -> {
            GoldArticle answers = byId.get(article.id());
            return new FiveWAnswer(first(answers, Question.WHO), first(answers, Question.WHAT),
                    first(answers, Question.WHEN), first(answers, Question.WHERE));
        };

        Report report = FiveWEvaluation.evaluate(gold, oracle, 4);

        assertEquals(96, report.value("articles"));
        assertEquals(1.0, report.value("mean"), String.join("\n", report.details()));
    }

    private static String first(GoldArticle article, Question question) {
        return article.phrases(question).stream().findFirst().orElse(null);
    }
}
