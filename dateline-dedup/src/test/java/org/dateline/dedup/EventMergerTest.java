package org.dateline.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dateline.model.Assertion;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.EventDate;
import org.dateline.model.EventPlace;
import org.dateline.model.Geo;
import org.junit.jupiter.api.Test;

class EventMergerTest {
    private static final String BATTLES = "Battles";
    private static final String UKRAINE = "Military Forces of Ukraine";
    private static final Geo BILOHORIVKA = geo(48.93, 38.24);
    private static final Geo NEAR_BILOHORIVKA = geo(48.96, 38.29);  // 5 km away
    private static final Geo SIVERSK = geo(48.87, 38.10);           // 12 km away
    private static final Geo KRAMATORSK = geo(48.72, 37.56);        // 54 km away
    private static final Geo KHARKIV = geo(49.99, 36.23);

    private final EventMerger merger = new EventMerger(EventMergeConfig.defaults());

    private static Geo geo(double lat, double lon) {
        return new Geo(null, "", lat, lon, "P", "PPL", "UA", "Ukraine", null, null, 1, 1.0);
    }

    private static EventActor actor(String name, String country, String category) {
        return new EventActor(name, name, null, category, country, null);
    }

    private static EventDate day(String iso) {
        return new EventDate(iso, iso, iso, 1, false, null, "TEXT");
    }

    /** A report of Ukrainian forces retaking a place, published on 19 September 2022. */
    private static Builder report(String articleId, String storyId) {
        return new Builder(articleId, storyId);
    }

    private static final class Builder {
        private final String articleId;
        private final String storyId;
        private String type = BATTLES;
        private String code = "ARMED_CLASH";
        private EventActor actor1 = actor(UKRAINE, "Ukraine", "STATE_FORCES");
        private Geo geo = BILOHORIVKA;
        private int geoPrecision = 1;
        private EventDate date = day("2022-09-19");
        private String modality = "ASSERTED";
        private String id = "e1";
        private String placeName = "place";

        Builder(String articleId, String storyId) {
            this.articleId = articleId;
            this.storyId = storyId;
        }

        Builder type(String type, String code) {
            this.type = type;
            this.code = code;
            return this;
        }

        Builder actor1(EventActor actor1) {
            this.actor1 = actor1;
            return this;
        }

        Builder place(Geo geo, int geoPrecision) {
            this.geo = geo;
            this.geoPrecision = geoPrecision;
            return this;
        }

        Builder date(EventDate date) {
            this.date = date;
            return this;
        }

        Builder modality(String modality) {
            this.modality = modality;
            return this;
        }

        Builder id(String id, String placeName) {
            this.id = id;
            this.placeName = placeName;
            return this;
        }

        EventReport build() {
            EventPlace place = geo == null ? null : new EventPlace(null, placeName, geo, geoPrecision, "TEXT");
            Event event = new Event(id, type, "Armed clash", code, "retook", null, actor1, null, place, date,
                    List.of(), new Assertion("outlet", null, "OUTLET", null), "REPORTED", modality, false, null, 0.9, 0, 10,
                    0, List.of());
            return new EventReport(articleId, storyId, "outlet-" + articleId, LocalDate.of(2022, 9, 19), event);
        }
    }

    private List<EventCluster> merge(Builder... reports) {
        return merger.merge(java.util.Arrays.stream(reports).map(Builder::build).toList());
    }

    @Test
    void oneEventReportedByTwoOutletsInTheirOwnStoriesIsCorroborated() {
        List<EventCluster> clusters = merge(report("reuters-1", "reuters-1"),
                report("ap-7", "ap-7").place(NEAR_BILOHORIVKA, 1));
        assertEquals(1, clusters.size());
        EventCluster cluster = clusters.get(0);
        assertEquals(2, cluster.independentSources());
        assertEquals(EventCluster.Status.CORROBORATED, cluster.status());
        assertEquals("ap-7#e1", cluster.id());
        assertEquals(cluster.earliest(), cluster.reports().get(0));
    }

    @Test
    void twoCopiesOfOneWireStoryAreOneSource() {
        List<EventCluster> clusters = merge(report("reuters-1", "reuters-1"), report("local-3", "reuters-1"));
        assertEquals(1, clusters.size());
        assertEquals(1, clusters.get(0).independentSources());
        assertEquals(EventCluster.Status.SINGLE_SOURCE, clusters.get(0).status());
    }

    @Test
    void eventsFarApartAreSeparate() {
        assertEquals(2, merge(report("a", "a"), report("b", "b").place(KHARKIV, 1)).size());
    }

    @Test
    void theAllowedDistanceFollowsTheLessPreciseGeoPrecision() {
        assertEquals(2, merge(report("a", "a"), report("b", "b").place(SIVERSK, 1)).size());
        assertEquals(1, merge(report("a", "a"), report("b", "b").place(SIVERSK, 2)).size());
        assertEquals(2, merge(report("a", "a"), report("b", "b").place(KRAMATORSK, 2)).size());
        assertEquals(1, merge(report("a", "a"), report("b", "b").place(KRAMATORSK, 3)).size());
    }

    @Test
    void eventsInDifferentWeeksAreSeparate() {
        assertEquals(2, merge(report("a", "a"), report("b", "b").date(day("2022-09-27"))).size());
    }

    @Test
    void dayDatesOneDayApartMayBeOneEvent() {
        assertEquals(1, merge(report("a", "a"), report("b", "b").date(day("2022-09-20"))).size());
        assertEquals(2, merge(report("a", "a"), report("b", "b").date(day("2022-09-22"))).size());
    }

    @Test
    void aWeekDateOverlapsTheDaysOfItsWeek() {
        EventDate weekend = new EventDate("2022-W37-WE", "2022-09-17", "2022-09-18", 2, false, null, "TEXT");
        assertEquals(1, merge(report("a", "a").date(day("2022-09-17")), report("b", "b").date(weekend)).size());
    }

    @Test
    void anOnOrBeforeDateReachesBackThreeDays() {
        EventDate reported = new EventDate("2022-09-23", "2022-09-23", "2022-09-23", 1, true, null, "PUBLICATION");
        EventDate notBefore = new EventDate("2022-09-23", "2022-09-23", "2022-09-23", 1, false, null, "TEXT");
        assertEquals(1, merge(report("a", "a"), report("b", "b").date(reported)).size());
        assertEquals(2, merge(report("a", "a"), report("b", "b").date(notBefore)).size());
    }

    @Test
    void eventsOfDifferentTypesAreSeparate() {
        assertEquals(2, merge(report("a", "a"),
                report("b", "b").type("Explosions/Remote violence", "SHELLING_ARTILLERY_MISSILE_ATTACK")).size());
    }

    @Test
    void strategicDevelopmentsNeedTheSameCode() {
        String sd = "Strategic developments";
        assertEquals(2, merge(report("a", "a").type(sd, "GOV_REGAINS_TERRITORY"),
                report("b", "b").type(sd, "AGREEMENT")).size());
        assertEquals(1, merge(report("a", "a").type(sd, "GOV_REGAINS_TERRITORY"),
                report("b", "b").type(sd, "GOV_REGAINS_TERRITORY")).size());
    }

    @Test
    void actorsMustBeCompatible() {
        EventActor ukraine = actor("Ukrainian armed forces", "Ukraine", "STATE_FORCES");
        EventActor russia = actor("Military Forces of Russia", "Russia", "STATE_FORCES");
        assertEquals(1, merge(report("a", "a"), report("b", "b").actor1(ukraine)).size());
        assertEquals(1, merge(report("a", "a"), report("b", "b").actor1(null)).size());
        assertEquals(2, merge(report("a", "a"), report("b", "b").actor1(russia)).size());
    }

    @Test
    void withoutPlacesOnlyTheSameNamedActorMakesOneEvent() {
        EventActor ukraine = actor("Ukrainian armed forces", "Ukraine", "STATE_FORCES");
        assertEquals(1, merge(report("a", "a").place(null, 0), report("b", "b").place(null, 0)).size());
        assertEquals(2, merge(report("a", "a").place(null, 0), report("b", "b").place(null, 0).actor1(ukraine))
                .size());
        assertEquals(2, merge(report("a", "a").place(null, 0), report("b", "b").actor1(null)).size());
    }

    @Test
    void aDenialOfAReportedEventContradictsIt() {
        List<EventCluster> clusters = merge(report("a", "a"), report("b", "b").modality("NEGATED"));
        assertEquals(1, clusters.size());
        assertEquals(EventCluster.Status.CONTRADICTED, clusters.get(0).status());
    }

    @Test
    void aReportGivenTwiceIsAnError() {
        EventReport a = report("a", "a").build();
        assertThrows(IllegalArgumentException.class, () -> merger.merge(List.of(a, a)));
    }

    @Test
    void distancesMustGrowWithGeoPrecision() {
        assertThrows(IllegalArgumentException.class, () -> new EventMergeConfig(25, 10, 100, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> new EventMergeConfig(10, 25, 100, -1, 1));
    }

    @Property(tries = 100)
    void theClustersDoNotDependOnTheOrderOfTheReports(@ForAll Random random) {
        List<EventReport> reports = List.of(report("a", "s1").build(), report("b", "s1").build(),
                report("c", "s2").place(NEAR_BILOHORIVKA, 1).build(), report("d", "s3").place(SIVERSK, 1).build(),
                report("e", "s4").place(KHARKIV, 1).build(), report("f", "s5").place(SIVERSK, 2).build(),
                report("g", "s6").date(day("2022-09-27")).build(), report("h", "s7").modality("NEGATED").build(),
                report("i", "s8").type("Explosions/Remote violence", "AIR_DRONE_STRIKE").build());
        List<EventCluster> expected = merger.merge(reports);
        List<EventReport> shuffled = new ArrayList<>(reports);
        Collections.shuffle(shuffled, random);
        assertEquals(expected, merger.merge(shuffled));
    }

    @Test
    void eventsOfOneArticleAreOneOnlyWhenTheyRepeatEachOther() {
        assertEquals(1, merge(report("a", "a"), report("a", "a").id("e2", "place")).size());
        assertEquals(2, merge(report("a", "a"), report("a", "a").id("e2", "Siversk").place(SIVERSK, 1)).size());
        assertEquals(2, merge(report("a", "a"), report("a", "a").id("e2", "place").modality("PLANNED")).size());
    }

    @Test
    void theFirstReportIsTheFirstMentionOfTheEarliestArticle() {
        EventCluster c = merge(report("b", "b"), report("a", "a").id("e10", "place"), report("a", "a")).get(0);
        assertEquals("a#e1", c.id(), "article a before b; within it, same start, so the key decides");
    }

    @Test
    void nearReportsDoNotChainIntoOneEvent() {
        // each 8 km from the next: the middle one matches both, the outer two are 16 km apart
        List<EventCluster> clusters = merge(report("a", "a"), report("b", "b").place(geo(48.93, 38.35), 1),
                report("c", "c").place(geo(48.93, 38.46), 1));
        assertEquals(List.of(List.of("a", "b"), List.of("c")), clusters.stream()
                .map(c -> c.reports().stream().map(EventReport::articleId).toList()).toList());
    }

    @Test
    void aPlaceKnownOnlyFromTheDatelineNeedsTheSameNamedActor() {
        EventPlace dateline = new EventPlace(null, "Kyiv", BILOHORIVKA, 1, "DATELINE");
        EventReport a = withPlace(report("a", "a").build(), dateline);
        EventReport b = withPlace(report("b", "b").actor1(null).build(), dateline);
        EventReport c = withPlace(report("c", "c").build(), dateline);
        assertEquals(2, merger.merge(List.of(a, b)).size(), "no actor: the reporting place alone is no evidence");
        assertEquals(1, merger.merge(List.of(a, c)).size(), "the same actor");
    }

    @Test
    void pronounsAndCommonNounsNameNoActor() {
        EventActor they = actor("they", null, null);
        assertEquals(2, merge(report("a", "a").actor1(they).place(null, 1),
                report("b", "b").actor1(they).place(null, 1)).size());
        assertEquals(1, merge(report("a", "a").actor1(they), report("b", "b")).size(), "unnamed is compatible");
    }

    private static EventReport withPlace(EventReport r, EventPlace place) {
        Event e = r.event();
        return new EventReport(r.articleId(), r.storyId(), r.outlet(), r.published(), new Event(e.id(), e.type(),
                e.subtype(), e.code(), e.trigger(), e.triggerSpan(), e.actor1(), e.actor2(), place, e.date(),
                e.counts(), e.assertor(), e.status(), e.modality(), e.background(), null, e.confidence(), e.start(),
                e.end(), e.sentence(), List.of()));
    }

    /** Every report of a cluster matches the cluster's first report (by first day), so clusters cannot chain. */
    @Property(tries = 60)
    void everyReportMatchesItsClustersFirstReport(@ForAll Random random) {
        List<EventReport> reports = randomReports(random, 40);
        SameEventRule rule = new SameEventRule(EventMergeConfig.defaults());
        List<EventCluster> clusters = merger.merge(reports);
        assertEquals(reports.size(), clusters.stream().mapToInt(c -> c.reports().size()).sum());
        for (EventCluster c : clusters) {
            EventReport first = c.reports().stream().min(Comparator.comparing((EventReport r) -> rule.days(r).first())
                    .thenComparing(EventReport.EARLIEST)).orElseThrow();
            for (EventReport r : c.reports()) {
                assertTrue(r == first || rule.test(first, r), () -> r.key() + " does not match " + first.key());
            }
        }
    }

    /**
     * Merging the reports after a point of the merge's order onto the groups formed before it (what a store does with
     * a new article) gives the clusters of merging them all at once, wherever the point falls.
     */
    @Property(tries = 100)
    void continuingAMergeGivesTheMergeOfAll(@ForAll Random random) {
        List<EventReport> reports = new ArrayList<>(randomReports(random, 40));
        reports.sort(merger.order());
        int cut = random.nextInt(reports.size() + 1);
        List<EventReport> before = reports.subList(0, cut);
        List<EventReport> after = new ArrayList<>(reports.subList(cut, reports.size()));
        Collections.shuffle(after, random);
        List<List<EventReport>> groups = new ArrayList<>(merger.merge(before).stream()
                .map(EventCluster::reports).toList());
        Collections.shuffle(groups, random);
        assertEquals(merger.merge(reports), merger.mergeAfter(groups, after));
    }

    private static List<EventReport> randomReports(Random random, int count) {
        Geo[] places = {BILOHORIVKA, NEAR_BILOHORIVKA, SIVERSK, KRAMATORSK, KHARKIV};
        List<EventReport> reports = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            LocalDate d = LocalDate.of(2022, 9, 1).plusDays(random.nextInt(60));
            EventDate date = random.nextInt(4) == 0
                    ? new EventDate(d.toString().substring(0, 7), d.withDayOfMonth(1).toString(),
                            d.withDayOfMonth(d.lengthOfMonth()).toString(), 3, false, null, "TEXT")
                    : new EventDate(d.toString(), d.toString(), d.toString(), 1, random.nextBoolean(), null, "TEXT");
            Builder b = report("a" + i, "s" + random.nextInt(30)).date(date)
                    .place(places[random.nextInt(places.length)], 1 + random.nextInt(3));
            if (random.nextInt(5) == 0) {
                b.type("Explosions/Remote violence", "SHELLING");
            }
            reports.add(b.build());
        }
        return reports;
    }
}
