package org.dateline.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {

    /** A news page: navigation and footer around the story, metadata in the head. */
    static String page(String head, String firstParagraph) {
        return """
                <!doctype html>
                <html lang="en"><head>
                <meta charset="utf-8">
                %s
                </head><body>
                <nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/business">Business</a></nav>
                <article>
                <h1>Grain deal extended by 120 days</h1>
                <p>%s</p>
                <p>The deal, brokered by the United Nations and Turkey in July, has allowed more than 11 million
                tonnes of grain and other foodstuffs to leave Ukrainian ports.</p>
                <p>"We welcome the agreement by all parties to continue the initiative," the U.N. secretary-general
                said in a statement,<br>adding that talks would go on.</p>
                <p>Shipping data showed that dozens of vessels were waiting in Turkish waters for inspection before
                sailing to Ukraine.</p>
                </article>
                <footer>Copyright Example News. All rights reserved.</footer>
                </body></html>
                """.formatted(head, firstParagraph);
    }

    static final String FIRST = "ISTANBUL, Nov 17 (Reuters) - Russia and Ukraine agreed to extend the Black Sea grain"
            + " export deal by 120 days, Turkey's president said on Thursday.";

    static final String HEAD = """
            <title>Grain deal extended | Example News</title>
            <meta property="og:title" content="Grain deal extended by 120 days">
            <meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2022-11-17T08:30:00+02:00">
            <link rel="canonical" href="https://news.example.com/world/grain-deal">
            """;

    @TempDir
    Path dir;

    private final HtmlReader reader = new HtmlReader();

    @Test
    void readsTheMainTextAsParagraphsWithoutNavigationFooterOrRepeatedHeadline() throws IOException {
        Article article = read(page(HEAD, FIRST), ReadOptions.defaults());

        assertEquals(FIRST + "\n\n"
                + "The deal, brokered by the United Nations and Turkey in July, has allowed more than 11 million tonnes"
                + " of grain and other foodstuffs to leave Ukrainian ports.\n\n"
                + "\"We welcome the agreement by all parties to continue the initiative,\" the U.N. secretary-general"
                + " said in a statement,\nadding that talks would go on.\n\n"
                + "Shipping data showed that dozens of vessels were waiting in Turkish waters for inspection before"
                + " sailing to Ukraine.", article.text());
    }

    @Test
    void takesTitleDateAddressAndSiteFromThePageMetadata() throws IOException {
        Article article = read(page(HEAD, FIRST), ReadOptions.defaults().withSource("ignored when the page names one"));

        assertEquals("Grain deal extended by 120 days", article.title());
        assertEquals(LocalDate.of(2022, 11, 17), article.date());
        assertEquals("https://news.example.com/world/grain-deal", article.url());
        assertEquals("Example News", article.source());
    }

    @Test
    void findsTheDatelineAtTheStartOfTheMainText() throws IOException {
        Article article = read(page(HEAD, FIRST), ReadOptions.defaults());

        assertEquals("ISTANBUL, Nov 17 (Reuters)", article.dateline().text());
        assertEquals("Istanbul", article.dateline().place());
        assertEquals(0, article.dateline().start());
    }

    @Test
    void fallsBackToThePageTitleAndOgUrl() throws IOException {
        Article article = read(page("""
                <title>Grain deal extended</title>
                <meta property="og:url" content="https://news.example.com/g">
                <meta name="date" content="2022-11-17">
                """, FIRST), ReadOptions.defaults());

        assertEquals("Grain deal extended", article.title());
        assertEquals("https://news.example.com/g", article.url());
        assertNull(article.source());
    }

    @Test
    void readsTheDateFromEachPlacePagesPutIt() throws IOException {
        assertEquals(LocalDate.of(2021, 5, 4), read(page("<meta name=\"pubdate\" content=\"2021-05-04\">", FIRST),
                ReadOptions.defaults()).date());
        assertEquals(LocalDate.of(2021, 5, 4), read(page("<meta name=\"DC.date\" content=\"2021-05-04\">", FIRST),
                ReadOptions.defaults()).date());
        assertEquals(LocalDate.of(2021, 5, 4), read(page("""
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "datePublished": "2021-05-04T10:00:00Z"}]}
                </script>""", FIRST), ReadOptions.defaults()).date());
        assertEquals(LocalDate.of(2021, 5, 4), read(page("", "<time datetime=\"2021-05-04T09:00\">May 4</time> "
                + FIRST), ReadOptions.defaults()).date());
    }

    @Test
    void takesTheDateFromTheOptionsWhenThePageStatesNone() throws IOException {
        Article article = read(page("", FIRST), ReadOptions.defaults().withDate(LocalDate.of(2022, 11, 18)));

        assertEquals(LocalDate.of(2022, 11, 18), article.date());
    }

    @Test
    void reportsAPageWithoutAnyDate() throws IOException {
        Path file = Files.writeString(dir.resolve("page.html"), page("", FIRST));

        ReadProblem problem = Collected.read(reader, file, ReadOptions.defaults()).onlyProblem();

        assertEquals(file + ": no publication date: give --date YYYY-MM-DD", problem.toString());
    }

    @Test
    void decodesThePageInTheCharacterSetItDeclares() throws IOException {
        String html = page(HEAD, "ZÜRICH, Nov 17 (Reuters) - Prices rose.").replace("utf-8", "iso-8859-1");
        Path file = Files.write(dir.resolve("page.html"), html.getBytes(StandardCharsets.ISO_8859_1));

        Article article = Collected.read(reader, file, ReadOptions.defaults()).onlyArticle();

        assertTrue(article.text().startsWith("ZÜRICH, Nov 17 (Reuters) - Prices rose."), article.text());
        assertEquals("Zürich", article.dateline().place());
    }

    private Article read(String html, ReadOptions options) throws IOException {
        Path file = Files.writeString(dir.resolve("page.html"), html);
        return Collected.read(reader, file, options).onlyArticle();
    }
}
