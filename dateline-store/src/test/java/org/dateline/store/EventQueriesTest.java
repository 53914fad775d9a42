package org.dateline.store;

import static org.dateline.store.ClusterRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dateline.dedup.EventCluster;
import org.dateline.model.Distance;
import org.dateline.model.EventModality;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CorpusStore#events}: each filter keeps what it should and drops the rest; filters combine with AND. */
class EventQueriesTest {
    private static final double KYIV_LAT = 50.4501;
    private static final double KYIV_LON = 30.5234;
    private static final String RUSSIA = "Military Forces of Russia";
    private static final String UKRAINE = "Military Forces of Ukraine";

    @TempDir
    static Path dir;
    private static CorpusStore store;

    @BeforeAll
    static void write() throws SQLException {
        Path file = dir.resolve("events.db");
        ClusterRows.write(file, List.of(
                row("kyiv").on("2024-03-01").actor1(RUSSIA, "STATE_FORCES").actor2("Civilians (Ukraine)", "CIVILIANS")
                        .at("Kyiv", KYIV_LAT, KYIV_LON, "UA", "Ukraine").sources(3, "CORROBORATED")
                        .text("Shelling hit a school near the railway station in Kyiv."),
                row("kharkiv").on("2024-03-02").kind("AIR_DRONE_STRIKE", "Explosions/Remote violence",
                                "Air/drone strike").actor1(RUSSIA, "STATE_FORCES")
                        .at("Kharkiv", 49.9935, 36.2304, "UA", "Ukraine").verification("CLAIMED")
                        .text("A drone struck a power plant, the governor said."),
                row("lviv").on("2024-03-03").kind("PEACEFUL_PROTEST", "Protests", "Peaceful protest")
                        .actor1("Protesters (Ukraine)", "PROTESTERS").at("Lviv", 49.8397, 24.0297, "UA", "Ukraine")
                        .sources(2, "CORROBORATED").text("Hundreds marched in Lviv."),
                row("talks").on("2024-03-04").kind("DIPLOMATIC_EVENT", "Strategic developments", "Diplomatic event")
                        .actor1("Volodymyr Zelensky", "PERSON")
                        .text("Zelensky met the Polish president in Warsaw."),
                row("bakhmut").on("2024-02-15").kind("ARMED_CLASH", "Battles", "Armed clash")
                        .actor1(UKRAINE, "STATE_FORCES").actor2(RUSSIA, "STATE_FORCES")
                        .at("Bakhmut", 48.5956, 38.0004, "UA", "Ukraine").sources(2, "CONTRADICTED")
                        .verification("NOT_VERIFIED").text("Fighting continued around Bakhmut, the army said."),
                row("irpin").on("2022-03-05").actor1(RUSSIA, "STATE_FORCES").at("Irpin", 50.5218, 30.2506, "UA",
                        "Ukraine").background().text("Irpin was shelled in March 2022."),
                row("brovary").on("2024-03-05").actor1(RUSSIA, "STATE_FORCES")
                        .at("Brovary", 50.5111, 30.7903, "UA", "Ukraine").text("Shelling hit Brovary."),
                // inside the bounding box of 30 km around Kyiv, but 38 km away
                row("corner").on("2024-03-06").at("Corner", 50.70, 30.90, "UA", "Ukraine")
                        .text("Shelling hit a village."),
                // what did not happen yet: background of its article, shown when its modality is asked for
                row("offensive").on("2024-03-07").kind("ARMED_CLASH", "Battles", "Armed clash")
                        .actor1(UKRAINE, "STATE_FORCES").at("Bakhmut", 48.5956, 38.0004, "UA", "Ukraine")
                        .modality("PLANNED").background().text("The army will launch an offensive near Bakhmut."),
                row("denied").on("2024-03-07").kind("ARMED_CLASH", "Battles", "Armed clash")
                        .actor1(RUSSIA, "STATE_FORCES").at("Kyiv", KYIV_LAT, KYIV_LON, "UA", "Ukraine")
                        .modality("NEGATED").background().text("The army did not attack Kyiv.")));
        store = CorpusStore.open(file);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> ids(EventFilter filter) {
        return store.events(filter).stream().map(MergedEvent::id).toList();
    }

    private static final EventFilter ALL = EventFilter.all();

    @Test
    void withoutFiltersEveryEventButBackgroundComesByDateThenId() {
        assertEquals(List.of("bakhmut", "kyiv", "kharkiv", "lviv", "talks", "brovary", "corner"), ids(ALL));
    }

    @Test
    void backgroundEventsComeOnlyWhenAskedFor() {
        assertEquals(List.of("irpin", "bakhmut", "kyiv", "kharkiv", "lviv", "talks", "brovary", "corner"),
                ids(ALL.withBackground(true)));
    }

    @Test
    void whatDidNotHappenComesOnlyWhenItsModalityIsAskedFor() {
        assertEquals(List.of("offensive"), ids(ALL.withModalities(Set.of(EventModality.PLANNED))));
        assertEquals(List.of("bakhmut", "offensive"), ids(ALL.withTypes(List.of("Battles"))
                .withModalities(Set.of(EventModality.ASSERTED, EventModality.PLANNED))));
        assertEquals(List.of("bakhmut", "denied", "offensive"), ids(ALL.withTypes(List.of("Battles"))
                .withModalities(EnumSet.allOf(EventModality.class))));
        assertEquals(ids(ALL), ids(ALL.withModalities(Set.of(EventModality.ASSERTED))));
        assertEquals(ids(ALL), ids(ALL.withModalities(Set.of())), "no modality means what happened");
    }

    @Test
    void aKindIsACodeAnEventTypeOrASubTypeInAnyCase() {
        assertEquals(List.of("kyiv", "brovary", "corner"), ids(ALL.withTypes(List.of("SHELLING"))));
        assertEquals(List.of("kyiv", "brovary", "corner"), ids(ALL.withTypes(List.of("shelling"))));
        assertEquals(List.of("bakhmut"), ids(ALL.withTypes(List.of("Battles"))));
        assertEquals(List.of("lviv"), ids(ALL.withTypes(List.of("peaceful protest"))));
        assertEquals(List.of("kyiv", "kharkiv", "brovary", "corner"),
                ids(ALL.withTypes(List.of("Explosions/Remote violence"))));
        assertEquals(List.of("bakhmut", "lviv"), ids(ALL.withTypes(List.of("Battles", "Protests"))));
        assertEquals(List.of(), ids(ALL.withTypes(List.of("Looting/property destruction"))));
    }

    @Test
    void anActorIsAPhraseOfAPartyName() {
        assertEquals(List.of("talks"), ids(ALL.withActor("Zelensky")));
        assertEquals(List.of("talks"), ids(ALL.withActor("volodymyr zelensky")));
        assertEquals(List.of("bakhmut"), ids(ALL.withActor(UKRAINE)));
        assertEquals(List.of("bakhmut", "kyiv", "kharkiv", "brovary"), ids(ALL.withActor("forces of Russia")));
        assertEquals(List.of(), ids(ALL.withActor("Russia forces")));
    }

    @Test
    void textNeedsEveryWordInAnyOrder() {
        assertEquals(List.of("kyiv"), ids(ALL.withText("station school")));
        assertEquals(List.of("kyiv", "brovary", "corner"), ids(ALL.withText("shelling HIT")));
        assertEquals(List.of(), ids(ALL.withText("school Lviv")));
    }

    @Test
    void nearKeepsTheCircleNotItsBoundingBox() {
        EventFilter.Near kyiv30 = new EventFilter.Near(KYIV_LAT, KYIV_LON, 30);
        assertTrue(Distance.km(KYIV_LAT, KYIV_LON, 50.70, 30.90) > 30);
        assertEquals(List.of("kyiv", "brovary"), ids(ALL.withNear(kyiv30)));
        assertEquals(List.of("irpin", "kyiv", "brovary"), ids(ALL.withNear(kyiv30).withBackground(true)));
        assertEquals(List.of("kyiv", "brovary", "corner"),
                ids(ALL.withNear(new EventFilter.Near(KYIV_LAT, KYIV_LON, 40))));
    }

    @Test
    void theRadiusIsInclusiveToTheMetre() {
        double toBrovary = Distance.km(KYIV_LAT, KYIV_LON, 50.5111, 30.7903);
        assertEquals(List.of("kyiv", "brovary"),
                ids(ALL.withNear(new EventFilter.Near(KYIV_LAT, KYIV_LON, toBrovary))));
        assertEquals(List.of("kyiv"),
                ids(ALL.withNear(new EventFilter.Near(KYIV_LAT, KYIV_LON, toBrovary - 0.001))));
    }

    @Test
    void aBoxKeepsWhatLiesInIt() {
        assertEquals(List.of("kharkiv"), ids(ALL.withBox(new EventFilter.Box(49.5, 50.5, 35.5, 37))));
        assertEquals(List.of("bakhmut", "kharkiv"), ids(ALL.withBox(new EventFilter.Box(48, 50.2, 35.5, 39))));
        assertEquals(List.of(), ids(ALL.withBox(new EventFilter.Box(0, 10, 0, 10))));
    }

    @Test
    void aViewHoldingMostEventsGivesTheSamePageWalkedInDateOrder() {
        // a page of a wide view is read by walking the events in order rather than through the R*Tree: same answer
        EventFilter.Box world = new EventFilter.Box(-90, 90, -180, 180);
        List<String> all = ids(ALL.withPage(100, 0));
        List<String> inView = ids(ALL.withBox(world).withPage(100, 0));
        assertTrue(inView.containsAll(List.of("kharkiv", "bakhmut", "kyiv")), inView.toString());
        assertEquals(all.stream().filter(inView::contains).toList(), inView, "in the list's order");
        assertEquals(inView.subList(1, 3), ids(ALL.withBox(world).withPage(2, 1)));
        List<String> newest = new ArrayList<>(inView);
        Collections.reverse(newest);
        assertEquals(newest.subList(0, 2), ids(ALL.withBox(world).withOrder(EventOrder.NEWEST).withPage(2, 0)));
    }

    @Test
    void aCircleAndABoxMustBothHold() {
        EventFilter near = ALL.withNear(new EventFilter.Near(KYIV_LAT, KYIV_LON, 40));
        assertEquals(List.of("brovary", "corner"), ids(near.withBox(new EventFilter.Box(50, 51, 30.6, 31))));
        assertEquals(List.of(), ids(near.withBox(new EventFilter.Box(49.5, 50.5, 35.5, 37))));
    }

    @Test
    void datesBoundTheFirstDayInclusively() {
        assertEquals(List.of("kharkiv", "lviv", "talks"),
                ids(ALL.withDates(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 4))));
        assertEquals(List.of("brovary", "corner"), ids(ALL.withDates(LocalDate.of(2024, 3, 5), null)));
        assertEquals(List.of("bakhmut"), ids(ALL.withDates(null, LocalDate.of(2024, 2, 29))));
        assertEquals(List.of(), ids(ALL.withDates(LocalDate.of(2025, 1, 1), null)));
    }

    @Test
    void minSourcesCountsIndependentSources() {
        assertEquals(List.of("bakhmut", "kyiv", "lviv"), ids(ALL.withMinSources(2)));
        assertEquals(List.of("kyiv"), ids(ALL.withMinSources(3)));
        assertEquals(List.of(), ids(ALL.withMinSources(4)));
        assertEquals(ids(ALL), ids(ALL.withMinSources(1)));
    }

    @Test
    void statusAndVerificationMatchExactly() {
        assertEquals(List.of("kyiv", "lviv"), ids(ALL.withStatus(EventCluster.Status.CORROBORATED)));
        assertEquals(List.of("bakhmut"), ids(ALL.withStatus(EventCluster.Status.CONTRADICTED)));
        assertEquals(List.of("kharkiv"), ids(ALL.withVerification(MergedEvent.Verification.CLAIMED)));
        assertEquals(List.of("bakhmut"), ids(ALL.withVerification(MergedEvent.Verification.NOT_VERIFIED)));
    }

    @Test
    void filtersCombineWithAnd() {
        EventFilter russiaShelling = ALL.withActor(RUSSIA).withTypes(List.of("SHELLING"));
        assertEquals(List.of("kyiv", "brovary"), ids(russiaShelling));
        assertEquals(List.of("kyiv"), ids(russiaShelling.withText("school")));
        assertEquals(List.of("kyiv"), ids(russiaShelling.withMinSources(2)));
        assertEquals(List.of("brovary"), ids(russiaShelling.withDates(LocalDate.of(2024, 3, 2), null)));
        assertEquals(List.of(), ids(russiaShelling.withNear(new EventFilter.Near(49.84, 24.03, 100))));
        assertEquals(List.of("kyiv"), ids(ALL.withNear(new EventFilter.Near(KYIV_LAT, KYIV_LON, 30))
                .withStatus(EventCluster.Status.CORROBORATED).withActor("Civilians")));
    }

    @Test
    void pagesAreDisjointAndTogetherGiveEveryEvent() {
        List<String> pages = new ArrayList<>();
        for (int offset = 0; offset < 10; offset += 3) {
            List<String> page = ids(ALL.withPage(3, offset));
            assertTrue(page.size() <= 3, page::toString);
            pages.addAll(page);
        }
        assertEquals(ids(ALL), pages);
        assertEquals(List.of("kyiv", "kharkiv"), ids(ALL.withActor("forces of Russia").withPage(2, 1)));
        assertEquals(List.of("brovary", "corner"), ids(ALL.withTypes(List.of("SHELLING")).withPage(5, 1)));
        assertEquals(List.of(), ids(ALL.withPage(5, 100)));
    }

    @Test
    void theTimelineCountsWhatEventsWouldListWhateverThePage() {
        Timeline all = store.timeline(ALL.withPage(1, 3));
        assertEquals(Timeline.Unit.DAY, all.unit());
        assertEquals(LocalDate.of(2024, 2, 15), all.bins().get(0).date());
        assertEquals(LocalDate.of(2024, 3, 6), all.bins().get(all.bins().size() - 1).date());
        assertEquals(ids(ALL.withPage(EventFilter.UNLIMITED, 0)).size(),
                all.bins().stream().mapToLong(Timeline.Bin::count).sum());
        for (EventFilter f : List.of(ALL.withTypes(List.of("SHELLING")), ALL.withActor(RUSSIA),
                ALL.withText("shelling").withDates(LocalDate.of(2024, 3, 2), null), ALL.withBackground(true),
                ALL.withNear(new EventFilter.Near(KYIV_LAT, KYIV_LON, 30)),
                ALL.withBox(new EventFilter.Box(49, 51, 30, 37)).withMinSources(2))) {
            Timeline t = store.timeline(f);
            List<String> days = store.events(f.withPage(EventFilter.UNLIMITED, 0)).stream()
                    .map(e -> e.date().from()).toList();
            for (Timeline.Bin bin : t.bins()) {
                LocalDate end = t.unit().next(bin.date());
                assertEquals(days.stream().map(LocalDate::parse)
                                .filter(d -> !d.isBefore(bin.date()) && d.isBefore(end)).count(), bin.count(),
                        f + " in the " + t.unit().label() + " of " + bin.date());
            }
            assertEquals(days.size(), t.bins().stream().mapToLong(Timeline.Bin::count).sum(), f.toString());
        }
        assertEquals(List.of(), store.timeline(ALL.withTypes(List.of("Looting/property destruction"))).bins());
    }

    @Test
    void ftsSyntaxInTheInputIsSearchedAsText() {
        for (String input : List.of("\"", "Zelensky\" OR \"Russia", "NEAR(a b)", "actors : Zelensky", "Zel*",
                "^Zelensky", "(", "-Russia", "AND", "OR NOT", "{actors text}: x", "'; DROP TABLE events; --",
                "a\u0000b", "Forces + of")) {
            if (FtsQuery.hasWords(input)) {
                store.events(ALL.withActor(input));
                store.events(ALL.withText(input));
            } else {
                assertThrows(IllegalArgumentException.class, () -> ALL.withText(input));
            }
        }
        assertEquals(List.of("talks"), ids(ALL.withActor("Zelensky\"")));
        assertEquals(List.of("talks"), ids(ALL.withActor("(Zelensky)")));
        assertEquals(List.of(), ids(ALL.withText("Zelensky OR Russia")));
        assertEquals(List.of(), ids(ALL.withText("Zel*")));
        assertEquals(List.of("talks"), ids(ALL.withText("\"Warsaw\" zelensky")));
        assertEquals(List.of(), ids(ALL.withText("\"Warsaw\" AND zelensky")));
    }

    @Test
    void theEventReadsBackWithAllItsFields() {
        MergedEvent kyiv = store.events(ALL.withActor("civilians")).get(0);
        assertEquals("kyiv", kyiv.id());
        assertEquals("SHELLING", kyiv.code());
        assertEquals(new MergedEvent.Actor(RUSSIA, "STATE_FORCES", null), kyiv.actor1());
        assertEquals(new MergedEvent.Actor("Civilians (Ukraine)", "CIVILIANS", null), kyiv.actor2());
        assertEquals("Kyiv", kyiv.place().name());
        assertEquals(KYIV_LAT, kyiv.place().lat());
        assertEquals("UA", kyiv.place().country());
        assertEquals("2024-03-01", kyiv.date().from());
        assertEquals(EventCluster.Status.CORROBORATED, kyiv.status());
        assertEquals(MergedEvent.Verification.REPORTED, kyiv.verification());
        assertEquals(3, kyiv.independentSources());
        assertEquals(List.of("Reuters"), kyiv.outlets());
        assertFalse(kyiv.background());
        assertTrue(kyiv.located());
        assertFalse(store.events(ALL.withActor("Zelensky")).get(0).located());
    }

    @Test
    void anExportStreamsWhatEventsReturns() {
        List<MergedEvent> streamed = new ArrayList<>();
        EventFilter filter = ALL.withTypes(List.of("SHELLING", "Battles")).withPage(EventFilter.UNLIMITED, 0);
        store.exportEvents(filter, streamed::add);
        assertEquals(store.events(filter), streamed);
        assertEquals(List.of("bakhmut", "kyiv", "brovary", "corner"), streamed.stream().map(MergedEvent::id).toList());
    }

    @Test
    void noQuerySortsItsMatches() throws SQLException {
        List<EventFilter> filters = List.of(ALL, ALL.withTypes(List.of("SHELLING")),
                ALL.withTypes(List.of("Battles", "Protests")), ALL.withActor(RUSSIA), ALL.withText("shelling"),
                ALL.withNear(new EventFilter.Near(KYIV_LAT, KYIV_LON, 30)),
                ALL.withDates(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 4)), ALL.withMinSources(2),
                ALL.withActor(RUSSIA).withNear(new EventFilter.Near(KYIV_LAT, KYIV_LON, 30))
                        .withDates(LocalDate.of(2024, 1, 1), null).withTypes(List.of("SHELLING", "Battles")));
        try (Connection c = CorpusStore.connect(dir.resolve("events.db"))) {
            QueryReader reader = new QueryReader(c);
            for (EventFilter f : filters) {
                List<String> plan = reader.plan(f);
                assertTrue(plan.stream().noneMatch(step -> step.contains("TEMP B-TREE")), f + ": " + plan);
            }
        }
    }

    @Test
    void aFilterSaysWhatIsWrongWithIt() {
        assertEquals("from 2024-03-02 is after to 2024-03-01", assertThrows(IllegalArgumentException.class,
                () -> ALL.withDates(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1))).getMessage());
        assertEquals("limit must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> ALL.withPage(0, 0)).getMessage());
        assertEquals("offset must be 0 or more, got -1",
                assertThrows(IllegalArgumentException.class, () -> ALL.withPage(5, -1)).getMessage());
        assertEquals("latitude must be in [-90, 90], got 91.0",
                assertThrows(IllegalArgumentException.class, () -> new EventFilter.Near(91, 0, 5)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new EventFilter.Near(0, 0, 0)).getMessage()
                .startsWith("radius must be more than 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new EventFilter.Box(1, 0, 0, 1)).getMessage()
                .startsWith("empty box"));
        assertEquals("minSources must be 0 or more, got -2",
                assertThrows(IllegalArgumentException.class, () -> ALL.withMinSources(-2)).getMessage());
        assertEquals("text has no letters or digits to search for: '*** \"'",
                assertThrows(IllegalArgumentException.class, () -> ALL.withText("*** \"")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ALL.withTypes(List.of(" "))).getMessage()
                .startsWith("an event type must not be blank"));
        assertEquals(ALL, ALL.withActor("  ").withText(null));
    }
}
