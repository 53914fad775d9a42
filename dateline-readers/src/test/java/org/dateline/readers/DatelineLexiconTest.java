package org.dateline.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DatelineLexiconTest {

    @Test
    void readsKindsAndFormsSkippingCommentsAndBlankLines() throws IOException {
        DatelineLexicon lexicon = parse("# header\n\nmonth\tSept\nagency\tReuters\ndash\t-\nparticle\tde\n");

        assertEquals(Set.of("Sept"), lexicon.months());
        assertEquals(Set.of("Reuters"), lexicon.agencies());
        assertEquals(Set.of("-"), lexicon.dashes());
        assertEquals(Set.of("de"), lexicon.particles());
        assertEquals(Set.of(), lexicon.notPlaces());
    }

    @Test
    void rejectsAnUnknownKindNamingItsLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> parse("month\tSept\nmonht\tOct\n"));

        assertEquals("test.tsv line 2: unknown kind \"monht\" (known: month, agency, dash, notplace, particle)",
                e.getMessage());
    }

    @Test
    void rejectsARowWithoutItsForm() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse("month\n"));

        assertEquals("test.tsv line 1: expected kind<TAB>form, got \"month\"", e.getMessage());
    }

    @Test
    void needsMonthsAgenciesAndDashes() {
        assertThrows(IllegalArgumentException.class, () -> parse("month\tSept\ndash\t-\n"));
    }

    private static DatelineLexicon parse(String tsv) throws IOException {
        return DatelineLexicon.parse(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test.tsv");
    }
}
