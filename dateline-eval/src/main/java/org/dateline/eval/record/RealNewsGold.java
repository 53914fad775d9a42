package org.dateline.eval.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A realnews-style gold set (as {@code ../shared/data/realnews/dev}): {@code articles/*.txt}, dated texts, and
 * {@code gold.jsonl}, one annotated article per line (schema in {@code realnews/README.md}).
 */
public final class RealNewsGold {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RealNewsGold() {
    }

    /**
     * Reads the annotation of every article of {@code dir}, in the order of {@code gold.jsonl}.
     *
     * @throws IOException naming the file (and line) when the folder lacks {@code gold.jsonl} or an article, or a
     *                     line is not a well-formed annotation
     */
    public static List<GoldReport> read(Path dir) throws IOException {
        Path gold = dir.resolve("gold.jsonl");
        if (!Files.isRegularFile(gold)) {
            throw new IOException(gold + ": no such file (a records set holds articles/*.txt and gold.jsonl)");
        }
        List<GoldReport> reports = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(gold)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                GoldReport r = report(dir, JSON.readTree(line));
                if (!Files.isRegularFile(r.file())) {
                    throw new IllegalArgumentException("its article " + r.file() + " does not exist");
                }
                reports.add(r);
            } catch (JacksonException e) {
                throw new IOException(gold + " line " + number + ": not JSON: " + e.getOriginalMessage());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IOException(gold + " line " + number + ": " + e.getMessage());
            }
        }
        return List.copyOf(reports);
    }

    static GoldReport report(Path dir, JsonNode n) {
        String file = text(n, "file");
        if (file == null) {
            throw new IllegalArgumentException("no \"file\"");
        }
        List<GoldEvent> events = list(n.path("events"), RealNewsGold::event);
        List<GoldQuote> quotes = list(n.path("quotes"), q -> new GoldQuote(text(q, "speaker"),
                text(q, "start_words"), strings(q.path("speaker_keys"))));
        List<GoldPlace> places = new ArrayList<>();
        Set<String> countries = new LinkedHashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("place_geo").fields(); it.hasNext(); ) {
            var e = it.next();
            GoldPlace p = place(e.getKey(), e.getValue());
            if (p != null) {
                places.add(p);
                countries.add(p.country());
            }
        }
        return new GoldReport(dir.resolve("articles").resolve(file), events, quotes, places, countries);
    }

    private static GoldEvent event(JsonNode e) {
        String type = text(e, "type");
        try {
            return new GoldEvent(type, text(e, "subtype"), strings(e.path("subtype_alt")), text(e, "actor1"),
                    strings(e.path("actor1_keys")), text(e, "place"), number(e, "lat"), number(e, "lon"),
                    e.path("tolerance_km").asDouble(0), DateRange.parse(text(e, "date")),
                    e.hasNonNull("fatalities") ? e.get("fatalities").asInt() : null,
                    list(e.path("fatalities_alt"), JsonNode::asInt), text(e, "asserted_by"),
                    strings(e.path("assertor_keys")), e.path("not_verified").asBoolean(false),
                    e.path("optional").asBoolean(false), strings(e.path("anchors")));
        } catch (IllegalArgumentException | NullPointerException x) {
            throw new IllegalArgumentException("event " + type + " at " + text(e, "place") + ": " + x.getMessage());
        }
    }

    /** A scored place: {@code [kind, CC, lat, lon, km]} or {@code [country, CC]}; null for {@code [skip]}. */
    private static GoldPlace place(String name, JsonNode v) {
        String kind = v.path(0).asText();
        if (kind.equals("skip")) {
            return null;
        }
        if (!v.path(1).isTextual()) {
            throw new IllegalArgumentException("place " + name + " has no country code");
        }
        if (kind.equals("country")) {
            return new GoldPlace(name, kind, v.get(1).asText(), null, null, 0);
        }
        if (!v.path(2).isNumber() || !v.path(3).isNumber()) {
            throw new IllegalArgumentException("place " + name + " (" + kind + ") has no coordinates");
        }
        return new GoldPlace(name, kind, v.get(1).asText(), v.get(2).asDouble(), v.get(3).asDouble(),
                v.path(4).asDouble(0));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asDouble();
    }

    private static List<String> strings(JsonNode array) {
        return list(array, JsonNode::asText);
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(item.apply(n));
        }
        return out;
    }
}
