package org.dateline.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.dateline.analysis.Json;
import org.dateline.readers.DatelineParser;
import org.dateline.store.ArticleLinks;
import org.dateline.store.ArticleSummary;
import org.dateline.store.CorpusStore;

/** The stored articles: the newest, one with its analysis, and posting a new one. */
final class ArticleRoutes {
    private static final ObjectReader REQUEST = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readerFor(ArticleRequest.class);
    private static final ObjectMapper TREES = new ObjectMapper();
    private final CorpusStore store;
    private final ArticleIntake intake;
    private final DatelineParser datelines = DatelineParser.english();
    private final int maxBodyBytes;
    private final Runnable stored;

    /** @param stored told when a posted article was stored */
    ArticleRoutes(CorpusStore store, ArticleIntake intake, int maxBodyBytes, Runnable stored) {
        this.store = store;
        this.intake = intake;
        this.maxBodyBytes = maxBodyBytes;
        this.stored = stored;
    }

    /** {@code GET /api/articles?limit&offset}: a page of the articles, newest publication date first. */
    Page<ArticleSummary> recent(Context ctx) {
        QueryParams q = QueryParams.of(ctx, Set.of("limit", "offset"));
        int limit = q.integer("limit", EventParams.DEFAULT_LIMIT, 1, EventParams.MAX_LIMIT);
        int offset = q.integer("offset", 0, 0, Integer.MAX_VALUE - EventParams.MAX_LIMIT - 1);
        return Page.of(store.recentArticles(limit + 1, offset), limit, offset);
    }

    /** {@code GET /api/articles/{id}}: the dateline/1 record, the story and the merged event of each event. */
    ArticleView article(Context ctx) {
        QueryParams.of(ctx, Set.of());
        String id = ctx.pathParam("id");
        JsonNode record = store.article(id).map(a -> tree(Json.write(a, false)))
                .orElseThrow(() -> ApiException.notFound("no article '" + id + "'"));
        ArticleLinks links = store.links(id).orElseThrow(() -> ApiException.notFound("no article '" + id + "'"));
        return new ArticleView(record, links.storyId(), links.events());
    }

    private static JsonNode tree(String json) {
        try {
            return TREES.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalStateException("dateline/1 JSON always parses", e);
        }
    }

    /** {@code POST /api/articles}: analyses and stores an article; 201 with its id, whether it is new, its events. */
    void post(Context ctx) {
        QueryParams.of(ctx, Set.of());
        ArticleRequest request = request(body(ctx));
        Submitted submitted = intake.submit(request.toArticle(datelines));
        if (submitted.stored()) {
            stored.run();
        }
        JsonResponses.write(ctx, 201, submitted);
    }

    /** The body, up to the limit (a chunked body has no Content-Length for {@link WriteGuard} to check). */
    private byte[] body(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                throw new ApiException(413, "the body is over the limit of " + maxBodyBytes + " bytes");
            }
            return body;
        } catch (IOException e) {
            throw ApiException.badRequest("cannot read the body: " + e.getMessage());
        }
    }

    private static ArticleRequest request(byte[] body) {
        try {
            ArticleRequest r = REQUEST.readValue(body);
            if (r == null) {
                throw ApiException.badRequest("the body must be a JSON object");
            }
            return r;
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("unknown field \"" + e.getPropertyName() + "\"; an article has date, title,"
                    + " source, url and text");
        } catch (JacksonException e) {
            throw ApiException.badRequest("the body must be a JSON object with date, title, source, url and text: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badRequest("cannot read the body: " + e.getMessage());
        }
    }
}
