package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.dedup.EventCluster;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Assertion;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.EventDate;
import org.dateline.model.EventPlace;
import org.dateline.model.Geo;
import org.dateline.model.Mention;
import org.dateline.model.Quote;
import org.dateline.model.Title;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read API over put and refreshed articles: the reports of a merged event, quotes by speaker, article search,
 * entity profiles. Three outlets report on a governor: two of them the same shelling (one merged event, two sources).
 */
class ReadApiTest {
    private static final String GOVERNOR = "Oleh Syniehubov";
    private static final AnalyzedArticle REUTERS = article(LocalDate.of(2024, 3, 1), "Reuters",
            "Shelling in Kharkiv", "Shelling killed three people in Kharkiv on Friday, Governor Oleh Syniehubov"
                    + " said. \"We will rebuild,\" Syniehubov said.", "Governor", "We will rebuild,",
            "SHELLING", "2024-03-01");
    private static final AnalyzedArticle AP = article(LocalDate.of(2024, 3, 2), "AP", "Artillery hits city",
            "Russian artillery hit Kharkiv on Friday and killed three civilians, regional governor Oleh Syniehubov"
                    + " told reporters. \"The city stands,\" Syniehubov said.", "regional governor",
            "The city stands,", "SHELLING", "2024-03-01");
    private static final AnalyzedArticle KYIV_INDEPENDENT = article(LocalDate.of(2024, 2, 20), "Kyiv Independent",
            "Fighting near Kupiansk", "Troops clashed near Kupiansk on Monday, Oleh Syniehubov, head of the"
                    + " regional administration, said. \"The line holds,\" Syniehubov said.",
            "head of the regional administration", "The line holds,", "ARMED_CLASH", "2024-02-19");
    /** Published last, about the earliest event. */
    private static final AnalyzedArticle LATE = article(LocalDate.of(2024, 3, 5), "BBC", "A strike recalled",
            "A drone struck Kupiansk on February 10, killing two, Oleh Syniehubov said on Tuesday."
                    + " \"It was a night of fear,\" Syniehubov said.", "Governor", "It was a night of fear,",
            "AIR_DRONE_STRIKE", "2024-02-10");

    @TempDir
    static Path dir;
    private static CorpusStore store;

    @BeforeAll
    static void put() {
        store = CorpusStore.open(dir.resolve("c.db"));
        store.put(List.of(REUTERS, AP, KYIV_INDEPENDENT, LATE));
        store.refresh();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void mergedEventsComeInTheOrderOfTheirFirstDayWhateverTheOrderOfPublication() {
        List<MergedEvent> events = store.events(EventFilter.all());
        assertEquals(List.of("AIR_DRONE_STRIKE 2024-02-10", "ARMED_CLASH 2024-02-19", "SHELLING 2024-03-01"),
                events.stream().map(e -> e.code() + " " + e.date().from()).toList(),
                "refresh() must number merged events (cluster_key) in the order of (date_from, id)");
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i - 1).key() < events.get(i).key());
        }
    }

    @Test
    void theReportsOfAMergedEventComeWithTheirArticlesAndSentences() {
        MergedEvent shelling = store.events(EventFilter.all().withTypes(List.of("SHELLING"))).get(0);
        assertEquals(2, shelling.independentSources());
        assertEquals(EventCluster.Status.CORROBORATED, shelling.status());
        List<StoredReport> reports = store.reports(shelling.id());
        assertEquals(List.of("2024-03-01 Reuters Shelling in Kharkiv", "2024-03-02 AP Artillery hits city"),
                reports.stream().map(r -> r.published() + " " + r.source() + " " + r.title()).toList());
        assertEquals("Shelling killed three people in Kharkiv on Friday, Governor Oleh Syniehubov said.",
                reports.get(0).evidence());
        assertEquals(GOVERNOR, reports.get(0).assertor());
        assertEquals("SHELLING", reports.get(1).code());
        assertEquals(List.of(), store.reports("no-such-event"));
        assertEquals(shelling, store.event(shelling.id()).orElseThrow());
        assertTrue(store.event("no-such-event").isEmpty());
    }

    @Test
    void anExportWithReportsHasEachEventsReports() {
        List<EventWithReports> items = new ArrayList<>();
        store.exportEventsWithReports(EventFilter.all(), items::add);
        assertEquals(List.of("AIR_DRONE_STRIKE 1", "ARMED_CLASH 1", "SHELLING 2"), items.stream()
                .map(i -> i.event().code() + " " + i.reports().size()).sorted().toList());
        for (EventWithReports item : items) {
            StoredReport earliest = item.reports().get(0);
            assertEquals(item.event().id(), earliest.articleId() + "#" + earliest.eventId());
        }
    }

    @Test
    void quotesBySpeakerMatchTheWholeNameOrAPartOfItNewestFirst() {
        List<String> all = List.of("It was a night of fear,", "The city stands,", "We will rebuild,", "The line holds,");
        assertEquals(all, texts(store.quotesBy("Syniehubov", 10)));
        assertEquals(all, texts(store.quotesBy("oleh SYNIEHUBOV", 10)));
        assertEquals(all.subList(0, 2), texts(store.quotesBy("Syniehubov", 2)));
        assertEquals(List.of(), texts(store.quotesBy("Synie", 10)));
        assertEquals(List.of(), texts(store.quotesBy("Syniehubov Oleh", 10)));
        QuoteRow first = store.quotesBy(GOVERNOR, 1).get(0);
        assertEquals("2024-03-05 BBC " + GOVERNOR, first.published() + " " + first.source() + " " + first.speakerName());
    }

    @Test
    void searchNeedsEveryWordAndGivesASnippet() {
        List<ArticleHit> hits = store.search("Kharkiv killed", 10);
        assertEquals(List.of(REUTERS.article().id(), AP.article().id()).stream().sorted().toList(),
                hits.stream().map(ArticleHit::id).sorted().toList());
        assertEquals(List.of(AP.article().id()), store.search("artillery Kharkiv", 10).stream()
                .map(ArticleHit::id).toList());
        ArticleHit ap = store.search("artillery", 10).get(0);
        assertEquals("2024-03-02 AP Artillery hits city", ap.date() + " " + ap.source() + " " + ap.title());
        assertTrue(ap.bracketed().contains("[artillery]") || ap.bracketed().contains("[Artillery]"), ap.bracketed());
        ArticleHit.Mark mark = ap.marks().get(0);
        assertEquals("artillery", ap.snippet().substring(mark.start(), mark.end()).toLowerCase(java.util.Locale.ROOT));
        assertEquals(ap.title(), ap.headline());
        assertEquals(List.of(), store.search("Kharkiv OR Kupiansk", 10));
        assertEquals(1, store.search("\"Kupiansk\" clashed(near) troops*", 10).size());
        assertThrows(IllegalArgumentException.class, () -> store.search("\"*\"", 10));
    }

    @Test
    void anEntityProfileHasTitlesOverTimeQuotesEventsAndMentions() {
        EntityProfile p = store.entity(GOVERNOR, 10).orElseThrow();
        assertEquals(GOVERNOR, p.name());
        assertEquals("PERSON", p.type());
        assertEquals(4, p.articles());
        assertEquals(8, p.mentions());
        assertEquals(List.of("head of the regional administration 2024-02-20 2024-02-20 1",
                        "Governor 2024-03-01 2024-03-05 2", "regional governor 2024-03-02 2024-03-02 1"),
                p.titles().stream().map(t -> t.title() + " " + t.firstSeen() + " " + t.lastSeen() + " "
                        + t.articles()).toList());
        assertEquals("It was a night of fear,", p.quotes().get(0).text());
        assertEquals(4, p.quotes().size());
        assertEquals(List.of("SHELLING", "ARMED_CLASH", "AIR_DRONE_STRIKE"),
                p.events().stream().map(MergedEvent::code).toList());
        assertEquals(List.of(), p.otherNames());
    }

    @Test
    void anEntityIsFoundByAnyCaseOrByItsLastName() {
        assertEquals(GOVERNOR, store.entity("OLEH syniehubov", 5).orElseThrow().name());
        EntityProfile bySurname = store.entity("Syniehubov", 1).orElseThrow();
        assertEquals(GOVERNOR, bySurname.name());
        assertEquals(1, bySurname.quotes().size());
        assertEquals(1, bySurname.events().size());
        assertTrue(store.entity("Zelensky", 5).isEmpty());
        assertTrue(store.entity("100%_", 5).isEmpty());
    }

    @Test
    void articlesAreListedNewestFirstInPages() {
        List<ArticleSummary> all = store.recentArticles(10, 0);
        assertEquals(List.of("2024-03-05 BBC", "2024-03-02 AP", "2024-03-01 Reuters", "2024-02-20 Kyiv Independent"),
                all.stream().map(a -> a.date() + " " + a.source()).toList());
        assertEquals(all.subList(1, 3), store.recentArticles(2, 1));
        assertEquals(List.of(), store.recentArticles(5, 4));
        assertEquals(REUTERS.article().id(), all.get(2).storyId(), "an article's own story");
    }

    @Test
    void anArticleLinksToItsStoryAndItsEventsMergedEvents() {
        MergedEvent shelling = store.events(EventFilter.all().withTypes(List.of("SHELLING"))).get(0);
        ArticleLinks ap = store.links(AP.article().id()).orElseThrow();
        assertEquals(AP.article().id(), ap.storyId());
        assertEquals(List.of(new ArticleLinks.EventLink("ev1", shelling.id())), ap.events());
        assertTrue(store.links("0000000000000000").isEmpty());
    }

    @Test
    void statsCountTheCorpusAndItsKinds() {
        CorpusStats s = store.stats();
        assertEquals(List.of(4L, 4L, 4L, 3L), List.of(s.articles(), s.stories(), s.events(), s.mergedEvents()));
        assertEquals("2024-02-10", s.firstDate());
        assertEquals("2024-03-01", s.lastDate());
        assertEquals(new CorpusStats.KindCount("AIR_DRONE_STRIKE", "Explosions/Remote violence", "Air/drone strike",
                1), s.kinds().get(0));
        assertEquals(3, s.kinds().size());
    }

    @Test
    void theQuotesOfAnEventsAssertorsInItsReports() {
        MergedEvent shelling = store.events(EventFilter.all().withTypes(List.of("SHELLING"))).get(0);
        List<String> articles = store.reports(shelling.id()).stream().map(StoredReport::articleId).toList();
        assertEquals(List.of("We will rebuild,", "The city stands,"),
                texts(store.quotesIn(articles, shelling.assertors(), 10)));
        assertEquals(List.of("We will rebuild,"), texts(store.quotesIn(articles, List.of("oleh SYNIEHUBOV"), 1)));
        assertEquals(List.of(), store.quotesIn(articles, List.of("Reuters"), 10));
        assertEquals(List.of(), store.quotesIn(List.of(), shelling.assertors(), 10));
    }

    private static List<String> texts(List<QuoteRow> quotes) {
        return quotes.stream().map(QuoteRow::text).toList();
    }

    /**
     * An article of two sentences: the first reports an event of {@code code} near Kharkiv on {@code day}, asserted
     * by the governor, who is named in it with {@code title}; the second quotes him.
     */
    private static AnalyzedArticle article(LocalDate published, String source, String title, String text,
                                           String governorTitle, String quote, String code, String day) {
        Article article = Article.of(published, null, title, source, null, text);
        int name = text.indexOf(GOVERNOR);
        int surname = text.lastIndexOf("Syniehubov");
        int titleAt = text.indexOf(governorTitle);
        Entity governor = new Entity("e1", GOVERNOR, "PERSON", List.of(new Title(governorTitle, titleAt,
                titleAt + governorTitle.length(), 0)), "Ukraine",
                List.of(new Mention(GOVERNOR, "NAME", name, name + GOVERNOR.length(), 0),
                        new Mention("Syniehubov", "SURNAME", surname, surname + 10, 1)),
                name, name + GOVERNOR.length(), 0);
        int quoteAt = text.indexOf(quote);
        Quote said = new Quote("q1", quote, "e1", GOVERNOR, null, "say", null, null, null, null, quoteAt,
                quoteAt + quote.length(), 1);
        int end = text.indexOf(". ") + 1;
        Geo kharkiv = new Geo(706483L, "Kharkiv", 49.9935, 36.2304, "P", "PPLA", "UA", "Ukraine", "Kharkiv", null,
                1, 0.9);
        String[] kind = switch (code) {
            case "SHELLING" -> new String[] {"Explosions/Remote violence", "Shelling/artillery/missile attack"};
            case "AIR_DRONE_STRIKE" -> new String[] {"Explosions/Remote violence", "Air/drone strike"};
            default -> new String[] {"Battles", "Armed clash"};
        };
        Event event = new Event("ev1", kind[0], kind[1], code, "hit", null,
                new EventActor("Military Forces of Russia", "Russian forces", null, "STATE_FORCES", "Russia", null),
                new EventActor("Civilians (Ukraine)", "people", null, "CIVILIANS", "Ukraine", null),
                new EventPlace(null, "Kharkiv", kharkiv, 1, "TEXT"),
                new EventDate(day, day, day, 1, false, null, "TEXT"), List.of(),
                new Assertion(GOVERNOR, "e1", "OFFICIAL", null), "CLAIMED", "ASSERTED", false, null, 0.8, 0, end, 0, List.of());
        return new AnalyzedArticle(AnalyzedArticle.SCHEMA, article, List.of(governor), List.of(said), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(event));
    }
}
