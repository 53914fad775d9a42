package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.geo.Candidate;
import org.dateline.geo.Gazetteer;
import org.dateline.geo.GeoRecord;
import org.dateline.store.CorpusPlace;
import org.dateline.store.CorpusStore;

/**
 * Turns the text of {@code --near} into a point: "LAT,LON" in degrees, or a place name: where the corpus's own articles
 * resolved it (their reading of an ambiguous name, with context), else looked up in the gazetteer (an exact match of
 * the name first, then the most populous entry, as {@code dateline gazetteer lookup} lists them).
 */
final class PlaceResolver {
    private static final Pattern LAT_LON = Pattern.compile("\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*,\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*");
    private final Path index;

    PlaceResolver(Path index) {
        this.index = index;
    }

    /** A resolved point and what it was resolved to, for people. */
    record Point(double lat, double lon, String description) {
    }

    Point resolve(String text, CorpusStore store) {
        Matcher m = LAT_LON.matcher(text);
        if (m.matches()) {
            return new Point(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), text.strip());
        }
        Optional<CorpusPlace> known = store.placeNamed(text);
        if (known.isPresent()) {
            CorpusPlace c = known.get();
            return new Point(c.lat(), c.lon(), String.format(Locale.ROOT, "%s, %s (%.5f, %.5f), as %d place mentions"
                    + " in the corpus", c.name(), c.country(), c.lat(), c.lon(), c.mentions()));
        }
        if (!Files.isRegularFile(index)) {
            throw new CommandFailure("cannot look up --near '" + text + "': no gazetteer index at " + index
                    + " (build it with: dateline gazetteer build), or give --near LAT,LON");
        }
        try (Gazetteer g = Gazetteer.open(index)) {
            List<Candidate> candidates = g.candidates(text);
            GeoRecord place = candidates.stream().filter(Candidate::exact).findFirst()
                    .or(() -> candidates.stream().findFirst()).map(Candidate::place)
                    .orElseThrow(() -> new CommandFailure("unknown place '" + text + "' (not in the gazetteer at "
                            + index + "); give --near LAT,LON instead"));
            return new Point(place.lat(), place.lon(), String.format(Locale.ROOT, "%s, %s (%.5f, %.5f)",
                    place.name(), place.country(), place.lat(), place.lon()));
        } catch (IOException e) {
            throw new CommandFailure("cannot read the gazetteer at " + index + ": " + e.getMessage());
        }
    }
}
