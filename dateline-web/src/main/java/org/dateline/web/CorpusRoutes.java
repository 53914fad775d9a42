package org.dateline.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import org.dateline.store.ArticleHit;
import org.dateline.store.CorpusStats;
import org.dateline.store.CorpusStore;
import org.dateline.store.EntityProfile;
import org.dateline.store.QuoteRow;
import org.dateline.store.SourceStatus;

/** Reads across the corpus: full-text search, quotes by speaker, entity profiles, counts, and the page's settings. */
final class CorpusRoutes {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;
    private final CorpusStore store;
    private final DeskConfig config;
    private final ArticleIntake intake;

    CorpusRoutes(CorpusStore store, DeskConfig config, ArticleIntake intake) {
        this.store = store;
        this.config = config;
        this.intake = intake;
    }

    /** {@code GET /api/search?q=&limit=}: articles holding every word, best first, each with a snippet. */
    List<ArticleHit> search(Context ctx) {
        QueryParams q = QueryParams.of(ctx, Set.of("q", "limit"));
        return store.search(q.required("q"), limit(q));
    }

    /** {@code GET /api/quotes?speaker=&limit=}: quotes by a speaker (whole words of the name), newest first. */
    List<QuoteRow> quotes(Context ctx) {
        QueryParams q = QueryParams.of(ctx, Set.of("speaker", "limit"));
        return store.quotesBy(q.required("speaker"), limit(q));
    }

    /** {@code GET /api/entities/{name}?limit=}: what the corpus holds on a person or organisation; 404 if nothing. */
    EntityProfile entity(Context ctx) {
        QueryParams q = QueryParams.of(ctx, Set.of("limit"));
        String name = ctx.pathParam("name");
        return store.entity(name, q.integer("limit", 10, 1, MAX_LIMIT))
                .orElseThrow(() -> ApiException.notFound("no person or organisation named '" + name + "'"));
    }

    /** {@code GET /api/stats}: counts, the span of the events' first days and the events per kind. */
    CorpusStats stats(Context ctx) {
        QueryParams.of(ctx, Set.of());
        return store.stats();
    }

    /**
     * {@code GET /api/sources}: the health of each source `dateline watch` follows into this corpus (last visit and
     * success, new items, errors and the last one), in the order they were added; empty when none is watched.
     */
    List<SourceStatus> sources(Context ctx) {
        QueryParams.of(ctx, Set.of());
        return store.sources();
    }

    /** {@code GET /api/config}: the map tiles, whether articles may be posted and whether the analyzer is loaded. */
    ConfigView config(Context ctx) {
        QueryParams.of(ctx, Set.of());
        return ConfigView.of(config, intake.status());
    }

    private static int limit(QueryParams q) {
        return q.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }
}
