package org.dateline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.BackgroundReason;
import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * The event records an analyst reads: one per incident, only new events as records, word senses, who acted, tolls
 * and the outlet's caveat. Every text here was written for this test.
 */
class EventRecordsSpecTest {

    private static List<Event> records(AnalyzedArticle r) {
        return r.events().stream().filter(e -> !e.background()).toList();
    }

    private static Event onlyRecord(AnalyzedArticle r) {
        List<Event> es = records(r);
        assertEquals(1, es.size(), () -> "records: " + es);
        return es.get(0);
    }

    @Test
    void oneIncidentToldInTheLeadAQuoteAndAFollowUpIsOneRecordWithEveryReport() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "An air strike hit a market in the town of Ostrava "
                + "on Tuesday, killing nine people, the regional governor said.\n\n"
                + "\"The bombs fell while people were buying bread,\" a witness said.\n\n"
                + "Another 14 people were wounded in the strike, the governor added.");
        Event e = onlyRecord(r);
        assertEquals("AIR_DRONE_STRIKE", e.code());
        assertTrue(e.mentions().size() >= 2, () -> e.mentions().toString());
        assertTrue(e.counts().stream().anyMatch(c -> c.kind().equals("FATALITIES") && c.value() == 9),
                () -> e.counts().toString());
        assertTrue(e.counts().stream().anyMatch(c -> c.kind().equals("INJURED") && c.value() == 14),
                () -> e.counts().toString());
    }

    @Test
    void strikesOnSeveralNamedVillagesAreOneRecordEach() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "Moldovan artillery shelled the villages of Ostrava "
                + "and Korsk on Tuesday, the army said.");
        assertEquals(2, records(r).size(), () -> records(r).toString());
    }

    @Test
    void aTollOverTheWholeWarIsNoRecord() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "Thousands of civilians have been killed since the "
                + "start of the war, the army said.");
        assertTrue(records(r).isEmpty(), () -> records(r).toString());
        assertTrue(r.events().stream().anyMatch(e -> e.backgroundReason() == BackgroundReason.AGGREGATE),
                () -> r.events().toString());
    }

    @Test
    void aHabitIsNoRecord() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "Moldovan troops guarding the border often come under "
                + "fire from militants.");
        assertTrue(records(r).isEmpty(), () -> records(r).toString());
    }

    @Test
    void whatWasRecalledFromLastYearIsBackgroundAndWhatIsPlannedIsNotARecord() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "Militants attacked an army post near Ostrava in "
                + "March 2022. The army will launch an offensive to retake the district.");
        assertTrue(records(r).isEmpty(), () -> records(r).toString());
        assertTrue(r.events().stream().anyMatch(e -> e.backgroundReason() == BackgroundReason.RECALLED),
                () -> r.events().toString());
        assertTrue(r.events().stream().anyMatch(e -> e.modality().equals("PLANNED")
                && e.backgroundReason() == BackgroundReason.NOT_ASSERTED), () -> r.events().toString());
    }

    @Test
    void aRefusalToCommentIsNoEvent() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "Militants attacked an army post near Ostrava on "
                + "Monday. The army did not respond to a request for comment.");
        Event e = onlyRecord(r);
        assertEquals("Battles", e.type());
    }

    @Test
    void aStrikeBesideTheKilledIsAnAttackNotALabourStrike() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "Five people were killed in an overnight strike on "
                + "the port of Belina, rescuers said.");
        Event e = onlyRecord(r);
        assertEquals("Explosions/Remote violence", e.type());
    }

    @Test
    void workersOnStrikeAreAProtest() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "Dock workers in Belina went on strike on Monday "
                + "to demand higher wages.");
        Event e = onlyRecord(r);
        assertEquals("Protests", e.type());
    }

    @Test
    void sportAndMarketsYieldNoEvents() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "Anna Kovac beat the defending champion in straight "
                + "sets to set up a semi-final clash with Maria Lind. Shares of the chipmaker shot up after it beat "
                + "expectations.");
        assertTrue(records(r).isEmpty(), () -> records(r).toString());
    }

    @Test
    void theVictimsAreNeverTheActorWhoActed() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "Seven soldiers were killed when militants ambushed "
                + "their convoy near Korsk on Sunday.");
        Event e = onlyRecord(r);
        assertTrue(e.actor1() == null || !e.actor1().text().toLowerCase().contains("soldier"),
                () -> String.valueOf(e.actor1()));
        assertTrue(e.counts().stream().anyMatch(c -> c.kind().equals("FATALITIES") && c.value() == 7),
                () -> e.counts().toString());
    }

    @Test
    void aTollToldBeforeTheStrikeThatCausedItIsTheStrikes() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "At least seven civilians were killed when Moldovan "
                + "warplanes carried out air strikes on the village of Korsk on Monday.");
        Event e = onlyRecord(r);
        assertEquals("AIR_DRONE_STRIKE", e.code());
        assertTrue(e.counts().stream().anyMatch(c -> c.kind().equals("FATALITIES") && c.value() == 7),
                () -> e.counts().toString());
    }

    @Test
    void theOutletsCaveatInsideTheSentenceCoversItsEvent() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "According to residents, which Reuters could not "
                + "independently verify, military planes dropped bombs on the village of Korsk on Monday.");
        Event e = onlyRecord(r);
        assertEquals("NOT_VERIFIED", e.status());
    }

    @Test
    void theCaveatAfterAClaimCoversItButNotAnEarlierEvent() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "Protesters marched through Belina on Monday.\n\n"
                + "Police officers shot dead two protesters in Korsk on Tuesday, a rights group said.\n\n"
                + "AFP could not independently verify the toll.");
        List<Event> es = records(r);
        assertTrue(es.stream().anyMatch(e -> e.status().equals("NOT_VERIFIED")), es::toString);
        assertTrue(es.stream().anyMatch(e -> !e.status().equals("NOT_VERIFIED")), es::toString);
    }

    @Test
    void theDatelineIsNeverAnEventsPlace() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "OSTRAVA (Reuters) - Militants attacked an army post "
                + "on Monday, the army said.");
        r.events().forEach(e -> assertTrue(e.place() == null || !"DATELINE".equals(e.place().basis()),
                () -> String.valueOf(e.place())));
    }

    @Test
    void aDefiniteMentionOfAnEventToldBeforeJoinsIt() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "A suicide bomber blew himself up at a checkpoint in "
                + "Korsk on Monday, killing four policemen.\n\nThe government condemned the attack.");
        Event e = onlyRecord(r);
        assertEquals("SUICIDE_BOMB", e.code());
        assertFalse(e.mentions().isEmpty());
        assertNull(r.events().stream().filter(x -> x.backgroundReason() == BackgroundReason.REFERENCE).findFirst()
                .orElse(null), () -> r.events().toString());
    }

    @Test
    void theCountryAcrossTheBorderIsNotWhereTheEventHappened() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "Artillery shelled a market near the border with "
                + "Moldova on Monday, killing three people, the army said.");
        Event e = onlyRecord(r);
        assertTrue(e.place() == null || !e.place().name().equals("Moldova"), () -> String.valueOf(e.place()));
    }

    @Test
    void troopsThatAdvanceInABattleAreThatBattleNotAMoveOfTheirOwn() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "Moldovan troops advanced into the village of Ostrava "
                + "and clashed with rebel fighters there on Monday, the army said.");
        Event e = onlyRecord(r);
        assertEquals("Battles", e.type(), e::toString);
    }

    @Test
    void aBareTollRightAfterARunningTallyGoesOnWithTheTally() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "At least 300 fighters have been killed in clashes "
                + "in Ostrava since October, according to a tally. On the other side, ten soldiers and "
                + "six civilians have been killed, according to the army.");
        assertTrue(records(r).isEmpty(), () -> records(r).toString());
    }

    @Test
    void theVillageShelledIsTheEventsPlaceEvenWhenTheParserHangsItOnTheAttacker() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "Four people were killed in Moldovan shelling of the "
                + "village of Ostrava, the governor said on Monday.");
        Event e = onlyRecord(r);
        assertTrue(e.place() != null && e.place().name().equals("Ostrava"), () -> String.valueOf(e.place()));
    }

    @Test
    void aClaimOfResponsibilityForTheAttackIsThatAttackButForAnAttackItIsNews() {
        AnalyzedArticle told = TestPipeline.analyze("2023-05-10", "A car bomb exploded at a checkpoint in Korsk on "
                + "Monday, killing four policemen, the police said.\n\nThe Korsk Liberation Front claimed "
                + "responsibility for the Korsk attack.");
        assertEquals(1, records(told).size(), () -> records(told).toString());
        AnalyzedArticle news = TestPipeline.analyze("2023-05-10", "The Korsk Liberation Front claimed responsibility "
                + "for a suicide attack on a market in Korsk on Monday that killed four people.");
        assertEquals(1, records(news).size(), () -> records(news).toString());
    }

    @Test
    void aSeparateAttackIsAnotherIncident() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "Gunmen attacked a police post in Ostrava on Monday, "
                + "killing two officers, the police said.\n\nA separate attack on a checkpoint killed three "
                + "soldiers.");
        assertEquals(2, records(r).size(), () -> records(r).toString());
    }

    @Test
    void aPlaceAnOrganisationIsBasedInIsNotWhereTheEventHappened() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "Rebels took control of the airport on Monday, said the "
                + "Britain-based Moldovan Observatory for Human Rights.");
        assertTrue(records(r).stream().allMatch(e -> e.place() == null || !e.place().name().contains("Britain")),
                () -> records(r).toString());
    }

    @Test
    void theWeaponDecidesTheTypeWhoeverItHit() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "State media reported that four civilians were killed "
                + "when rebels shelled a student residence in Ostrava on Monday.");
        Event e = onlyRecord(r);
        assertEquals("SHELLING", e.code(), e::toString);
    }

    @Test
    void whatCameBeforeARecalledEventIsRecalledToo() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "The Korsk Liberation Front restarted attacks in "
                + "recent months on security forces in the Ostrava province after its talks with the government "
                + "failed.");
        assertTrue(records(r).isEmpty(), () -> records(r).toString());
    }

    @Test
    void aProtesterNamedAsASpeakerIsNoProtest() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-10", "\"We want every minister to resign,\" protester "
                + "Davis Marek told Reuters.");
        assertTrue(r.events().stream().noneMatch(e -> e.type().equals("Protests")), () -> r.events().toString());
    }

    @Test
    void whatTheGroupAlsoDidInARecalledAttackIsRecalledToo() {
        AnalyzedArticle r = TestPipeline.analyze("2024-08-20", "The war began with the Front's attack on Ostrava in "
                + "October 2023, which killed 1,200 people.\n\nThe Front also seized 250 people, 105 of whom are "
                + "still held captive.");
        assertTrue(records(r).isEmpty(), () -> records(r).toString());
    }

    @Test
    void theNumberOfDeadReachedIsTheIncidentsFatalities() {
        AnalyzedArticle r = TestPipeline.analyze("2024-04-17", "Moldovan forces struck Ostrava with missiles on "
                + "Wednesday morning, the governor said.\n\nBy noon, the number of dead due to the attack rose to 14.");
        Event e = onlyRecord(r);
        assertTrue(e.counts().stream().anyMatch(c -> c.kind().equals("FATALITIES") && c.value() == 14),
                () -> e.counts().toString());
    }

    @Test
    void aTollToldInASentenceOfItsOwnRightAfterTheIncidentIsItsButATallyIsNot() {
        AnalyzedArticle r = TestPipeline.analyze("2024-06-30", "Suspected suicide bombers struck a wedding in Korsk "
                + "on Saturday, the police said.\n\nEighteen deaths have been confirmed.");
        Event e = onlyRecord(r);
        assertTrue(e.counts().stream().anyMatch(c -> c.kind().equals("FATALITIES") && c.value() == 18),
                () -> e.counts().toString());
        AnalyzedArticle tally = TestPipeline.analyze("2024-06-30", "Suspected suicide bombers struck a wedding in "
                + "Korsk on Saturday, the police said.\n\nEighteen deaths have been confirmed since the start of "
                + "the year.");
        Event t = onlyRecord(tally);
        assertTrue(t.counts().stream().noneMatch(c -> c.kind().equals("FATALITIES")), () -> t.counts().toString());
    }

    @Test
    void aSpanOfYearsElsewhereInTheClauseDoesNotMakeTheAttackATally() {
        AnalyzedArticle r = TestPipeline.analyze("2024-06-30", "The attack, the worst in 15 years, killed two "
                + "policemen in Korsk on Saturday.");
        Event e = onlyRecord(r);
        assertNull(e.backgroundReason(), e::toString);
    }
}
