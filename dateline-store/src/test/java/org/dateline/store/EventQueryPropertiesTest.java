package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.dateline.model.Distance;

/** Invariants of the read queries over random input. */
class EventQueryPropertiesTest {
    private static Path dir;
    private static CorpusStore store;

    @BeforeContainer
    static void open() throws IOException, SQLException {
        dir = Files.createTempDirectory("dateline-store-properties");
        ClusterRows.write(dir.resolve("c.db"), List.of(ClusterRows.row("a").actor1("Volodymyr Zelensky", "PERSON")
                .text("Zelensky said \"we hold\" (again) - NEAR the front; AND/OR NOT*.")));
        store = CorpusStore.open(dir.resolve("c.db"));
    }

    @AfterContainer
    static void close() throws IOException {
        store.close();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    /** Whatever the user types, the FTS queries run: the words are quoted, never parsed as syntax. */
    @Property(tries = 300)
    void anyWordsAreSearchedWithoutError(@ForAll String words) {
        Assume.that(FtsQuery.hasWords(words));
        store.events(EventFilter.all().withText(words));
        store.events(EventFilter.all().withActor(words).withText(words));
        store.search(words, 5);
        store.quotesBy(words, 5);
        store.entity(words, 5);
    }

    /** A circle's bounding box holds every point of the circle, wherever it lies, poles and antimeridian included. */
    @Property(tries = 2000)
    void theBoundingBoxHoldsTheWholeCircle(@ForAll @DoubleRange(min = -90, max = 90) double lat,
                                           @ForAll @DoubleRange(min = -180, max = 180) double lon,
                                           @ForAll @DoubleRange(min = 0.001, max = 5000) @Scale(6) double radiusKm,
                                           @ForAll @DoubleRange(min = 0, max = 360) double bearing,
                                           @ForAll @DoubleRange(min = 0, max = 1) double fraction) {
        EventFilter.Box box = EventQuery.bounds(new EventFilter.Near(lat, lon, radiusKm));
        double[] p = destination(lat, lon, bearing, radiusKm * fraction);
        assertEquals(radiusKm * fraction, Distance.km(lat, lon, p[0], p[1]), 1e-3);
        // near the poles the destination formula rounds by more than the box's margin: judge the point it gave
        Assume.that(Distance.km(lat, lon, p[0], p[1]) <= radiusKm);
        assertTrue(p[0] >= box.minLat() && p[0] <= box.maxLat(), () -> "lat " + p[0] + " outside " + box);
        assertTrue(p[1] >= box.minLon() && p[1] <= box.maxLon(), () -> "lon " + p[1] + " outside " + box);
    }

    /** The point {@code km} away from (lat, lon) on the bearing, longitude in [-180, 180]. */
    private static double[] destination(double lat, double lon, double bearing, double km) {
        double d = km / Distance.EARTH_RADIUS_KM;
        double phi = Math.toRadians(lat);
        double theta = Math.toRadians(bearing);
        double phi2 = Math.asin(Math.sin(phi) * Math.cos(d) + Math.cos(phi) * Math.sin(d) * Math.cos(theta));
        double lambda2 = Math.toRadians(lon) + Math.atan2(Math.sin(theta) * Math.sin(d) * Math.cos(phi),
                Math.cos(d) - Math.sin(phi) * Math.sin(phi2));
        double lon2 = Math.toDegrees(lambda2);
        lon2 = ((lon2 + 540) % 360) - 180;
        return new double[] {Math.toDegrees(phi2), lon2};
    }
}
