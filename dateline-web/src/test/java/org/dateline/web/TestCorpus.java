package org.dateline.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.analysis.Analysis;
import org.dateline.analysis.Analyzer;
import org.dateline.analysis.Stage;
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
import org.dateline.model.Place;
import org.dateline.model.Quote;
import org.dateline.model.Title;
import org.dateline.store.CorpusStore;
import org.dateline.model.parse.ParsedText;

/**
 * Hand-built records for the server's tests: a governor's shelling report from two outlets (one merged event, two
 * sources; the first article's title and text carry HTML that must come back as text), a clash, and a run of
 * protests in Lviv on consecutive days (for pages and the timeline).
 */
final class TestCorpus {
    static final String GOVERNOR = "Oleh Syniehubov";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final double KHARKIV_LAT = 49.9935;
    static final double KHARKIV_LON = 36.2304;
    static final double LVIV_LAT = 49.8397;
    static final double LVIV_LON = 24.0297;
    static final int PROTESTS = 12;

    static final AnalyzedArticle REUTERS = governor(LocalDate.of(2024, 3, 1), "Reuters",
            "Shelling in Kharkiv " + SCRIPT,
            "Shelling killed three people in Kharkiv on Friday, Governor Oleh Syniehubov said. " + IMG
                    + " \"We will rebuild,\" Syniehubov said.", "We will rebuild,", "SHELLING", "2024-03-01",
            KHARKIV_LAT, KHARKIV_LON, "Kharkiv");
    static final AnalyzedArticle AP = governor(LocalDate.of(2024, 3, 2), "AP", "Artillery hits city",
            "Russian artillery hit Kharkiv on Friday and killed three civilians, Governor Oleh Syniehubov told"
                    + " reporters. \"The city stands,\" Syniehubov said.", "The city stands,", "SHELLING",
            "2024-03-01", KHARKIV_LAT, KHARKIV_LON, "Kharkiv");
    static final AnalyzedArticle CLASH = governor(LocalDate.of(2024, 2, 20), "Kyiv Independent",
            "Fighting near Kupiansk", "Troops clashed near Kupiansk on Monday, Governor Oleh Syniehubov said."
                    + " \"The line holds,\" Syniehubov said.", "The line holds,", "ARMED_CLASH", "2024-02-19",
            49.7106, 37.6156, "Kupiansk");

    private TestCorpus() {
    }

    /**
     * Every article: the three above and {@link #PROTESTS} protests in Lviv, every third day from 2024-01-01 (days
     * further apart than the merge's slack, so each is an event of its own).
     */
    /** A store in {@code file} holding {@link #all()}, merged. */
    static CorpusStore store(Path file) {
        CorpusStore store = CorpusStore.open(file);
        store.put(all());
        store.refresh();
        return store;
    }

    /** A desk over the store, with the fake analyzer and places from the corpus only. */
    static DeskServer serve(DeskConfig config, CorpusStore store) {
        return DeskServer.start(config, store, () -> analyzer(new AtomicInteger()), PlaceLookup.corpusOnly(store));
    }

    static List<AnalyzedArticle> all() {
        List<AnalyzedArticle> all = new ArrayList<>(List.of(REUTERS, AP, CLASH));
        for (int i = 0; i < PROTESTS; i++) {
            all.add(protest(LocalDate.of(2024, 1, 1).plusDays(3L * i), i));
        }
        return all;
    }

    /**
     * An article whose first sentence reports an event of {@code code} at a place on {@code day}, asserted by the
     * governor, who is then quoted saying {@code quote}.
     */
    static AnalyzedArticle governor(LocalDate published, String source, String title, String text, String quote,
                                    String code, String day, double lat, double lon, String place) {
        Article article = Article.of(published, null, title, source, "https://example.org/" + source.length(), text);
        int name = text.indexOf(GOVERNOR);
        int titleAt = text.indexOf("Governor");
        Entity governor = new Entity("e1", GOVERNOR, "PERSON", List.of(new Title("Governor", titleAt, titleAt + 8, 0)),
                "Ukraine", List.of(new Mention(GOVERNOR, "NAME", name, name + GOVERNOR.length(), 0)), name,
                name + GOVERNOR.length(), 0);
        int quoteAt = text.indexOf(quote);
        Quote said = new Quote("q1", quote, "e1", GOVERNOR, null, "say", null, null, null, null, quoteAt,
                quoteAt + quote.length(), 1);
        String[] kind = code.equals("SHELLING")
                ? new String[] {"Explosions/Remote violence", "Shelling/artillery/missile attack"}
                : new String[] {"Battles", "Armed clash"};
        Event event = new Event("ev1", kind[0], kind[1], code, "hit", null,
                new EventActor("Military Forces of Russia", "Russian forces", null, "STATE_FORCES", "RU", null),
                null, new EventPlace(null, place, geo(place, lat, lon), 1, "TEXT"),
                new EventDate(day, day, day, 1, false, null, "TEXT"), List.of(),
                new Assertion(GOVERNOR, "e1", "OFFICIAL", null), "CLAIMED", "ASSERTED", false, null, 0.8, 0,
                text.indexOf(". ") + 1, 0, List.of());
        int at = text.indexOf(place);
        Place named = new Place("p1", place, place, "city", "EVENT", geo(place, lat, lon), at, at + place.length(), 0);
        return new AnalyzedArticle(AnalyzedArticle.SCHEMA, article, List.of(governor), List.of(said), List.of(),
                List.of(), List.of(named), List.of(), List.of(), List.of(event));
    }

    /** The {@code n}th protest in Lviv, reported by its own outlet on {@code day}. */
    static AnalyzedArticle protest(LocalDate day, int n) {
        String text = "Hundreds of people marched in Lviv on day " + n + " of the protests, demanding higher wages.";
        Article article = Article.of(day, null, "Protest " + n, "Lviv Post", null, text);
        Event event = new Event("ev1", "Protests", "Peaceful protest", "PEACEFUL_PROTEST", "marched", null,
                new EventActor("Protesters (Ukraine)", "people", null, "PROTESTERS", "UA", null), null,
                new EventPlace(null, "Lviv", geo("Lviv", LVIV_LAT + n * 0.001, LVIV_LON), 1, "TEXT"),
                new EventDate(day.toString(), day.toString(), day.toString(), 1, false, null, "TEXT"), List.of(),
                new Assertion("Lviv Post", null, "OUTLET", null), "REPORTED", "ASSERTED", false, null, 0.9, 0,
                text.length(), 0, List.of());
        return new AnalyzedArticle(AnalyzedArticle.SCHEMA, article, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(event));
    }

    private static Geo geo(String name, double lat, double lon) {
        return new Geo(null, name, lat, lon, "P", "PPLA", "UA", "Ukraine", null, null, 1, 0.9);
    }

    /**
     * An analyzer without CoreNLP that reports one protest per article, on its publication day, and counts the
     * articles it analyses.
     */
    static Analyzer analyzer(AtomicInteger analysed) {
        return new Analyzer((text, date) -> new ParsedText(text, date, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of()), List.of(new OneProtest(analysed)));
    }

    private record OneProtest(AtomicInteger analysed) implements Stage {
        @Override
        public Analysis apply(Analysis a) {
            analysed.incrementAndGet();
            String day = a.article().date().toString();
            Event e = new Event("ev1", "Protests", "Peaceful protest", "PEACEFUL_PROTEST", "protest", null,
                    new EventActor("Protesters", "people", null, "PROTESTERS", null, null), null, null,
                    new EventDate(day, day, day, 1, false, null, "TEXT"), List.of(),
                    new Assertion(a.article().source(), null, "OUTLET", null), "REPORTED", "ASSERTED", false, null, 0.5,
                    0, a.text().length(), 0, List.of());
            return a.withEvents(List.of(e));
        }
    }
}
