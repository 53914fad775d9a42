package org.dateline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DistanceTest {
    @Test
    void parisToLondonIsAbout344Km() {
        assertEquals(343.6, Distance.km(48.8566, 2.3522, 51.5074, -0.1278), 1.0);
    }

    @Test
    void aPointIsNoDistanceFromItself() {
        assertEquals(0.0, Distance.km(48.93, 38.24, 48.93, 38.24));
    }
}
