package org.dateline.readers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.dateline.model.text.Messages;

/**
 * Reads JSON Lines: one JSON object per line with {@code text}, {@code date} or {@code published} (ISO date or
 * date-time), and optionally {@code title}, {@code url} and {@code source}. A line that is not JSON, is not valid
 * UTF-8, or lacks the text or the date is one problem with its line number; the other lines are read. Blank lines
 * are skipped.
 */
public final class JsonlReader implements ArticleReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** Room for the JSON around a text of the longest allowed length. */
    private static final long LINE_OVERHEAD_BYTES = 1 << 20;

    private final DatelineParser datelines;

    /** A reader that recognises English datelines. */
    public JsonlReader() {
        this(DatelineParser.english());
    }

    /** A reader that recognises datelines with {@code datelines}. */
    public JsonlReader(DatelineParser datelines) {
        this.datelines = Objects.requireNonNull(datelines, "datelines");
    }

    @Override
    public void read(Path file, ReadOptions options, ArticleSink sink) {
        if (!FileContent.check(file, Long.MAX_VALUE, options.maxChars(), sink) || !FileContent.looksLikeText(file, sink)) {
            return;
        }
        long maxLineBytes = FileContent.bytesFor(options.maxChars()) + LINE_OVERHEAD_BYTES;
        int lastLine = 0;
        try (InputStream in = Files.newInputStream(file)) {
            ByteLines lines = new ByteLines(in, maxLineBytes);
            for (Optional<ByteLines.Line> line = lines.next(); line.isPresent(); line = lines.next()) {
                lastLine = line.get().number();
                readLine(file, line.get(), options, sink);
            }
        } catch (IOException e) {
            sink.problem(new ReadProblem(file, "line " + (lastLine + 1), FileContent.cannotRead(e)));
        }
    }

    private void readLine(Path file, ByteLines.Line line, ReadOptions options, ArticleSink sink) {
        String location = "line " + line.number();
        if (line.tooLong()) {
            sink.problem(new ReadProblem(file, location, "too long: " + line.length()
                    + " bytes, more than the limit of " + options.maxChars() + " characters allows"
                    + " (ReadOptions.maxChars)"));
            return;
        }
        byte[] bytes = line.bytes();
        int nul = Utf8.firstNul(bytes, 0, bytes.length);
        int invalid = Utf8.firstInvalidByte(bytes, 0, bytes.length);
        if (nul >= 0 || invalid >= 0) {
            sink.problem(new ReadProblem(file, location, nul >= 0
                    ? "binary data, not text (NUL byte at byte offset " + (line.offset() + nul) + ")"
                    : "invalid UTF-8 at byte offset " + (line.offset() + invalid) + " (save the file as UTF-8)"));
            return;
        }
        String json = new String(bytes, StandardCharsets.UTF_8);
        if (line.number() == 1) {
            json = FileContent.withoutByteOrderMark(json);
        }
        if (json.isBlank()) {
            return;
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            sink.problem(new ReadProblem(file, location, "not JSON (" + Messages.oneLine(e.getOriginalMessage()) + ")"));
            return;
        }
        String problem = problemOf(node);
        if (problem != null) {
            sink.problem(new ReadProblem(file, location, problem));
            return;
        }
        String text = node.get("text").textValue();
        LocalDate date = IsoDates.parse(string(node, dateField(node)));
        ArticleAssembler.assemble(file, location, new Draft(text, date, datelines.find(text).orElse(null),
                string(node, "title"), string(node, "source"), string(node, "url")), options, sink);
    }

    /** Why the object cannot hold an article, or null: no text, a date that is not ISO. */
    private static String problemOf(JsonNode node) {
        if (!node.isObject()) {
            return "not a JSON object (a " + node.getNodeType().name().toLowerCase(Locale.ROOT) + ")";
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            return "no \"text\"";
        }
        if (!text.isTextual()) {
            return "\"text\" is not a string";
        }
        String field = dateField(node);
        JsonNode date = node.get(field);
        if (date != null && !date.isNull() && IsoDates.parse(date.isTextual() ? date.textValue() : null) == null) {
            return "\"" + field + "\" " + Messages.quote(date.isTextual() ? date.textValue() : date.toString()) + " is not an ISO date or date-time";
        }
        return null;
    }

    private static String dateField(JsonNode node) {
        JsonNode date = node.get("date");
        return date != null && !date.isNull() ? "date" : "published";
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
