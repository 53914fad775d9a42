package org.dateline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** An assertor's name keeps no marks of the page it was read from. */
class AssertionTest {
    @Test
    void marksAtTheEndsOfANameAreDropped() {
        assertEquals("Serhiy Gaidai", new Assertion("> Serhiy Gaidai", null, "OFFICIAL", null).name());
        assertEquals("officials", new Assertion("“officials”", null, "UNNAMED", null).name());
        assertEquals("U.S.", new Assertion("U.S.", null, "PARTY", null).name());
        assertEquals("Military Forces of Ukraine (2019-)", new Assertion("Military Forces of Ukraine (2019-)", null,
                "PARTY", null).name());
        assertEquals("Ukraine's armed forces", new Assertion(" Ukraine's armed forces >", null, "PARTY", null).name());
        assertNull(new Assertion(">>", null, "PERSON", null).name());
        assertNull(new Assertion(null, null, "OUTLET", null).name());
    }
}
