package org.dateline.store.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The code tables of the ACLED export, read once from the headed TSV resources beside this class:
 * {@code acled-inter.tsv} (actor category to inter code), {@code acled-disorder.tsv} (event type to disorder type)
 * and {@code iso-3166.tsv} (country codes). A malformed table fails loudly, naming the file and line.
 */
final class AcledCodes {
    private static final Set<Integer> INTER_CODES = Set.of(1, 2, 3, 4, 5, 6, 7, 8);
    private final Map<String, OptionalInt> inter = new HashMap<>();
    private final Map<String, String> disorder = new HashMap<>();
    private final Map<String, Country> countries = new HashMap<>();

    /** ISO 3166-1 codes of one country. */
    record Country(String alpha2, String alpha3, int numeric) {
    }

    private AcledCodes() {
    }

    /** The tables from the resources. */
    static AcledCodes load() {
        AcledCodes codes = new AcledCodes();
        for (String[] row : rows("acled-inter.tsv", "category", "inter", "acled_actor_type")) {
            OptionalInt code = row[1].equals("-") ? OptionalInt.empty() : OptionalInt.of(interCode(row[1]));
            if (codes.inter.put(row[0], code) != null) {
                throw new IllegalStateException("acled-inter.tsv: category " + row[0] + " is given twice");
            }
        }
        for (String[] row : rows("acled-disorder.tsv", "event_type", "sub_event_type", "disorder_type")) {
            if (codes.disorder.put(row[0] + "\t" + row[1], row[2]) != null) {
                throw new IllegalStateException("acled-disorder.tsv: " + row[0] + " / " + row[1] + " is given twice");
            }
        }
        for (String[] row : rows("iso-3166.tsv", "alpha2", "alpha3", "numeric")) {
            if (!row[0].matches("[A-Z]{2}") || !row[1].matches("[A-Z]{3}") || !row[2].matches("\\d{3}")) {
                throw new IllegalStateException("iso-3166.tsv: malformed codes " + String.join(" ", row));
            }
            codes.countries.put(row[0], new Country(row[0], row[1], Integer.parseInt(row[2])));
        }
        return codes;
    }

    /** The inter code of an actor category; empty when the category has none or is unknown. */
    OptionalInt inter(String category) {
        return category == null ? OptionalInt.empty() : inter.getOrDefault(category, OptionalInt.empty());
    }

    /** The disorder type of an event type and sub-event type, or null when the type is unknown. */
    String disorderType(String type, String subtype) {
        String exact = disorder.get(type + "\t" + subtype);
        return exact != null ? exact : disorder.get(type + "\t*");
    }

    /** The country of an ISO 3166-1 alpha-2 code, or null. */
    Country country(String alpha2) {
        return alpha2 == null ? null : countries.get(alpha2);
    }

    private static int interCode(String text) {
        try {
            int code = Integer.parseInt(text);
            if (INTER_CODES.contains(code)) {
                return code;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException("acled-inter.tsv: inter must be 1 to 8 or '-', got '" + text + "'");
    }

    /** The rows of a headed TSV resource whose "# columns:" line names {@code columns}. */
    private static List<String[]> rows(String resource, String... columns) {
        try (InputStream in = AcledCodes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            boolean headed = false;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.startsWith("# columns:")) {
                    if (!line.substring("# columns:".length()).strip().equals(String.join("\t", columns))) {
                        throw new IllegalStateException(resource + ": expected the columns "
                                + String.join(", ", columns) + ", got " + line);
                    }
                    headed = true;
                } else if (!line.startsWith("#") && !line.isBlank()) {
                    String[] row = line.split("\t", -1);
                    if (!headed || row.length != columns.length) {
                        throw new IllegalStateException(resource + ":" + number + ": expected " + columns.length
                                + " tab-separated columns after the '# columns:' line, got: " + line);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
