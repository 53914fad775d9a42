package org.dateline.model.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A language-data file: a header of {@code #} lines naming its source, licence and version, then rows of
 * tab-separated columns. Loaded once and validated: a missing header field or a row with the wrong number of
 * columns is an error naming the file and line.
 */
public final class Lexicon {
    private static final String ROOT = "/org/dateline/lang/";
    private final String name;
    private final List<List<String>> rows;

    private Lexicon(String name, List<List<String>> rows) {
        this.name = name;
        this.rows = rows;
    }

    /**
     * Loads {@code lang/<language>/<file>} from the class path.
     *
     * @param columns the number of tab-separated columns every row must have
     */
    public static Lexicon load(String language, String file, int columns) {
        String path = ROOT + language + "/" + file;
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("language data " + path + " is missing from the class path");
            }
            return parse(path, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language data " + path, e);
        }
    }

    /**
     * Reads a language-data file from a path (training data kept outside the class path), with the same checks.
     *
     * @throws IOException when it cannot be read; {@link IllegalStateException} naming the line when it is malformed
     */
    public static Lexicon read(java.nio.file.Path file, int columns) throws IOException {
        try (BufferedReader reader = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.toString(), reader, columns);
        }
    }

    static Lexicon parse(String path, BufferedReader reader, int columns) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        Set<String> header = new java.util.HashSet<>();
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.startsWith("#")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    header.add(line.substring(1, colon).strip().toLowerCase(Locale.ROOT));
                }
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            List<String> cols = List.of(line.split("\t", -1));
            if (cols.size() != columns) {
                throw new IllegalStateException(path + " line " + lineNo + ": expected " + columns
                        + " tab-separated columns, found " + cols.size());
            }
            rows.add(cols.stream().map(String::strip).collect(Collectors.toUnmodifiableList()));
        }
        for (String required : List.of("source", "licence", "version")) {
            if (!header.contains(required)) {
                throw new IllegalStateException(path + ": header lacks '# " + required + ":'");
            }
        }
        return new Lexicon(path, List.copyOf(rows));
    }

    public String name() {
        return name;
    }

    public List<List<String>> rows() {
        return rows;
    }

    /** The first column of every row, lower-cased. */
    public Set<String> words() {
        return rows.stream().map(r -> r.get(0).toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The first column, lower-cased, of every row whose second column is {@code kind}.
     *
     * @throws IllegalArgumentException when no row is of that kind (a misspelt kind would otherwise find nothing)
     */
    public Set<String> words(String kind) {
        Set<String> words = rows.stream().filter(r -> r.size() > 1 && r.get(1).equals(kind))
                .map(r -> r.get(0).toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        if (words.isEmpty()) {
            throw new IllegalArgumentException(name + ": no row of kind " + kind);
        }
        return words;
    }

    /** Splits a multi-valued column ("a|b|c"); "-" stands for none. */
    public static List<String> values(String column) {
        if (column.equals("-") || column.isEmpty()) {
            return List.of();
        }
        return List.of(column.split("\\|"));
    }
}
