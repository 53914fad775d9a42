package org.dateline.eval.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scores single-label classification: counts gold and predicted labels into a confusion table. */
public final class LabelScorer {

    private LabelScorer() {
    }

    public static ClassificationScores score(List<LabelPair> pairs) {
        Map<LabelPair, Integer> counts = new LinkedHashMap<>();
        for (LabelPair pair : pairs) {
            counts.merge(pair, 1, Integer::sum);
        }
        var cells = new ArrayList<ConfusionCell>();
        counts.forEach((pair, count) -> cells.add(new ConfusionCell(pair.gold(), pair.predicted(), count)));
        return new ClassificationScores(cells);
    }
}
