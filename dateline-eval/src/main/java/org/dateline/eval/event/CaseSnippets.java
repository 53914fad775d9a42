package org.dateline.eval.event;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * Reads the CASE 2021 Task 2 TSV: a header {@code id\tEventSnippet\tSubType}, then one snippet per line with three
 * tab-separated fields, each stripped of surrounding white space. Quotation marks are literal text, never field
 * delimiters. A byte order mark, CRLF line ends and blank lines are tolerated.
 */
public final class CaseSnippets {
    /** The header line, column by column. */
    public static final List<String> HEADER = List.of("id", "EventSnippet", "SubType");

    private CaseSnippets() {
    }

    /**
     * @return the snippets in file order
     * @throws IOException when the file cannot be read or is not UTF-8, lacks the header, or has a line with other
     *                     than three fields, an empty id, text or label, or an id seen before; the message names the
     *                     file and the line
     */
    public static List<CaseSnippet> read(Path file) throws IOException {
        List<String> lines = lines(file, Files.readAllBytes(file));
        if (lines.isEmpty()) {
            throw malformed(file, 1, "empty file, expected the header " + String.join("\\t", HEADER));
        }
        String header = lines.get(0);
        checkHeader(file, header.startsWith("\uFEFF") ? header.substring(1) : header);
        var snippets = new ArrayList<CaseSnippet>();
        var ids = new HashSet<String>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            CaseSnippet snippet = snippet(file, i + 1, lines.get(i));
            if (!ids.add(snippet.id())) {
                throw malformed(file, i + 1, "id " + snippet.id() + " appears twice");
            }
            snippets.add(snippet);
        }
        return List.copyOf(snippets);
    }

    /** The lines between LF bytes, each without a CR at its end, decoded strictly so that bad bytes name a line. */
    private static List<String> lines(Path file, byte[] bytes) throws IOException {
        var lines = new ArrayList<String>();
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int length = (end > start && bytes[end - 1] == '\r' ? end - 1 : end) - start;
            try {
                lines.add(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, start, length)).toString());
            } catch (CharacterCodingException e) {
                throw malformed(file, lines.size() + 1, "not UTF-8 (" + e + ")");
            }
            start = end + 1;
        }
        return lines;
    }

    private static void checkHeader(Path file, String line) throws IOException {
        List<String> fields = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
        if (!fields.equals(HEADER)) {
            throw malformed(file, 1, "expected the header " + String.join("\\t", HEADER) + ", found '" + line + "'");
        }
    }

    private static CaseSnippet snippet(Path file, int lineNo, String line) throws IOException {
        String[] fields = line.split("\t", -1);
        if (fields.length != HEADER.size()) {
            throw malformed(file, lineNo, fields.length + " tab-separated fields, expected " + HEADER.size());
        }
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].isBlank()) {
                throw malformed(file, lineNo, "empty " + HEADER.get(i));
            }
        }
        return new CaseSnippet(fields[0].strip(), fields[1].strip(), fields[2].strip());
    }

    private static IOException malformed(Path file, int lineNo, String message) {
        return new IOException(file + ": line " + lineNo + ": " + message);
    }
}
