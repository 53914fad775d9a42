package org.dateline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Claim;
import org.dateline.model.Entity;
import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

/** Reported speech with the learned attribution model: each kind of cue, speakers, and what is not a quote. */
class AttributionSpecTest {

    /** The claim whose content starts with the words (after "that", which PolNeAR counts in the content). */
    private static Claim claimWith(AnalyzedArticle r, String contentStart) {
        return r.claims().stream().filter(c -> c.content().replaceFirst("^that ", "").startsWith(contentStart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no claim starting '" + contentStart + "' in " + r.claims()));
    }

    private static Quote quoteWith(AnalyzedArticle r, String textStart) {
        return r.quotes().stream().filter(q -> q.text().startsWith(textStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting '" + textStart + "' in " + r.quotes()));
    }

    private static String entityName(AnalyzedArticle r, String id) {
        return r.entities().stream().filter(e -> e.id().equals(id)).map(Entity::name).findFirst().orElse(null);
    }

    /** The name of the entity that speaks the quote starting with the words, in an article of 2 May 2024. */
    private static String speakerOf(String text, String quoteStart) {
        AnalyzedArticle r = TestPipeline.analyze("2024-05-02", text);
        return entityName(r, quoteWith(r, quoteStart).speaker());
    }

    /** The quote's speaker is no entity, only the description as written. */
    private static void assertUnresolved(String text, String quoteStart, String description) {
        Quote q = quoteWith(TestPipeline.analyze("2024-05-02", text), quoteStart);
        assertNull(q.speaker(), q::toString);
        assertEquals(description, q.speakerName());
    }

    // ---------------------------------------------------------------- cues

    @Test
    void aVerbOfSayingWithAThatClause() {
        AnalyzedArticle r = TestPipeline.analyze("2024-05-02",
                "The regional governor said that three drones had hit a fuel depot overnight.");
        Claim c = claimWith(r, "three drones had hit a fuel depot");
        assertEquals("say", c.cue());
        assertEquals("The regional governor", c.sourceName());
    }

    @Test
    void accordingToIsANominalCue() {
        AnalyzedArticle r = TestPipeline.analyze("2024-05-02",
                "The strike killed twelve people in the market, according to the regional health department.");
        Claim c = claimWith(r, "The strike killed twelve people");
        assertEquals("according to", c.cue());
        assertTrue(c.sourceName().contains("health department"), c::toString);
    }

    @Test
    void inAStatementLeavesTheSpeakerTheSubject() {
        AnalyzedArticle r = TestPipeline.analyze("2024-05-02",
                "The Ministry of Defence said in a statement that two soldiers were wounded near the border.");
        Claim c = claimWith(r, "two soldiers were wounded");
        assertTrue(c.sourceName().contains("Ministry of Defence"), c::toString);
    }

    @Test
    void aReportBySomeoneIsTheirs() {
        AnalyzedArticle r = TestPipeline.analyze("2024-05-02",
                "A report by Amnesty International found that the camp had been shelled twice in May.");
        Claim c = claimWith(r, "the camp had been shelled");
        assertTrue(c.sourceName().contains("Amnesty International"), c::toString);
    }

    @Test
    void aColonIntroducesTheQuote() {
        AnalyzedArticle r = TestPipeline.analyze("2024-05-02",
                "Mayor Elena Varga said: \"We will rebuild every house on this street.\"");
        Quote q = quoteWith(r, "We will rebuild every house");
        assertEquals("Elena Varga", q.speakerName());
    }

    @Test
    void aQuoteInTheNextSentenceAfterAColon() {
        AnalyzedArticle r = TestPipeline.analyze("2024-05-02",
                "The army commander, General Omar Haddad, told reporters:\n\n"
                        + "\"The enemy lost forty vehicles in two days. We lost none.\"");
        Quote q = quoteWith(r, "The enemy lost forty vehicles");
        assertEquals("Omar Haddad", q.speakerName());
    }

    @Test
    void aQuoteSplitByItsCueIsOneSpeakers() {
        AnalyzedArticle r = TestPipeline.analyze("2024-05-02",
                "\"We will hold the bridge,\" Colonel Maria Stone said, \"whatever it costs us.\"");
        assertEquals(2, r.quotes().size(), r.quotes()::toString);
        assertEquals("Maria Stone", r.quotes().get(0).speakerName());
        assertEquals(r.quotes().get(0).speaker(), r.quotes().get(1).speaker());
    }

    @Test
    void aParticipleOfAddingGoesOnWithTheSpeakerNotASubjectInsideTheReport() {
        AnalyzedArticle r = TestPipeline.analyze("2024-05-02",
                "But Sirko said it was \"not fair\" that Varenne was putting public pressure on Freedonia, adding, "
                        + "\"I hope it is just his tactics.\"");
        assertEquals("Sirko", quoteWith(r, "I hope it is just his tactics").speakerName());
    }

    @Test
    void aParticipleOfSayingIsTheSubjectsOfItsClause() {
        AnalyzedArticle r = TestPipeline.analyze("2024-05-02",
                "Mayor Tom Wells thanked the rescuers, saying: \"They worked for three days without sleep.\"");
        assertEquals("Tom Wells", quoteWith(r, "They worked for three days").speakerName());
    }

    // ---------------------------------------------------------------- speakers

    @Test
    void sheIsThePersonNamedBefore() {
        AnalyzedArticle r = TestPipeline.analyze("2024-05-02",
                "Mayor Elena Varga visited the shelter on Monday.\n\n\"We will rebuild every school,\" she said.");
        Quote q = quoteWith(r, "We will rebuild every school");
        assertEquals("Elena Varga", entityName(r, q.speaker()));
    }

    @Test
    void itIsTheBodyThatSpokeBefore() {
        AnalyzedArticle r = TestPipeline.analyze("2024-05-02",
                "The Red Crescent Society said its teams reached the village on Monday.\n\n"
                        + "\"Dozens of families are sleeping in the open,\" it said.");
        Quote q = quoteWith(r, "Dozens of families are sleeping");
        assertTrue(q.speakerName().contains("Red Crescent"), q::toString);
    }

    @Test
    void theyArePeopleNamedByAPlural() {
        AnalyzedArticle r = TestPipeline.analyze("2024-05-02",
                "Residents gathered outside the town hall on Sunday.\n\n"
                        + "\"We want to know who ordered the shelling,\" they said.");
        Quote q = quoteWith(r, "We want to know who ordered");
        assertEquals("Residents", q.speakerName());
    }

    @Test
    void theGovernorIsThePersonWhoIsGovernorNotTheLastPersonNamed() {
        AnalyzedArticle r = TestPipeline.analyze("2024-05-02",
                "Governor Ann Hale met President Tom Wells in the capital on Monday.\n\n"
                        + "\"The roads to the north are open again,\" the governor said.");
        Quote q = quoteWith(r, "The roads to the north");
        assertEquals("Ann Hale", entityName(r, q.speaker()));
    }

    @Test
    void anUnresolvedSpeakerStaysADescription() {
        AnalyzedArticle r = TestPipeline.analyze("2024-05-02",
                "President Tom Wells left the city on Monday.\n\n"
                        + "\"We saw the flash before we heard anything,\" a witness said.");
        Quote q = quoteWith(r, "We saw the flash");
        assertNull(q.speaker(), q::toString);
        assertEquals("a witness", q.speakerName());
    }

    @Test
    void heIsNotAWomanNamedInBetween() {
        assertEquals("Tom Wells", speakerOf(
                "Governor Tom Wells visited the port on Monday. Spokeswoman Ann Hale said the port was closed.\n\n"
                        + "\"We will open it again within a week,\" he said.", "We will open it again"));
    }

    @Test
    void aPronounLooksBackAcrossParagraphs() {
        assertEquals("Tom Wells", speakerOf("Tom Wells, the mayor of Dorvik, said the water plant was hit.\n\n"
                + "Engineers were sent to the site on Tuesday. The repairs will take weeks.\n\n"
                + "\"Half the city has no water,\" he told reporters.", "Half the city has no water"));
    }

    @Test
    void theSpokesmanIsThePersonWhoseTitleItIsAcrossParagraphs() {
        assertEquals("Yuri Ignat", speakerOf(
                "Army spokesman Colonel Yuri Ignat told reporters that the bridge was intact.\n\n"
                        + "The shelling continued through the night. Two houses burned down in the village.\n\n"
                        + "\"We have lost no positions,\" the spokesman said.", "We have lost no positions"));
    }

    @Test
    void theWordsBeforeTheTitleMustFitToo() {
        assertEquals("Tom Wells", speakerOf(
                "Tom Wells, a spokesman for the Freedonian army, confirmed the strike. Sam Reed, a spokesman for the "
                        + "police, declined to comment.\n\n\"Three soldiers were killed,\" the army spokesman said.",
                "Three soldiers were killed"));
    }

    @Test
    void aPresidentOfAnotherCountryStaysADescription() {
        String lead = "Ukrainian President Ivan Sirko met French President Paul Varenne in Paris on Monday.\n\n";
        assertUnresolved(lead + "\"Nobody wants this war to go on,\" the Russian president said.",
                "Nobody wants this war", "the Russian president");
        assertEquals("Ivan Sirko", speakerOf(lead + "\"Nobody wants this war to go on,\" the Ukrainian president "
                + "said.", "Nobody wants this war"));
    }

    @Test
    void theMinistryIsTheMinistryNamedBeforeWhenItsWordsFit() {
        String lead = "The Ministry of Defence said two soldiers were wounded near the border.\n\n"
                + "The shelling went on all night.\n\n";
        assertEquals("Ministry of Defence", speakerOf(lead + "\"The positions were held,\" the defence ministry "
                + "said.", "The positions were held"));
        assertUnresolved(lead + "\"Nobody was left behind,\" the health ministry said.", "Nobody was left behind",
                "the health ministry");
    }

    @Test
    void theGroupIsTheOnlyOrganisationNamedBefore() {
        assertEquals("Dravo Liberation Front", speakerOf(
                "Fighters of the Dravo Liberation Front attacked a post near the border on Tuesday.\n\n"
                        + "\"We will not stop until the siege ends,\" the group said in a statement.",
                "We will not stop"));
    }

    @Test
    void officialsStayADescription() {
        assertUnresolved("Police in Dorvik arrested twelve people on Saturday. Mayor Tom Wells condemned the riot."
                + "\n\n\"They threw stones at the officers for an hour,\" officials said.", "They threw stones",
                "officials");
    }

    // ---------------------------------------------------------------- not quotes

    @Test
    void scareQuotesAndTitlesAreNotQuotes() {
        AnalyzedArticle r = TestPipeline.analyze("2024-05-02",
                "Critics called the plan \"reckless\" on Tuesday. The actor starred in \"Saturday Night Live\" "
                        + "last year. The \"peace\" lasted a week.");
        assertEquals(List.of(), r.quotes());
    }

    @Test
    void aWordOrTwoQuotedInWhatSomeoneThinksAreNoQuote() {
        AnalyzedArticle r = TestPipeline.analyze("2024-05-02",
                "Foreign Minister Lena Ortiz believes the talks were \"productive\" and will go on.");
        assertEquals(List.of(), r.quotes());
    }

    @Test
    void singleQuotedWordsAndTitlesOfWorksAreNotQuotes() {
        AnalyzedArticle r = TestPipeline.analyze("2024-05-02",
                "The so-called \u2018peace\u2019 lasted a week. Governor Tom Wells appeared on \"Face the Nation\" "
                        + "on Sunday. Moscow calls the invasion a \"special military operation\".");
        assertEquals(List.of(), r.quotes());
    }

    @Test
    void aLongerQuotationInReportedSpeechStaysAQuote() {
        AnalyzedArticle r = TestPipeline.analyze("2024-05-02",
                "The army said it carried out a \"precise strike on militants who were operating\" inside the school.");
        Quote q = quoteWith(r, "precise strike on militants");
        assertNotNull(q.speakerName(), q::toString);
    }

    @Test
    void aPlaceBeforeTheSpeakersTitleIsNotTheSpeaker() {
        AnalyzedArticle r = TestPipeline.analyze("2024-03-18", "Four people were killed in shelling of the village of "
                + "Korsk in the Ostrava region, which borders Moldova, the local governor Ivan Marek said on Monday.");
        Claim c = claimWith(r, "Four people were killed");
        assertTrue(c.sourceName() != null && c.sourceName().contains("Marek"), c::toString);
    }
}
