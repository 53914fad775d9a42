package org.dateline.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/** Runs a temporal tagger over a folder of TimeML files and scores it with {@link TimexScorer}. */
public final class TimeEvaluation {

    private TimeEvaluation() {
    }

    /**
     * @param dir    a folder of {@code .tml} files (TimeBank)
     * @param system given a document's plain text and its creation date, returns the expressions it finds, with
     *               offsets into that text; called once per document, in file-name order, on the calling thread
     */
    public static Report run(Path dir, BiFunction<String, LocalDate, List<PredictedTimex>> system)
            throws IOException {
        List<TimeMlDocument> documents = TimeMlReader.readAll(dir);
        if (documents.isEmpty()) {
            throw new IOException("no .tml files in " + dir);
        }
        TimexScores total = TimexScores.EMPTY;
        for (TimeMlDocument document : documents) {
            List<PredictedTimex> predicted = system.apply(document.text(), document.creationDate());
            if (predicted == null) {
                throw new IllegalStateException("the system returned null for " + document.id());
            }
            total = total.plus(TimexScorer.score(document, predicted));
        }
        return total.report();
    }
}
