package org.dateline.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Long lists of ids split for {@code IN (...)} queries: SQLite's default limit on host parameters per statement is
 * 32766; a chunk stays well below it.
 */
final class IdChunks {
    /** Ids per query. */
    static final int SIZE = 500;

    private IdChunks() {
    }

    /** The values in chunks of at most {@link #SIZE}, in order. */
    static List<List<String>> of(List<String> values) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += SIZE) {
            chunks.add(values.subList(from, Math.min(values.size(), from + SIZE)));
        }
        return chunks;
    }

    /** The parameter marks of a chunk: {@code ?, ?, ?}. */
    static String marks(List<?> chunk) {
        return String.join(", ", Collections.nCopies(chunk.size(), "?"));
    }
}
