package org.dateline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.store.CorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /openapi.json} describes exactly the routes the server has, and its references resolve. */
class OpenApiTest {
    private static final JsonNode DOC = Http.parse(new String(OpenApi.load(), StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    @Test
    void everyRouteIsDescribedAndNothingElse() {
        try (CorpusStore store = CorpusStore.open(dir.resolve("c.db"));
             LiveFeed feed = new LiveFeed(store, Duration.ofSeconds(1), Duration.ofSeconds(15))) {
            EventParams params = new EventParams(PlaceLookup.corpusOnly(store), new KnownKinds(store));
            ArticleIntake intake = new ArticleIntake(store, () -> TestCorpus.analyzer(new AtomicInteger()));
            List<Routes.Route> routes = Routes.all(new Routes.Groups(new EventRoutes(store, params),
                    new ArticleRoutes(store, intake, DeskConfig.DEFAULT_MAX_BODY_BYTES, () -> { }),
                    new CorpusRoutes(store, DeskConfig.local(0), intake),
                    new ExportRoutes(store, params, Clock.systemUTC()), feed, new BaseMapRoutes(null, List::of),
                    new VendorFiles(null)), new ResponseCache(() -> 0, 0, 0));
            Set<String> served = new TreeSet<>();
            for (Routes.Route r : routes) {
                served.add(r.method().name().toLowerCase(Locale.ROOT) + " "
                        + r.path().replace('<', '{').replace('>', '}'));
            }
            Set<String> described = new TreeSet<>();
            DOC.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                    .forEachRemaining(method -> described.add(method + " " + path.getKey())));
            assertEquals(served, described);
        }
    }

    @Test
    void everyPathParameterIsDeclaredAndEveryReferenceResolves() {
        DOC.get("paths").fields().forEachRemaining(path -> path.getValue().forEach(op -> {
            List<String> declared = new ArrayList<>();
            op.path("parameters").forEach(p -> {
                if (p.get("in").asText().equals("path")) {
                    declared.add(p.get("name").asText());
                }
            });
            List<String> inPath = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
            while (m.find()) {
                inPath.add(m.group(1));
            }
            assertEquals(inPath, declared, path.getKey());
        }));
        List<String> refs = new ArrayList<>();
        collectRefs(DOC, refs);
        assertTrue(refs.size() > 20);
        for (String ref : refs) {
            String name = ref.substring("#/components/schemas/".length());
            assertTrue(DOC.get("components").get("schemas").has(name), ref);
        }
    }

    @Test
    void theServerServesIt() {
        try (CorpusStore store = CorpusStore.open(dir.resolve("c.db"));
             DeskServer server = DeskServer.start(DeskConfig.local(0), store,
                     () -> TestCorpus.analyzer(new AtomicInteger()), PlaceLookup.corpusOnly(store))) {
            JsonNode served = new Http(server.port()).json("/openapi.json", 200);
            assertEquals(DOC, served);
            assertEquals("3.0.3", served.get("openapi").asText());
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (name.equals("$ref")) {
                    refs.add(node.get(name).asText());
                } else {
                    collectRefs(node.get(name), refs);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }
}
