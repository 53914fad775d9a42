package org.dateline.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
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
import org.eclipse.jetty.http.BadMessageException;

/** The stored articles: the newest, one with its analysis, and posting a new one. */
final class ArticleRoutes {
    private static final ObjectReader REQUEST = strict().readerFor(ArticleRequest.class);
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

    /**
     * {@code POST /api/articles}: analyses and stores an article; 201 with its id, whether it is new, its events. The
     * body is read, and the article analysed, on the intake's own threads ({@link ArticleIntake#later}), never on a
     * request thread; a body that arrives too slowly is cut off by Jetty (408, {@link DeskServer}).
     */
    void post(Context ctx) {
        QueryParams.of(ctx, Set.of());
        ctx.future(() -> intake.later(() -> {
            ArticleRequest request = request(body(ctx));
            Submitted submitted = intake.submit(request.toArticle(datelines));
            if (submitted.stored()) {
                stored.run();
            }
            JsonResponses.write(ctx, 201, submitted);
        }));
    }

    /**
     * The body, up to the limit (a chunked body has no Content-Length for {@link WriteGuard} to check); one cut off
     * for arriving too slowly is a 408.
     */
    private byte[] body(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                throw new ApiException(413, "the body is over the limit of " + maxBodyBytes + " bytes");
            }
            return body;
        } catch (BadMessageException e) {
            throw new ApiException(e.getCode(), "the body arrived too slowly or not at all: " + e.getReason());
        } catch (IOException e) {
            if (e.getCause() instanceof BadMessageException bad) {
                throw new ApiException(bad.getCode(), "the body arrived too slowly or not at all: " + bad.getReason());
            }
            throw ApiException.badRequest("cannot read the body: " + e.getMessage());
        }
    }

    /**
     * A mapper that takes a JSON string only for a string field: {@code "text": 5} or {@code true} is refused, as the
     * JSONL reader refuses it, never stored as "5".
     */
    private static ObjectMapper strict() {
        ObjectMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).build();
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
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
