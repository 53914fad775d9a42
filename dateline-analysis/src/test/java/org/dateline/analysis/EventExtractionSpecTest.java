package org.dateline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** Events end to end over the CoreNLP parse: kinds, parties, places, dates, counts, assertors and statuses. */
class EventExtractionSpecTest {

    private static Event only(AnalyzedArticle r, String code) {
        List<Event> es = r.events().stream().filter(e -> e.code().equals(code)).toList();
        assertEquals(1, es.size(), () -> "events of kind " + code + " in " + r.events());
        return es.get(0);
    }

    @Test
    void officialsClaimOfRetakenVillageIsNotVerifiedWhenTheOutletSaysSo() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "Colonel Ivan Marek, governor of the Dravo region, "
                + "said Moldovan troops had recaptured the village of Ostrava. "
                + "Reuters could not independently verify either side's battlefield reports.");
        Event e = only(r, "GOV_REGAINS_TERRITORY");
        assertEquals("Battles", e.type());
        assertEquals("Government regains territory", e.subtype());
        assertEquals("Military Forces of Moldova", e.actor1().name());
        assertEquals("STATE_FORCES", e.actor1().category());
        assertEquals("Ostrava", e.place().name());
        assertEquals("Ivan Marek", e.assertor().name());
        assertEquals("OFFICIAL", e.assertor().kind());
        assertEquals("NOT_VERIFIED", e.status());
        assertTrue(e.date().onOrBefore());
        assertEquals("2023-05-10", e.date().value());
        assertFalse(e.background());
    }

    @Test
    void weekendGivesWeekPrecisionWithItsTwoDays() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "The army said soldiers had crossed the Varta River "
                + "over the weekend.");
        Event e = only(r, "TROOP_MOVEMENT");
        assertEquals(2, e.date().precision());
        assertEquals("2023-05-06", e.date().from());
        assertEquals("2023-05-07", e.date().to());
        assertFalse(e.date().onOrBefore());
        assertEquals("PARTY", e.assertor().kind());
        assertEquals("CLAIMED", e.status());
    }

    @Test
    void warplanesMakeAnAirStrikeAndItsToll() {
        AnalyzedArticle r = TestPipeline.analyze("2021-03-02", "Warplanes pounded the village of Tell Hamra on "
                + "Monday, killing 6 civilians.");
        Event e = only(r, "AIR_DRONE_STRIKE");
        assertEquals("2021-03-01", e.date().value());
        assertEquals(1, e.date().precision());
        assertTrue(e.counts().stream().anyMatch(c -> c.kind().equals("FATALITIES") && c.value() == 6.0),
                () -> e.counts().toString());
        assertEquals("OUTLET", e.assertor().kind());
        assertEquals("REPORTED", e.status());
    }

    @Test
    void whatIsRecalledFromMonthsAgoIsBackground() {
        AnalyzedArticle r = TestPipeline.analyze("2022-09-20", "Further east lies Dravo, fully in rebel hands since "
                + "March.");
        Event e = only(r, "NON_STATE_OVERTAKES_TERRITORY");
        assertTrue(e.background());
        assertEquals("2022-03", e.date().value());
        assertEquals(3, e.date().precision());
    }

    @Test
    void anAnnouncedAppealIsPlannedAndAttributedToItsSpeaker() {
        AnalyzedArticle r = TestPipeline.analyze("2022-09-20", "The president said he would use a speech to the "
                + "Security Council on Thursday to call on countries to send more weapons and aid.");
        Event e = only(r, "APPEAL");
        assertEquals("PLANNED", e.modality());
        assertEquals("2022-09-22", e.date().value());
        assertNotNull(e.assertor().via());
    }

    @Test
    void negatedAndHedgedEventsSaySo() {
        AnalyzedArticle r = TestPipeline.analyze("2022-09-20", "The rebels did not attack the convoy. "
                + "Officials warned of a potential attack on the capital.");
        assertTrue(r.events().stream().anyMatch(e -> e.modality().equals("NEGATED")), () -> r.events().toString());
        assertTrue(r.events().stream().anyMatch(e -> e.modality().equals("POSSIBLE")), () -> r.events().toString());
    }

    @Test
    void aMetonymIsNeverTheEventsPlace() {
        AnalyzedArticle r = TestPipeline.analyze("2022-09-20", "Moscow said its artillery shelled Kharkiv overnight.");
        Event e = only(r, "SHELLING");
        assertNotNull(e.place());
        assertEquals("Kharkiv", e.place().name());
    }

    @Test
    void aQuoteChannelIsNotAnEvent() {
        AnalyzedArticle r = TestPipeline.analyze("2022-09-20", "\"We will win,\" the minister said in a televised "
                + "address on Monday.");
        assertTrue(r.events().stream().noneMatch(e -> e.triggerSpan().of(r.article().text()).contains("address")),
                () -> r.events().toString());
    }

    @Test
    void itsLeaderIsTheLeaderOfTheActorNamedBefore() {
        AnalyzedArticle r = TestPipeline.analyze("2022-09-20", "Worried by the army's advance, a rebel administration "
                + "in the east said its leader had called for a referendum on independence.");
        Event e = only(r, "POLITICAL_MOVE");
        assertTrue(e.actor1() != null && e.actor1().name().equals("leader of rebel administration"),
                () -> String.valueOf(e.actor1()));
    }
}
