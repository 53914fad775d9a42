package org.dateline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A tile template gives the origin the page's policy allows, and nothing that could widen or break the policy. */
class TileSourceTest {
    @Test
    void theOriginIsTheTemplatesSchemeAndHost() {
        assertEquals("https://tile.openstreetmap.org",
                TileSource.of("https://tile.openstreetmap.org/{z}/{x}/{y}.png").origin());
        assertEquals("https://*.basemaps.cartocdn.com",
                TileSource.of("https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png").origin());
        assertEquals("http://localhost:8081", TileSource.of("http://localhost:8081/tiles/{z}/{x}/{y}.png").origin());
    }

    @Test
    void anythingElseIsRefusedWithTheReason() {
        for (String bad : List.of("ftp://tiles.example/{z}/{x}/{y}.png", "https://tiles.example/{z}/{x}.png",
                "https://tiles.example/{z}/{x}/{y}.png; script-src *", "https://a.example 'unsafe-inline'/{z}/{x}/{y}",
                "https://*.example/{z}/{x}/{y}", "javascript:alert(1)//{z}/{x}/{y}", "")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TileSource.of(bad), bad);
            assertTrue(e.getMessage().contains("tiles"), e.getMessage());
        }
    }
}
