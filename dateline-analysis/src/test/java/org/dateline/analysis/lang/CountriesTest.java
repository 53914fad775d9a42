package org.dateline.analysis.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountriesTest {
    @Test
    void countriesKnowDemonymsAndCapitals() {
        Countries c = Countries.english();
        assertEquals("Ukraine", c.byDemonym("Ukrainian").orElseThrow().name());
        assertEquals("Ukraine", c.byCapital("Kiev").orElseThrow().name());
        assertEquals("United States", c.byName("the U.S.").orElseThrow().name());
    }
}
