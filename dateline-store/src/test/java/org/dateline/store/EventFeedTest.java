package org.dateline.store;

import static org.dateline.store.ClusterRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's feed over merged events: orders (newest, most fatalities, most sources), the filters by country,
 * first-level area, actor pair and fatalities, and the summary whose totals and facets the page's counts come from.
 */
class EventFeedTest {
    private static final String RUSSIA = "Military Forces of Russia";
    private static final String UKRAINE = "Military Forces of Ukraine";
    private static final String CIVILIANS = "Civilians (Ukraine)";

    @TempDir
    static Path dir;
    private static CorpusStore store;

    @BeforeAll
    static void write() throws SQLException {
        Path file = dir.resolve("feed.db");
        ClusterRows.write(file, List.of(
                row("kharkiv").on("2024-03-01").actor1(RUSSIA, "STATE_FORCES").actor2(CIVILIANS, "CIVILIANS")
                        .at("Kharkiv", 49.99, 36.23, "UA", "Ukraine").admin1("Kharkivska").fatalities(3)
                        .sources(2, "CORROBORATED").text("Shelling killed three people in Kharkiv."),
                row("izium").on("2024-03-03").actor1(RUSSIA, "STATE_FORCES").actor2(CIVILIANS, "CIVILIANS")
                        .at("Izium", 49.21, 37.25, "UA", "Ukraine").admin1("Kharkivska").fatalities(12)
                        .text("Shelling killed twelve people in Izium."),
                row("bakhmut").on("2024-03-02").kind("ARMED_CLASH", "Battles", "Armed clash")
                        .actor1(UKRAINE, "STATE_FORCES").actor2(RUSSIA, "STATE_FORCES")
                        .at("Bakhmut", 48.60, 38.00, "UA", "Ukraine").admin1("Donetska").sources(3, "CORROBORATED")
                        .text("Fighting went on around Bakhmut."),
                row("belgorod").on("2024-03-04").kind("AIR_DRONE_STRIKE", "Explosions/Remote violence",
                                "Air/drone strike").actor1(UKRAINE, "STATE_FORCES")
                        .at("Belgorod", 50.60, 36.59, "RU", "Russia").admin1("Belgorod Oblast").fatalities(1)
                        .text("A drone hit Belgorod."),
                row("talks").on("2024-03-05").kind("DIPLOMATIC_EVENT", "Strategic developments", "Diplomatic event")
                        .actor1("Volodymyr Zelensky", "PERSON").text("Zelensky met the Polish president.")));
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
    void aFeedRunsNewestFirstAndSortsByFatalitiesOrSources() {
        assertEquals(List.of("kharkiv", "bakhmut", "izium", "belgorod", "talks"), ids(ALL));
        assertEquals(List.of("talks", "belgorod", "izium", "bakhmut", "kharkiv"),
                ids(ALL.withOrder(EventOrder.NEWEST)));
        assertEquals(List.of("izium", "kharkiv", "belgorod", "talks", "bakhmut"),
                ids(ALL.withOrder(EventOrder.FATALITIES)), "no figure last, newest first among equals");
        assertEquals(List.of("bakhmut", "kharkiv", "talks", "belgorod", "izium"),
                ids(ALL.withOrder(EventOrder.SOURCES)));
        assertEquals(List.of("belgorod", "izium"), ids(ALL.withOrder(EventOrder.NEWEST).withPage(2, 1)));
        assertEquals(List.of("izium", "kharkiv"), ids(ALL.withOrder(EventOrder.NEWEST).withText("shelling killed")),
                "with a text filter the full-text index drives the order");
    }

    @Test
    void anOrderIsNamedInAnyCaseAndAnUnknownOneListsTheChoices() {
        assertEquals(EventOrder.NEWEST, EventOrder.of(" Newest"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventOrder.of("latest"));
        assertEquals("unknown order 'latest'; one of [oldest, newest, fatalities, sources]", e.getMessage());
    }

    @Test
    void countryAreaActorsAndFatalitiesNarrowTheEvents() {
        assertEquals(List.of("belgorod"), ids(ALL.withCountries(Set.of("ru"))));
        assertEquals(List.of("kharkiv", "bakhmut", "izium", "belgorod"), ids(ALL.withCountries(Set.of("UA", "RU"))));
        assertEquals(List.of("kharkiv", "izium"), ids(ALL.withAdmin1("kharkivska")));
        assertEquals(List.of(), ids(ALL.withAdmin1("Kharkiv")), "an area is named whole");
        assertEquals(List.of("kharkiv", "izium"), ids(ALL.withActors("forces of russia", "civilians")));
        assertEquals(List.of("bakhmut", "belgorod"), ids(ALL.withActors("Ukraine", null)));
        assertEquals(List.of("bakhmut"), ids(ALL.withActors(null, RUSSIA)));
        assertEquals(List.of(), ids(ALL.withActors("100%_", null)), "LIKE's wildcards are taken as text");
        assertEquals(List.of("kharkiv", "izium"), ids(ALL.withMinFatalities(3)));
        assertEquals(List.of("izium"), ids(ALL.withMinFatalities(3).withCountries(Set.of("UA"))
                .withOrder(EventOrder.FATALITIES).withPage(1, 0)));
        assertThrows(IllegalArgumentException.class, () -> ALL.withCountries(Set.of("Ukraine")));
        assertThrows(IllegalArgumentException.class, () -> ALL.withMinFatalities(-1));
    }

    @Test
    void theSummaryCountsWhatTheFilterSelectsAndEachFacetWithoutItsOwnChoice() {
        EventFilter ukraineKills = ALL.withCountries(Set.of("UA")).withTypes(List.of("SHELLING"));
        EventSummary s = store.summary(ukraineKills);
        assertEquals(2, s.events());
        assertEquals(2, s.located());
        assertEquals("2024-03-01", s.firstDate());
        assertEquals("2024-03-03", s.lastDate());
        assertEquals(store.events(ukraineKills.withPage(EventFilter.UNLIMITED, 0)).size(), s.events());
        // the kinds are counted without the filter's types, the countries without its countries
        assertEquals(Map.of("SHELLING", 2L, "ARMED_CLASH", 1L), s.kinds().stream()
                .collect(Collectors.toMap(CorpusStats.KindCount::code, CorpusStats.KindCount::count)));
        assertEquals(List.of(new EventSummary.CountryCount("UA", "Ukraine", 2)), s.countries());
        assertEquals(List.of(new EventSummary.AreaCount("UA", "Kharkivska", 2)), s.areas());
        assertEquals(List.of(new EventSummary.ActorCount(RUSSIA, 2)), s.actors1());
        assertEquals(List.of(new EventSummary.ActorCount(CIVILIANS, 2)), s.actors2());

        EventSummary all = store.summary(ALL);
        assertEquals(5, all.events());
        assertEquals(4, all.located(), "the talks have no place");
        assertEquals(all.events(), all.kinds().stream().mapToLong(CorpusStats.KindCount::count).sum());
        assertEquals(List.of("UA", "RU"), all.countries().stream().map(EventSummary.CountryCount::code).toList());

        EventSummary none = store.summary(ALL.withTypes(List.of("Riots")));
        assertEquals(0, none.events());
        assertEquals(null, none.firstDate());
        assertEquals(4, none.kinds().size(), "the kinds to choose from stay listed");
    }

    @Test
    void theTimelineCountsEachDayByEventType() {
        Timeline t = store.timeline(ALL);
        assertEquals(Map.of("Explosions/Remote violence", 1L), t.bins().get(0).types());
        long battles = t.bins().stream().mapToLong(b -> b.types().getOrDefault("Battles", 0L)).sum();
        assertEquals(1, battles);
        for (Timeline.Bin b : t.bins()) {
            assertEquals(b.count(), b.types().values().stream().mapToLong(Long::longValue).sum(), b.toString());
        }
    }
}
