package org.dateline.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.geo.Candidate;
import org.dateline.geo.Gazetteer;
import org.dateline.store.CorpusPlace;
import org.dateline.store.CorpusStore;

/**
 * Turns the {@code near} parameter into a point, as {@code dateline events --near} does: "LAT,LON" in degrees, or a
 * place name: where the corpus's own articles resolved it, else the gazetteer's exact match of the name, else its
 * most populous entry. Thread-safe.
 */
public final class PlaceLookup {
    private static final Pattern LAT_LON =
            Pattern.compile("\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*,\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*");
    private final CorpusStore store;
    private final Supplier<Gazetteer> gazetteer;

    /**
     * @param store     the corpus, asked first
     * @param gazetteer gives the gazetteer (opened on first use; the caller closes it), or null when there is none
     */
    public PlaceLookup(CorpusStore store, Supplier<Gazetteer> gazetteer) {
        this.store = Objects.requireNonNull(store, "store");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    private static double degrees(String name, String text, double limit) {
        double value = Double.parseDouble(text);
        if (Math.abs(value) > limit) {
            throw new IllegalArgumentException("'" + name + "' must be a number from " + -limit + " to " + limit
                    + ", got '" + text + "'");
        }
        return value;
    }

    /** A lookup in the corpus only. */
    public static PlaceLookup corpusOnly(CorpusStore store) {
        return new PlaceLookup(store, () -> null);
    }

    /**
     * A point and what it was found as.
     *
     * @param name  the place's name, or the coordinates as given
     * @param found how it was found, for people ("4 place mentions in the corpus", "the gazetteer, UA")
     */
    public record Point(double lat, double lon, String name, String found) {
    }

    /**
     * The point {@code text} names, or empty when neither the corpus nor the gazetteer knows it.
     *
     * @throws IllegalArgumentException for coordinates off the globe
     */
    public Optional<Point> find(String text) {
        Matcher m = LAT_LON.matcher(text);
        if (m.matches()) {
            double lat = degrees("near latitude", m.group(1), 90);
            double lon = degrees("near longitude", m.group(2), 180);
            return Optional.of(new Point(lat, lon, text.strip(), "coordinates"));
        }
        Optional<CorpusPlace> known = store.placeNamed(text);
        if (known.isPresent()) {
            CorpusPlace c = known.get();
            return Optional.of(new Point(c.lat(), c.lon(), c.name(), c.mentions() + " place mentions in the corpus, "
                    + c.country()));
        }
        Gazetteer g = gazetteer.get();
        if (g == null) {
            return Optional.empty();
        }
        List<Candidate> candidates = g.candidates(text);
        return candidates.stream().filter(Candidate::exact).findFirst().or(() -> candidates.stream().findFirst())
                .map(Candidate::place).map(p -> new Point(p.lat(), p.lon(), p.name(), "the gazetteer, " + p.country()));
    }
}
