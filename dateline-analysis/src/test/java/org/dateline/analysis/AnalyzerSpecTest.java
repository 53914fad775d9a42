package org.dateline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Caveat;
import org.dateline.model.Claim;
import org.dateline.model.Entity;
import org.dateline.model.Place;
import org.dateline.model.Quote;
import org.dateline.model.TimeExpression;
import org.junit.jupiter.api.Test;

/** Sentences in, records out: what each stage must find in ordinary news prose. */
class AnalyzerSpecTest {

    private static TimeExpression time(AnalyzedArticle r, String text) {
        return r.times().stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no time '" + text + "' in " + r.times()));
    }

    private static Place place(AnalyzedArticle r, String name) {
        return r.places().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no place '" + name + "' in " + r.places()));
    }

    @Test
    void pastTenseWeekendIsTheWeekendBeforePublication() {
        AnalyzedArticle r = TestPipeline.analyze("2022-09-20",
                "The army said troops had crossed the Oskil River over the weekend.");
        TimeExpression weekend = time(r, "the weekend");
        assertEquals("2022-W37-WE", weekend.value());
        assertEquals("weekend", weekend.granularity());
    }

    @Test
    void futureTenseWeekendIsTheNextOne() {
        AnalyzedArticle r = TestPipeline.analyze("2022-09-20",
                "The minister will visit the border over the weekend.");
        assertEquals("2022-W38-WE", time(r, "the weekend").value());
    }

    @Test
    void weekdaysFollowTheTenseOfTheirClause() {
        AnalyzedArticle r = TestPipeline.analyze("2022-09-20",
                "The president said on Monday that he would address the assembly on Wednesday.");
        assertEquals("2022-09-19", time(r, "Monday").value());
        assertEquals("2022-09-21", time(r, "Wednesday").value());
    }

    @Test
    void aMonthNameInLowerCaseIsTheCommonWordNoTime() {
        AnalyzedArticle r = TestPipeline.analyze("2022-09-20", "Anti-war protest march in Paris turns violent on "
                + "Monday.");
        assertTrue(r.times().stream().noneMatch(t -> t.text().equals("march")), () -> r.times().toString());
        assertTrue(r.times().stream().anyMatch(t -> t.text().equals("Monday")), () -> r.times().toString());
    }

    @Test
    void fourDigitClockTimesAreNoYears() {
        AnalyzedArticle r = TestPipeline.analyze("1987-03-02", "The quake struck at 0940 hrs (0040 GMT) on Monday."
                + " Troops withdrew at 1100 local hours (1400 GMT), and the index rose to 2361. The bonds are due"
                + " 2016.");
        assertTrue(r.times().stream().noneMatch(t -> t.value() != null && t.value().matches("\\d{4}")
                && !t.value().equals("2016")), () -> r.times().toString());
        assertEquals("2016", time(r, "2016").value());
        assertEquals("1987-03-02", time(r, "Monday").value());
    }

    @Test
    void aClockTimeAfterAboutIsNoYear() {
        AnalyzedArticle r = TestPipeline.analyze("2023-05-14", "The blast happened at about 1000 local time on"
                + " Sunday, police said. A second one followed around 1130 GMT.");
        assertTrue(r.times().stream().noneMatch(t -> t.value() != null && t.value().matches("\\d{4}")),
                () -> r.times().toString());
        assertTrue(r.events().stream().noneMatch(e -> e.date() != null && e.date().value() != null
                && e.date().value().startsWith("1000")), () -> r.events().toString());
    }

    @Test
    void riverIsAPlaceNotATitle() {
        AnalyzedArticle r = TestPipeline.analyze("2022-09-20",
                "Troops crossed the Oskil River. The river flows south into the Siversky Donets.");
        assertEquals("river", place(r, "Oskil River").kind());
        assertEquals("river", place(r, "Siversky Donets").kind());
        assertTrue(r.entities().stream().flatMap(e -> e.titles().stream()).noneMatch(t -> t.text().contains("River")));
    }

    @Test
    void capitalThatSeeksArmsIsAMetonymicPlaceNotAPerson() {
        AnalyzedArticle r = TestPipeline.analyze("2022-09-20", "Kyiv seeks more Western arms.");
        assertEquals("METONYM", place(r, "Kyiv").role());
        assertTrue(r.entities().stream().noneMatch(e -> e.name().equals("Kyiv") && e.type().equals("PERSON")));
    }

    @Test
    void fineGrainedClassesDoNotInventEntities() {
        AnalyzedArticle r = TestPipeline.analyze("2022-09-20",
                "The offensive paves the way for a potential assault on the city.");
        assertTrue(r.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase("assault")), r.entities()::toString);
    }

    @Test
    void surnameMentionsJoinTheFullNameAndTitlesAreCollected() {
        AnalyzedArticle r = TestPipeline.analyze("2022-09-20",
                "Mr Serhiy Gaidai, Ukrainian governor of Luhansk, said troops had regained the village. "
                        + "\"There will be fighting for every centimetre,\" Mr Gaidai wrote on Telegram.");
        List<Entity> people = r.entities().stream().filter(e -> e.type().equals("PERSON")).toList();
        assertEquals(1, people.size(), people::toString);
        Entity gaidai = people.get(0);
        assertEquals("Serhiy Gaidai", gaidai.name());
        assertTrue(gaidai.titles().stream().anyMatch(t -> t.text().equals("governor of Luhansk")), gaidai::toString);
        assertEquals("Ukraine", gaidai.affiliation());
        Quote q = r.quotes().get(0);
        assertEquals(gaidai.id(), q.speaker());
        assertEquals("Telegram", q.channel());
        assertEquals("write", q.cue());
    }

    @Test
    void aParagraphThatContinuesAQuotationKeepsItsSpeaker() {
        AnalyzedArticle r = TestPipeline.analyze("2022-09-20",
                "\"We will hold the line,\" Colonel Maria Stone said.\n\n\"The enemy is tired. We are not.\"");
        assertEquals(2, r.quotes().size());
        assertEquals(r.quotes().get(0).speaker(), r.quotes().get(1).speaker());
        assertNotNull(r.quotes().get(1).speaker());
    }

    @Test
    void reportedSpeechIsAClaimWithSourceCueAndContent() {
        AnalyzedArticle r = TestPipeline.analyze("2022-09-20",
                "Ukraine's armed forces said troops had crossed the Oskil River over the weekend.");
        Claim c = r.claims().get(0);
        assertEquals("Ukraine's armed forces", c.sourceName());
        assertEquals("say", c.cue());
        assertTrue(c.content().startsWith("troops had crossed the Oskil River"), c.content());
    }

    @Test
    void sentenceFinalAttributionIsFoundWhenTheParserMissesIt() {
        AnalyzedArticle r = TestPipeline.analyze("2022-09-20",
                "At a cemetery near the town of Izium, experts have so far dug up 146 bodies buried without coffins, "
                        + "Kharkiv regional governor Oleh Synehubov said on Monday.");
        assertFalse(r.claims().isEmpty(), "a claim by the governor");
        Claim c = r.claims().get(r.claims().size() - 1);
        assertEquals("Oleh Synehubov", c.sourceName());
        assertEquals("2022-09-19", c.date());
        assertTrue(r.numbers().stream().anyMatch(n -> n.value() == 146 && n.lemma().equals("body")), r.numbers()::toString);
    }

    @Test
    void theOutletsVerificationCaveatCoversBothSides() {
        AnalyzedArticle r = TestPipeline.analyze("2022-09-20",
                "Reuters could not independently verify either side's battlefield reports.");
        Caveat c = r.caveats().get(0);
        assertEquals("Reuters", c.outlet());
        assertEquals("NOT_VERIFIED", c.kind());
        assertEquals("either side's battlefield reports", c.covers());
        assertEquals("ALL_SIDES", c.scope());
    }

    @Test
    void anOrdinarySentenceHasNoCaveat() {
        AnalyzedArticle r = TestPipeline.analyze("2022-09-20", "Officials verified the documents on Monday.");
        assertTrue(r.caveats().isEmpty(), r.caveats()::toString);
    }
}
