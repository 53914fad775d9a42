package org.dateline.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.lang.Lexicon;

/** How well a GeoNames feature fits a stated kind of place, from {@code lang/mul/feature-priors.tsv}. Immutable. */
final class FeaturePriors {
    private final Map<String, Map<String, Double>> byKind = new HashMap<>();

    FeaturePriors() {
        for (List<String> row : Lexicon.load("mul", "feature-priors.tsv", 3).rows()) {
            byKind.computeIfAbsent(row.get(0), k -> new HashMap<>()).put(row.get(1), Double.parseDouble(row.get(2)));
        }
    }

    /** The score of a feature for a kind: the longest matching prefix (A.PCLI → A.PCL → A), else 0. */
    double score(String kind, String featureClass, String featureCode) {
        Map<String, Double> m = byKind.getOrDefault(kind, byKind.get("location"));
        String full = featureClass + "." + featureCode;
        for (int len = full.length(); len > featureClass.length(); len--) {
            Double s = m.get(full.substring(0, len));
            if (s != null) {
                return s;
            }
        }
        return m.getOrDefault(featureClass, 0.0);
    }
}
