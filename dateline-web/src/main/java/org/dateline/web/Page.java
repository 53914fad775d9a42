package org.dateline.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One page of a list: its items, the page asked for, and the offset of the next page (null after the last page).
 */
record Page<T>(List<T> items, int limit, int offset, @JsonInclude(JsonInclude.Include.ALWAYS) Integer next) {
    Page {
        items = List.copyOf(items);
    }

    /** The page of {@code limit} items at {@code offset} from a read of up to {@code limit + 1} items. */
    static <T> Page<T> of(List<T> readOneMore, int limit, int offset) {
        boolean more = readOneMore.size() > limit;
        return new Page<>(more ? readOneMore.subList(0, limit) : readOneMore, limit, offset,
                more ? offset + limit : null);
    }
}
