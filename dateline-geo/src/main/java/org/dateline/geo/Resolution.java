package org.dateline.geo;

import java.util.List;
import org.dateline.model.GeoContext;
import org.dateline.model.NameMatch;

/**
 * The gazetteer entry a toponym was resolved to.
 *
 * @param precision  ACLED's geo-precision: 1 a named town, 2 near a town or part of a region, 3 a region or a
 *                   natural feature
 * @param confidence the estimated probability that the entry is the place meant, 0 to 1
 * @param match      how the toponym's name matched the entry ({@link NameMatch#CONTAINING_AREA}: it did not, and the
 *                   entry is the area the text puts the place in)
 * @param context    what in the text decided the reading, strongest first
 */
public record Resolution(GeoRecord place, Gazetteer.Areas areas, int precision, double confidence, NameMatch match,
                        List<GeoContext> context) {
    public Resolution {
        context = List.copyOf(context);
    }
}
