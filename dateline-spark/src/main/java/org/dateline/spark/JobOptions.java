package org.dateline.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dateline.corenlp.CoreNlpConfig;
import org.dateline.readers.ReadOptions;

/**
 * What the job is told: validated once, on the driver, and shipped to the executors.
 *
 * @param inputs     Hadoop paths, folders or globs of articles in any reader format (JSONL, WARC, dated text ...)
 * @param output     the folder the tables are written under, one sub-folder per table
 * @param partitions how many analysis tasks the articles are spread over; 0 for four per core of the cluster
 * @param gazetteer  the gazetteer index places are resolved with: a path every executor can read, or the name of a
 *                   file shipped with {@code --files}; null to leave places unresolved
 * @param ner        which CoreNLP NER models run
 * @param date       publication date of articles whose input gives none, or null
 * @param source     outlet of articles whose input names none, or null
 * @param maxChars   the longest article text accepted
 * @param overwrite  whether existing tables under {@code output} are replaced (otherwise the job refuses to start)
 */
public record JobOptions(List<String> inputs, String output, int partitions, String gazetteer,
                         CoreNlpConfig.NerModels ner, LocalDate date, String source, int maxChars,
                         boolean overwrite) implements Serializable {

    public JobOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty() || inputs.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("give at least one input path, none blank");
        }
        if (output == null || output.isBlank()) {
            throw new IllegalArgumentException("give the output folder");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be 0 (automatic) or more, was " + partitions);
        }
        if (gazetteer != null && gazetteer.isBlank()) {
            throw new IllegalArgumentException("the gazetteer is a path or a file name, not blank");
        }
        Objects.requireNonNull(ner, "ner");
        new ReadOptions(date, source, maxChars); // checks the reading options as the readers will
    }

    /** The options every reader is given. */
    public ReadOptions readOptions() {
        return new ReadOptions(date, source, maxChars);
    }
}
