package org.dateline.geo;

import java.io.IOException;
import java.util.List;
import org.dateline.model.lang.Lexicon;

/** The GeoNames continent entries of {@code lang/en/continents.tsv}, which no npm package holds. */
final class Continents {
    private Continents() {
    }

    static void read(GazetteerSink sink) throws IOException {
        for (List<String> row : Lexicon.load("en", "continents.tsv", 5).rows()) {
            long id = Long.parseLong(row.get(0));
            sink.place(new GeoRecord(id, row.get(1), null, Double.parseDouble(row.get(3)),
                    Double.parseDouble(row.get(4)), "L", "CONT", "", "", "", 0));
            for (String other : Lexicon.values(row.get(2))) {
                sink.alternateName(id, other, "en");
            }
        }
    }
}
