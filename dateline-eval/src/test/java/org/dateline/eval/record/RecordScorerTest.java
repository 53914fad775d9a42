package org.dateline.eval.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dateline.eval.Report;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Assertion;
import org.dateline.model.BackgroundReason;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.EventCount;
import org.dateline.model.EventDate;
import org.dateline.model.EventPlace;
import org.dateline.model.Geo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matching rules of realnews/README.md on small records written for this test. */
class RecordScorerTest {
    private static final String TEXT = "An air strike hit a school in Ostrava on Tuesday, killing seven people. "
            + "The strike wounded 15 more, the agency said. Reuters could not verify the toll. "
            + "Thousands have died in the war.";
    private static final int S1 = TEXT.indexOf("The strike");
    private static final int S2 = TEXT.indexOf("Reuters");
    private static final int S3 = TEXT.indexOf("Thousands");

    @TempDir
    Path dir;

    private static GoldEvent strike(boolean optional) {
        return new GoldEvent("Explosions/Remote violence", "Air/drone strike", List.of(), "Military Forces of X",
                List.of("x forces"), "Ostrava", 50.0, 18.0, 10, DateRange.parse("2023-05-09"), 7, List.of(),
                "the agency", List.of("agency"), true, optional, List.of("hit a school in ostrava"));
    }

    private static Event event(String id, String type, String subtype, int start, int end, boolean background,
                               double lat, String from, List<EventCount> counts, String assertor, String status) {
        Geo geo = new Geo(1L, "Ostrava", lat, 18.0, "P", "PPL", "CZ", "Czechia", null, null, 1, 0.9);
        return new Event(id, type, subtype, "AIR_DRONE_STRIKE", "strike", null,
                new EventActor("X Forces", "X forces", null, "STATE_FORCES", "X", null), null,
                new EventPlace("p1", "Ostrava", geo, 1, "TEXT"), new EventDate(from, from, from, 1, false, null, "TEXT"),
                counts, new Assertion(assertor, null, assertor == null ? "OUTLET" : "ORGANIZATION", null), status,
                "ASSERTED", background, background ? BackgroundReason.AGGREGATE : null, 0.9, start, end, 0, List.of());
    }

    private static AnalyzedArticle record(List<Event> events) {
        return new AnalyzedArticle(AnalyzedArticle.SCHEMA, Article.of(LocalDate.parse("2023-05-10"), null, null, null,
                null, TEXT), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), events);
    }

    private static GoldReport gold(List<GoldEvent> events) {
        return new GoldReport(Path.of("articles/a.txt"), events, List.of(), List.of(), Set.of("CZ"));
    }

    private static Report score(GoldReport gold, AnalyzedArticle r) {
        return RecordsEvaluation.evaluate(List.of(gold), g -> r, 1, true);
    }

    @Test
    void aRecordCarryingTheAnchorIsAcceptedAndItsFieldsAreScored() {
        Event e = event("ev1", "Explosions/Remote violence", "Air/drone strike", 0, S1, false, 50.1, "2023-05-09",
                List.of(new EventCount("FATALITIES", 7, "seven people", null)), "the agency", "NOT_VERIFIED");
        Report r = score(gold(List.of(strike(false))), record(List.of(e)));
        assertEquals(1.0, r.value("precision"));
        assertEquals(1.0, r.value("recall"));
        assertEquals(1.0, r.value("whole-record"));
        assertEquals(1.0, r.value("place"));
        assertEquals(1.0, r.value("actor1"));
        assertEquals(1.0, r.value("fatalities"));
        assertEquals(1.0, r.value("assertor"));
        assertEquals(1.0, r.value("not-verified"));
    }

    @Test
    void aSecondRecordOfTheSameIncidentIsARepeatAndAnUnanchoredOneIsFalse() {
        Event first = event("ev1", "Explosions/Remote violence", "Air/drone strike", 0, S2, false, 50.0,
                "2023-05-09", List.of(), null, "REPORTED");
        Event again = event("ev2", "Explosions/Remote violence", "Air/drone strike", 0, S1, false, 50.0,
                "2023-05-09", List.of(), null, "REPORTED");
        Event other = event("ev3", "Battles", "Armed clash", S1, S2, false, 50.0, "2023-05-09", List.of(), null,
                "REPORTED");
        Report r = score(gold(List.of(strike(false))), record(List.of(first, again, other)));
        assertEquals(3, r.value("records"));
        assertEquals(1, r.value("duplicates"));
        assertEquals(1, r.value("false"));
        assertEquals(1.0 / 3, r.value("precision"), 1e-9);
        assertEquals(0.0, r.value("not-verified"), "REPORTED where the gold says not verified");
    }

    @Test
    void backgroundEventsAreNoRecordsAndAMissCarriedOnlyByOneIsCounted() {
        Event tally = event("ev1", "Explosions/Remote violence", "Air/drone strike", 0, TEXT.length(), true, 50.0,
                "2023-05-09", List.of(), null, "REPORTED");
        Report r = score(gold(List.of(strike(false))), record(List.of(tally)));
        assertEquals(0, r.value("records"));
        assertEquals(1, r.value("missed-as-background"));
        assertEquals(0.0, r.value("recall"));
    }

    @Test
    void aWrongFamilyIsRealButMistypedAndAFarPointIsAWrongPlace() {
        Event e = event("ev1", "Battles", "Armed clash", 0, S1, false, 52.0, "2023-05-12", List.of(), null,
                "REPORTED");
        Report r = score(gold(List.of(strike(false))), record(List.of(e)));
        assertEquals(1, r.value("mistyped"));
        assertEquals(0.0, r.value("recall"));
        assertEquals(0.0, r.value("place"));
        assertEquals(0.0, r.value("date-recall"));
    }

    @Test
    void requiredEventsChooseBeforeOptionalOnes() {
        GoldEvent optional = new GoldEvent("Explosions/Remote violence", "Air/drone strike", List.of(), "X",
                List.of("x"), "Ostrava", 50.0, 18.0, 10, DateRange.parse("2023-05"), null, List.of(), "outlet",
                List.of("outlet"), false, true, List.of("hit a school"));
        Event e = event("ev1", "Explosions/Remote violence", "Air/drone strike", 0, S1, false, 50.0, "2023-05-09",
                List.of(), null, "REPORTED");
        Report r = score(gold(List.of(optional, strike(false))), record(List.of(e)));
        assertEquals(1.0, r.value("recall"), "the required event took the only candidate");
    }

    @Test
    void extraKindsMatchTheirShortLowerCaseNames() {
        GoldEvent gold = new GoldEvent("Strategic developments", "displacement", List.of(), "X", List.of("x"), "O",
                null, null, 0, DateRange.parse("2023-05-09/2023-05-10"), null, List.of(), "outlet", List.of("outlet"),
                false, false, List.of("x"));
        Event e = new Event("ev1", "Strategic developments", "Displacement of people", "DISPLACEMENT", "fled", null,
                null, null, null, new EventDate("2023-05-10", "2023-05-10", "2023-05-10", 1, true, null, "PUBLICATION"),
                List.of(), new Assertion(null, null, "OUTLET", null), "REPORTED", "ASSERTED", false, null, 0.5, 0, 5, 0,
                List.of());
        assertTrue(RecordScorer.subtypeRight(gold, e));
        assertTrue(RecordScorer.dateRight(gold, e));
        assertTrue(RecordScorer.assertorRight(gold, e));
    }

    @Test
    void placeNamesMatchWithoutKindWordsOrParentheses() {
        assertTrue(RecordScorer.forms("Belgorod region").contains("belgorod"));
        assertTrue(RecordScorer.forms("Chuhuiv (Kharkiv Oblast)").contains("chuhuiv"));
    }

    @Test
    void aBadGoldLineIsAnErrorNamingTheFileAndLine() throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles/a.txt"), "date 2023-05-10 Text.");
        ObjectMapper json = new ObjectMapper();
        String good = json.writeValueAsString(json.createObjectNode().put("file", "a.txt"));
        Files.write(dir.resolve("gold.jsonl"), List.of(good, "{\"file\": \"missing.txt\"}"));
        IOException e = assertThrows(IOException.class, () -> RealNewsGold.read(dir));
        assertTrue(e.getMessage().contains("gold.jsonl line 2") && e.getMessage().contains("missing.txt"),
                e::getMessage);
        Files.write(dir.resolve("gold.jsonl"), List.of(good, "{not json"));
        e = assertThrows(IOException.class, () -> RealNewsGold.read(dir));
        assertTrue(e.getMessage().contains("line 2: not JSON"), e::getMessage);
        Files.write(dir.resolve("gold.jsonl"), List.of(good));
        assertEquals(1, RealNewsGold.read(dir).size());
    }

    @Test
    void theHalvesSplitTheSetByPosition() {
        List<GoldReport> all = List.of(gold(List.of()), gold(List.of()), gold(List.of()));
        assertEquals(2, RecordsEvaluation.Part.DEV.of(all).size());
        assertEquals(1, RecordsEvaluation.Part.ASIDE.of(all).size());
        assertEquals(3, RecordsEvaluation.Part.ALL.of(all).size());
    }
}
