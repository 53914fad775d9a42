package org.dateline.store;

import java.util.List;

/**
 * How the events query reads: the codes the event kinds stand for, the box coordinates must lie in, and which
 * restrictions are read through their index. A restriction that lets few rows through is read through its index (an
 * IN-list of keys, which SQLite walks in key order); one that lets many through is checked row by row on whatever
 * drives the query, which then stops early: at a few percent of the rows or more, a page is found within a few
 * thousand rows.
 *
 * @param codes          the stored codes of the filter's event kinds; empty when it has none
 * @param box            the box the coordinates must lie in (a circle's bounding box, within the filter's box), or
 *                       null
 * @param codesIndexed   whether the codes are read through event_clusters_code
 * @param boxIndexed     whether the box is read through event_clusters_rtree
 * @param sourcesIndexed whether the minimum of sources is read through event_clusters_sources
 * @param ftsProbed      whether the FTS filter is checked per row (another restriction is tiny) instead of driving
 */
record EventPlan(List<String> codes, EventFilter.Box box, boolean codesIndexed, boolean boxIndexed,
                 boolean sourcesIndexed, boolean ftsProbed) {
    EventPlan {
        codes = List.copyOf(codes);
    }
}
