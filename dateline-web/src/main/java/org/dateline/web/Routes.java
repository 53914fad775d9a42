package org.dateline.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * Every route of the desk, in one place; {@code openapi.json} describes each ({@code <path>} matches the rest of the
 * path, slashes included). The read routes' answers go through the {@link ResponseCache}.
 */
final class Routes {
    private Routes() {
    }

    /** A route: method, path (Javalin's syntax) and handler. */
    record Route(HandlerType method, String path, Handler handler) {
    }

    /** A read route: the answer to send as JSON (200), computed from the request; refusals are thrown. */
    @FunctionalInterface
    interface Read {
        Object answer(Context ctx);
    }

    /** The route groups of the desk. */
    record Groups(EventRoutes events, ArticleRoutes articles, CorpusRoutes corpus, ExportRoutes exports,
                  LiveFeed feed, BaseMapRoutes basemap, VendorFiles vendor) {
    }

    static List<Route> all(Groups g, ResponseCache cache) {
        EventRoutes events = g.events();
        ArticleRoutes articles = g.articles();
        CorpusRoutes corpus = g.corpus();
        return List.of(
                read(cache, "/api/events", events::events),
                read(cache, "/api/events/{id}", events::event),
                read(cache, "/api/timeline", events::timeline),
                read(cache, "/api/summary", events::summary),
                new Route(HandlerType.GET, "/api/export/{format}", g.exports()::export),
                new Route(HandlerType.GET, "/api/stream", g.feed()::handle),
                read(cache, "/api/articles", articles::recent),
                new Route(HandlerType.POST, "/api/articles", articles::post),
                read(cache, "/api/articles/{id}", articles::article),
                read(cache, "/api/search", corpus::search),
                read(cache, "/api/quotes", corpus::quotes),
                read(cache, "/api/entities/{name}", corpus::entity),
                read(cache, "/api/stats", corpus::stats),
                read(cache, "/api/sources", corpus::sources),
                fresh("/api/config", corpus::config),
                fresh("/api/basemap", g.basemap()::basemap),
                fresh("/api/places/{z}/{x}/{y}", g.basemap()::tile),
                new Route(HandlerType.GET, "/openapi.json", OpenApi::serve),
                new Route(HandlerType.GET, "/", PageFiles::index),
                new Route(HandlerType.GET, "/static/<path>", PageFiles::file),
                new Route(HandlerType.GET, "/vendor/{package}/<path>", g.vendor()::file));
    }

    /** A GET route answered anew each time: what it says changes without the corpus changing. */
    private static Route fresh(String path, Read read) {
        return new Route(HandlerType.GET, path, ctx -> JsonResponses.write(ctx, 200, read.answer(ctx)));
    }

    /** A GET route whose answer is kept in the cache, by path and query, while the corpus is unchanged. */
    private static Route read(ResponseCache cache, String path, Read read) {
        return new Route(HandlerType.GET, path, ctx -> {
            String key = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
            byte[] body = cache.get(key, () -> JsonResponses.bytes(read.answer(ctx)));
            ctx.status(200).contentType(JsonResponses.CONTENT_TYPE).result(body);
        });
    }

    static void register(Javalin app, List<Route> routes) {
        routes.forEach(r -> app.addHttpHandler(r.method(), r.path(), r.handler()));
    }
}
