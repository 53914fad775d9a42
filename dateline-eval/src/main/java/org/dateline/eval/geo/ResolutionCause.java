package org.dateline.eval.geo;

import java.util.List;
import java.util.Locale;
import org.dateline.model.Distance;

/**
 * Why a gold toponym was resolved where it was, judged against what the gazetteer holds under its phrase (the
 * {@code --errors} file's {@code cause} column; the {@code cause-*} figures).
 */
public enum ResolutionCause {
    /** Within 161 km of the gold point. */
    RIGHT,
    /** Resolved farther than 161 km while an entry of the name lies within 161 km: the choice was wrong. */
    RANKING,
    /** Left unresolved while an entry of the name lies within 161 km: refused as too uncertain. */
    REFUSED,
    /** Entries have the name, none within 161 km of the gold point: the data lacks the place (or has it elsewhere). */
    NO_ENTRY_NEAR,
    /** No entry has the name, as written or romanised otherwise. */
    NO_ENTRY,
    /** Resolved farther than 161 km (no gazetteer to tell why). */
    FAR,
    /** Left unresolved (no gazetteer to tell why). */
    UNRESOLVED;

    /** Where a gazetteer has entries of a name: {lat, lon} pairs. */
    @FunctionalInterface
    public interface EntryFinder {
        List<double[]> entries(String phrase);
    }

    /** The category as written: lower case with hyphens ("no-entry-near"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The cause of one error; without a finder, only right, far or unresolved. */
    public static ResolutionCause of(ResolutionError e, EntryFinder finder) {
        if (e.km() <= 161) {
            return RIGHT;
        }
        boolean resolved = e.predicted().resolved();
        if (finder == null) {
            return resolved ? FAR : UNRESOLVED;
        }
        List<double[]> entries = finder.entries(e.gold().phrase());
        if (entries.isEmpty()) {
            return resolved ? NO_ENTRY_NEAR : NO_ENTRY;
        }
        boolean near = entries.stream()
                .anyMatch(p -> Distance.km(p[0], p[1], e.gold().lat(), e.gold().lon()) <= 161);
        return !near ? NO_ENTRY_NEAR : resolved ? RANKING : REFUSED;
    }
}
