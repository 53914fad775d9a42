package org.dateline.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every one of the 21,578 Reuters-21578 documents comes out as an article or as a problem. */
class SharedReutersCorpusTest {

    private static final int DOCUMENTS = 21_578;
    private static final Pattern REASON = Pattern.compile("^[^:(\"]*");

    @Test
    void readsEveryDocumentAsAnArticleOrAProblem() throws IOException {
        Path corpus = SharedData.path("data/corpus/reuters21578");
        assumeTrue(Files.isDirectory(corpus),
                "needs ../shared/data/corpus/reuters21578 (the Reuters-21578 SGML files)");
        List<Path> files = Readers.expand(List.of(corpus.toString()));
        assertEquals(DOCUMENTS, countOpeningTags(files), "the collection as stored");

        long started = System.nanoTime();
        Collected read = new Collected();
        files.forEach(file -> Readers.read(file, ReadOptions.defaults(), read));
        long millis = (System.nanoTime() - started) / 1_000_000;

        Map<String, Integer> reasons = new TreeMap<>();
        read.problems.forEach(problem -> reasons.merge(reason(problem.message()), 1, Integer::sum));
        long withDateline = read.articles.stream().filter(article -> article.dateline() != null).count();
        System.out.printf("Reuters-21578: %d files, %d articles (%d with a dateline), %d problems %s, read in %d ms%n",
                files.size(), read.articles.size(), withDateline, read.problems.size(), reasons, millis);
        assertEquals(DOCUMENTS, read.articles.size() + read.problems.size());
    }

    private static int countOpeningTags(List<Path> files) throws IOException {
        int count = 0;
        for (Path file : files) {
            Matcher open = Pattern.compile("<REUTERS ").matcher(new String(Files.readAllBytes(file),
                    StandardCharsets.ISO_8859_1));
            while (open.find()) {
                count++;
            }
        }
        return count;
    }

    private static String reason(String message) {
        Matcher m = REASON.matcher(message);
        return m.find() ? m.group().strip() : message;
    }
}
