package org.dateline.spark;

import java.io.Serializable;
import java.util.Objects;
import org.dateline.readers.ReadProblem;

/**
 * One bad record, as the {@code errors} table keeps it: the job goes on with the others.
 *
 * @param file   the input file, as the job was given it (a Hadoop path)
 * @param record where in the file: "line 12", "NEWID 17", "article 6ab924c5b57c0945"; null for the whole file
 * @param stage  {@code read} (the reader could not read it) or {@code analyse} (the analysis failed)
 * @param reason what is wrong, in one line
 */
public record ErrorRow(String file, String record, String stage, String reason) implements Serializable {
    public static final String READ = "read";
    public static final String ANALYSE = "analyse";

    public ErrorRow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
    }

    /** A reader's problem, named by the file the job was given rather than any local copy of it. */
    static ErrorRow of(String file, ReadProblem problem) {
        return new ErrorRow(file, problem.location(), READ, problem.message());
    }

    @Override
    public String toString() {
        return file + (record == null ? "" : " " + record) + " (" + stage + "): " + reason;
    }
}
