package org.dateline.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The ACLED code tables cover every actor category and event type Dateline writes. */
class AcledCodesTest {
    private static final AcledCodes CODES = AcledCodes.load();

    @Test
    void everyActorCategoryHasARow() {
        for (String category : List.of("STATE_FORCES", "REBELS", "MILITIA", "RIOTERS", "PROTESTERS", "CIVILIANS",
                "EXTERNAL", "GOVERNMENT", "PERSON", "ORGANIZATION", "OTHER")) {
            assertNotNull(CODES.inter(category), category);
        }
        assertEquals(OptionalInt.of(1), CODES.inter("STATE_FORCES"));
        assertEquals(OptionalInt.of(7), CODES.inter("CIVILIANS"));
        assertEquals(OptionalInt.empty(), CODES.inter("PERSON"));
        assertEquals(OptionalInt.empty(), CODES.inter("NO_SUCH_CATEGORY"));
    }

    @Test
    void everyAcledEventTypeHasADisorderType() {
        for (String type : List.of("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
                "Riots", "Strategic developments")) {
            assertNotNull(CODES.disorderType(type, "anything"), type);
        }
        assertEquals("Political violence", CODES.disorderType("Riots", "Mob violence"));
        assertEquals("Demonstrations", CODES.disorderType("Riots", "Violent demonstration"));
        assertNull(CODES.disorderType("Weather", "Rain"));
    }

    @Test
    void countriesHaveTheirIsoCodes() {
        assertEquals(new AcledCodes.Country("UA", "UKR", 804), CODES.country("UA"));
        assertEquals(4, CODES.country("AF").numeric());
        assertNull(CODES.country("XK"));
        assertTrue(CODES.country(null) == null);
    }

    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBe() {
        assertEquals("plain text", AcledCsvWriter.quote("plain text"));
        assertEquals("\"a,b\"", AcledCsvWriter.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", AcledCsvWriter.quote("say \"hi\""));
        assertEquals("\"two\nlines\"", AcledCsvWriter.quote("two\nlines"));
        assertEquals("\"cr\rhere\"", AcledCsvWriter.quote("cr\rhere"));
    }
}
