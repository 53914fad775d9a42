package org.dateline.eval.event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.dateline.eval.Details;

/**
 * The Giveme5W1H gold set: a folder of news-please JSON files, each with {@code title}, {@code text}, optional
 * {@code description} and {@code date_publish} ({@code "2016-11-09 00:00:00"}; null or {@code "None"} for none),
 * and {@code fiveWoneH} mapping each question to {@code {label, annotated: [{text, coderPhraseCount, parsed?}]}}.
 * Annotations without a text, or with a blank one, are left out; {@code why} and {@code how} are not read.
 *
 * @param articles the articles read, sorted by file name
 * @param skipped  the files that could not be read as an article, sorted by file name
 */
public record FiveWGold(List<GoldArticle> articles, List<Skipped> skipped) {

    /** A {@code .json} file that is not an article, and why. */
    public record Skipped(String file, String reason) {
        public Skipped {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(reason, "reason");
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public FiveWGold {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }

    /**
     * Reads every {@code *.json} file of {@code dir}. A file that cannot be read, is not JSON, lacks a non-blank
     * {@code title} or {@code text} or a {@code fiveWoneH} object, or has a {@code date_publish} that does not start
     * with a date yyyy-mm-dd is skipped with its reason; the others are read.
     *
     * @throws IOException when {@code dir} is not a readable folder
     */
    public static FiveWGold read(Path dir) throws IOException {
        var articles = new ArrayList<GoldArticle>();
        var skipped = new ArrayList<Skipped>();
        for (Path file : jsonFiles(dir)) {
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - ".json".length());
            try {
                articles.add(article(id, JSON.readTree(file.toFile())));
            } catch (JacksonException e) {
                skipped.add(new Skipped(name, "not JSON: " + Details.oneLine(e.getOriginalMessage())));
            } catch (IOException e) {
                skipped.add(new Skipped(name, "cannot read: " + Details.oneLine(e.toString())));
            } catch (IllegalArgumentException e) {
                skipped.add(new Skipped(name, e.getMessage()));
            }
        }
        return new FiveWGold(articles, skipped);
    }

    private static List<Path> jsonFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a folder: " + dir);
        }
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(path -> path.getFileName().toString().endsWith(".json") && Files.isRegularFile(path))
                    .sorted()
                    .toList();
        }
    }

    private static GoldArticle article(String id, JsonNode json) {
        if (json == null || json.isMissingNode()) {
            throw new IllegalArgumentException("empty file");
        }
        if (!json.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode annotations = json.get("fiveWoneH");
        if (annotations == null || !annotations.isObject()) {
            throw new IllegalArgumentException("no fiveWoneH object");
        }
        var phrases = new EnumMap<Question, List<String>>(Question.class);
        for (Question question : Question.values()) {
            phrases.put(question, phrases(annotations, question));
        }
        return new GoldArticle(id, required(json, "title"), optional(json, "description"), required(json, "text"),
                date(json), phrases);
    }

    private static List<String> phrases(JsonNode annotations, Question question) {
        JsonNode annotated = annotations.path(question.key()).path("annotated");
        if (annotated.isMissingNode() || annotated.isNull()) {
            return List.of();
        }
        if (!annotated.isArray()) {
            throw new IllegalArgumentException("fiveWoneH." + question.key() + ".annotated is not an array");
        }
        var phrases = new ArrayList<String>();
        for (JsonNode entry : annotated) {
            String text = optional(entry, "text");
            if (text != null && !text.isBlank()) {
                phrases.add(text.strip());
            }
        }
        return phrases;
    }

    private static LocalDate date(JsonNode json) {
        String value = optional(json, "date_publish");
        if (value == null || value.isBlank() || value.strip().equals("None")) {
            return null;
        }
        String date = value.strip();
        try {
            return LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date_publish '" + value + "' does not start with a date yyyy-mm-dd");
        }
    }

    private static String required(JsonNode json, String field) {
        String value = optional(json, field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no " + field + " (a non-blank string)");
        }
        return value;
    }

    /** The string value of a field; null when it is absent, null or not a string. */
    private static String optional(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }
}
