package org.dateline.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import org.dateline.store.CorpusStore;
import org.dateline.store.EventFilter;
import org.dateline.store.EventSummary;
import org.dateline.store.MergedEvent;
import org.dateline.store.StoredReport;

/**
 * The merged events: a filtered page, one event with its evidence, the filtered events' timeline and their summary.
 */
final class EventRoutes {
    /** The most quotes an event's detail lists. */
    static final int QUOTES = 50;
    private final CorpusStore store;
    private final EventParams params;

    EventRoutes(CorpusStore store, EventParams params) {
        this.store = store;
        this.params = params;
    }

    /** {@code GET /api/events}: a page of the events the filters let through, in the order asked for. */
    Page<MergedEvent> events(Context ctx) {
        EventFilter page = params.page(QueryParams.of(ctx, EventParams.PAGED));
        List<MergedEvent> read = store.events(page.withPage(page.limit() + 1, page.offset()));
        return Page.of(read, page.limit(), page.offset());
    }

    /** {@code GET /api/events/{id}}: the event, its reports and its assertors' quotes in their articles. */
    EventDetail event(Context ctx) {
        QueryParams.of(ctx, Set.of());
        String id = ctx.pathParam("id");
        MergedEvent event = store.event(id).orElseThrow(() -> ApiException.notFound("no merged event '" + id + "'"));
        List<StoredReport> reports = store.reports(id);
        List<String> articles = reports.stream().map(StoredReport::articleId).toList();
        return new EventDetail(event, reports, store.quotesIn(articles, event.assertors(), QUOTES));
    }

    /** {@code GET /api/timeline}: how many of the filtered events begin in each day, week, month or year, by type. */
    TimelineView timeline(Context ctx) {
        EventFilter filter = params.filter(QueryParams.of(ctx, EventParams.FILTERS));
        return TimelineView.of(store.timeline(filter));
    }

    /** {@code GET /api/summary}: how many events the filters let through, and the counts of each choice. */
    EventSummary summary(Context ctx) {
        return store.summary(params.filter(QueryParams.of(ctx, EventParams.FILTERS)));
    }
}
