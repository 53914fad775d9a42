package org.dateline.geo;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.NameMatch;
import org.dateline.model.lang.Lexicon;

/**
 * The probability that a chosen reading is the place meant, from {@code lang/mul/geo-confidence.tsv}: a logistic
 * model over the reading's margin over "none of these", its margin over the best reading elsewhere (more than
 * {@link #SAME_PLACE_KM} km away: a nearby reading puts the point in the same place), how its name matched, and
 * whether the article points to its country or elsewhere.
 * Immutable.
 */
final class ConfidenceModel {
    /** Readings this close to the chosen one are no competitors: they put the point in the same place. */
    static final double SAME_PLACE_KM = 50;
    private static final double MAX_MARGIN = 8;
    private static final double MIN_NONE_MARGIN = -3;

    private final double bias;
    private final double noneMargin;
    private final double farMargin;
    private final double unsupported;
    private final double elsewhere;
    private final Map<NameMatch, Double> byMatch = new EnumMap<>(NameMatch.class);

    ConfidenceModel() {
        Lexicon lexicon = Lexicon.load("mul", "geo-confidence.tsv", 2);
        Map<String, Double> w = new HashMap<>();
        for (List<String> row : lexicon.rows()) {
            w.put(row.get(0), Double.parseDouble(row.get(1)));
        }
        this.bias = need(w, "bias", lexicon);
        this.noneMargin = need(w, "none_margin", lexicon);
        this.farMargin = need(w, "far_margin", lexicon);
        this.unsupported = need(w, "unsupported", lexicon);
        this.elsewhere = need(w, "elsewhere", lexicon);
        for (NameMatch m : NameMatch.values()) {
            if (m != NameMatch.CONTAINING_AREA) {
                byMatch.put(m, need(w, m.name(), lexicon));
            }
        }
        if (w.size() != 5 + byMatch.size()) {
            throw new IllegalStateException(lexicon.name() + ": unknown features among " + w.keySet());
        }
    }

    private static double need(Map<String, Double> w, String key, Lexicon lexicon) {
        Double v = w.get(key);
        if (v == null) {
            throw new IllegalStateException(lexicon.name() + ": no weight for " + key);
        }
        return v;
    }

    /**
     * @param overNone      the chosen reading's score less the score of "none of these"
     * @param overElsewhere its score less the best score of a reading more than {@link #SAME_PLACE_KM} km away
     *                      (positive infinity when there is none)
     * @param area          the reading is an administrative area, a country or a continent, whose alternate names ("Kharkiv
     *                      Oblast" for Kharkivs'ka Oblast') weigh as its name without the kind word: GeoNames'
     *                      alternate names of towns are what is unreliable
     * @param unsupportedCountry nothing else in the article points to the reading's country, and the place is not
     *                           prominent
     * @param pointsElsewhere    besides, the article's other places and countries point elsewhere
     */
    double confidence(double overNone, double overElsewhere, NameMatch match, boolean area,
                      boolean unsupportedCountry, boolean pointsElsewhere) {
        NameMatch weighed = area && match == NameMatch.ALTERNATE_NAME ? NameMatch.AREA_NAME : match;
        double z = bias + noneMargin * Math.min(MAX_MARGIN, Math.max(MIN_NONE_MARGIN, overNone))
                + farMargin * Math.min(MAX_MARGIN, Math.max(0, overElsewhere))
                + byMatch.getOrDefault(weighed, 0.0) + (unsupportedCountry ? unsupported : 0)
                + (pointsElsewhere ? elsewhere : 0);
        return 1 / (1 + Math.exp(-z));
    }
}
