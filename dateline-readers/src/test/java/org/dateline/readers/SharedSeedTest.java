package org.dateline.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.junit.jupiter.api.Test;

/** The report the product was commissioned from reads as a dated article with its dateline. */
class SharedSeedTest {

    @Test
    void readsTheSeedReportWithDateAndDateline() {
        Path seed = SharedData.path("seed/000_6ab924c5b57c0945.txt");
        assumeTrue(Files.isRegularFile(seed), "needs ../shared/seed/000_6ab924c5b57c0945.txt (the seed report)");

        assertInstanceOf(SeedTextReader.class, Readers.forFile(seed));
        Collected read = new Collected();
        Readers.read(seed, ReadOptions.defaults(), read);
        Article article = read.onlyArticle();

        assertEquals(LocalDate.of(2022, 9, 20), article.date());
        assertEquals(new Dateline("IZIUM, Ukraine", "Izium", 0, 14), article.dateline());
        assertTrue(article.text().startsWith("IZIUM, Ukraine - Ukraine said its troops"), article.text());
    }
}
