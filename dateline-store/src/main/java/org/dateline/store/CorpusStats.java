package org.dateline.store;

import java.util.List;
import java.util.Objects;

/**
 * What a corpus holds, in numbers (merged events as of the last refresh).
 *
 * @param articles     stored articles
 * @param stories      stories they form (copies of one wire story count once)
 * @param events       event reports, over all articles
 * @param mergedEvents merged events
 * @param firstDate    the earliest first day of a merged event, yyyy-mm-dd, or null when there are none
 * @param lastDate     the latest, or null
 * @param kinds        merged events per kind, most frequent first
 */
public record CorpusStats(long articles, long stories, long events, long mergedEvents, String firstDate,
                          String lastDate, List<KindCount> kinds) {
    public CorpusStats {
        kinds = List.copyOf(kinds);
    }

    /**
     * How many merged events are of one kind.
     *
     * @param code    Dateline's code ("SHELLING")
     * @param type    its ACLED event type, or null
     * @param subtype its ACLED sub-event type, or null
     * @param count   merged events of the kind
     */
    public record KindCount(String code, String type, String subtype, long count) {
        public KindCount {
            Objects.requireNonNull(code, "code");
        }
    }
}
