package org.dateline.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.dateline.model.Dateline;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineParserTest {

    private final DatelineParser parser = DatelineParser.english();

    @Nested
    class AtTheStartOfAStory {

        @ParameterizedTest(name = "\"{0}\" has the dateline \"{1}\", place {2}")
        @CsvSource(delimiter = '|', value = {
            "IZIUM, Ukraine - Ukraine said its troops marched east.       | IZIUM, Ukraine                    | Izium",
            "KYIV (Reuters) - Russia fired missiles.                       | KYIV (Reuters)                    | Kyiv",
            "WASHINGTON, Sept 20 (Reuters) - The Fed met.                  | WASHINGTON, Sept 20 (Reuters)     | Washington",
            "LONDON — Prices rose.                                         | LONDON                            | London",
            "LONDON—Prices rose.                                           | LONDON                            | London",
            "NEW YORK, Feb 26 - Stocks fell.                               | NEW YORK, Feb 26                  | New York",
            "RIO DE JANEIRO, March 3 - Coffee rose.                        | RIO DE JANEIRO, March 3           | Rio de Janeiro",
            "SAN ANTONIO, Texas, April 9 - A bank failed.                  | SAN ANTONIO, Texas, April 9       | San Antonio",
            "WINSTON-SALEM, N.C., Oct. 20 - RJR said.                      | WINSTON-SALEM, N.C., Oct. 20      | Winston-Salem",
            "ST. LOUIS, June 9, - Rain fell.                               | ST. LOUIS, June 9                 | St. Louis",
            "GENEVA, 20 September (AFP) -- Talks began.                    | GENEVA, 20 September (AFP)        | Geneva",
            "Kyiv, Ukraine (CNN) — Sirens sounded.                         | Kyiv, Ukraine (CNN)               | Kyiv",
            "   BRUSSELS - Ministers met.                                  | BRUSSELS                          | Brussels",
            "GAZA STRIP: A strike hit a school.                            | GAZA STRIP                        | Gaza Strip",
            "TBILISI. KAZINFORM - Talks began.                             | TBILISI. KAZINFORM                | Tbilisi",
            "CAIRO (Daily News / Sputnik - 8th May, 2021) Fighting raged.  | CAIRO (Daily News / Sputnik - 8th May, 2021) | Cairo",
        })
        void findsTheDatelineAndItsPlace(String text, String printed, String place) {
            Dateline dateline = parser.find(text).orElseThrow();

            assertEquals(printed, dateline.text());
            assertEquals(place, dateline.place());
            assertEquals(printed, text.substring(dateline.start(), dateline.end()), "the span points at the dateline");
        }

        @ParameterizedTest(name = "\"{0}\" has no dateline")
        @ValueSource(strings = {
            "Ukraine said - on Monday - that its troops had marched east.",
            "LONDON-based Barclays said on Monday it would cut jobs.",
            "EXCLUSIVE - Ministers plan a new tax.",
            "The NEW YORK office - a small one - closed.",
            "NATO said on Monday it would meet.",
            "UPDATE: Ministers met.",
            "Note: prices rose.",
            "",
            "   ",
            "KYIV",
            "NATO (the alliance) Members met.",
        })
        void findsNoneInOrdinaryOpenings(String text) {
            assertEquals(Optional.empty(), parser.find(text));
        }

        @Test
        void leavesTheTextAsItIsAndPointsIntoIt() {
            String text = "\n  MOSCOW, March 9 - Text.";

            Dateline dateline = parser.find(text).orElseThrow();

            assertEquals(3, dateline.start());
            assertEquals("MOSCOW, March 9", text.substring(dateline.start(), dateline.end()));
        }
    }

    @Nested
    class MarkedBySource {

        @ParameterizedTest(name = "marked \"{0}\" is the dateline \"{1}\", place {2}")
        @CsvSource(delimiter = '|', value = {
            "    NEW YORK, Feb 26 -                    | NEW YORK, Feb 26                | New York",
            "Santiago, march 9 -                       | Santiago, march 9               | Santiago",
            "omaha, april 7 -                          | omaha, april 7                  | Omaha",
            "ATLANTA, Apri 1 -                         | ATLANTA, Apri 1                 | Atlanta",
            "NEW YORK , March 5 -                      | NEW YORK , March 5              | New York",
            "ROME, March 13, Reuter -                  | ROME, March 13, Reuter          | Rome",
            "WASHINGTON -                              | WASHINGTON                      | Washington",
            "LONDON, April 1 - ENQUIRIES -             | LONDON, April 1                 | London",
            "****LONDON, March 26 -                    | LONDON, March 26                | London",
            "DALLAS/FORT WORTH, March 3 -              | DALLAS/FORT WORTH, March 3      | Dallas/Fort Worth",
        })
        void readsWhatTheSourceMarkedLeniently(String marked, String printed, String place) {
            String text = marked + " The body.";

            Dateline dateline = parser.findMarked(text, marked.length()).orElseThrow();

            assertEquals(printed, dateline.text());
            assertEquals(place, dateline.place());
            assertEquals(printed, text.substring(dateline.start(), dateline.end()));
        }

        @ParameterizedTest(name = "marked \"{0}\" is no dateline")
        @ValueSource(strings = {"MAR8  --     --", "APRIL 7  -", "us         7.8010 -", "--", "overnight      4 1/2 -"})
        void rejectsMarkupThatIsNoDateline(String marked) {
            assertEquals(Optional.empty(), parser.findMarked(marked + " body", marked.length()));
        }

        @Test
        void refusesAMarkedEndOutsideTheText() {
            assertThrows(IllegalArgumentException.class, () -> parser.findMarked("LONDON -", 9));
        }
    }

    @Test
    void isBuiltFromTheShippedLexicon() {
        DatelineLexicon lexicon = DatelineLexicon.english();

        assertTrue(lexicon.months().contains("Sept"));
        assertTrue(lexicon.agencies().contains("Reuters"));
        assertTrue(lexicon.dashes().contains("—"));
        assertTrue(lexicon.particles().contains("de"));
    }
}
