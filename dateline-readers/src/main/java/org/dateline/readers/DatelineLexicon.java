package org.dateline.readers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words a dateline may contain, loaded from a {@code kind<TAB>form} resource file such as
 * {@code lang/en/datelines.tsv}. Unknown kinds and malformed rows are errors, reported with their line.
 *
 * @param months    month names and abbreviations ("Sept")
 * @param agencies  news agencies printed in parentheses ("Reuters")
 * @param dashes    separators between the dateline and the body ("-", "—")
 * @param notPlaces capitalised words that open a story without being a place ("EXCLUSIVE")
 * @param particles words kept in lower case inside place names ("de")
 */
record DatelineLexicon(Set<String> months, Set<String> agencies, Set<String> dashes, Set<String> notPlaces,
                       Set<String> particles) {

    private static final List<String> KINDS = List.of("month", "agency", "dash", "notplace", "particle");

    DatelineLexicon {
        months = requireSome("month", months);
        agencies = requireSome("agency", agencies);
        dashes = requireSome("dash", dashes);
        notPlaces = Set.copyOf(notPlaces);
        particles = Set.copyOf(particles);
    }

    /** The English lexicon shipped with Dateline. */
    static DatelineLexicon english() {
        String resource = "lang/en/datelines.tsv";
        try (InputStream in = DatelineLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/dateline/readers/" + resource);
            }
            return parse(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/dateline/readers/" + resource, e);
        }
    }

    /** Parses a lexicon file: comment lines start with '#', blank lines are skipped. */
    static DatelineLexicon parse(InputStream in, String name) throws IOException {
        Map<String, Set<String>> forms = Map.of("month", new LinkedHashSet<>(), "agency", new LinkedHashSet<>(),
                "dash", new LinkedHashSet<>(), "notplace", new LinkedHashSet<>(), "particle", new LinkedHashSet<>());
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 2 || columns[1].isBlank() || !columns[1].equals(columns[1].strip())) {
                throw new IllegalStateException(name + " line " + number + ": expected kind<TAB>form, got \"" + line + "\"");
            }
            Set<String> set = forms.get(columns[0]);
            if (set == null) {
                throw new IllegalStateException(name + " line " + number + ": unknown kind \"" + columns[0]
                        + "\" (known: " + String.join(", ", KINDS) + ")");
            }
            set.add(columns[1]);
        }
        return new DatelineLexicon(forms.get("month"), forms.get("agency"), forms.get("dash"), forms.get("notplace"),
                forms.get("particle"));
    }

    private static Set<String> requireSome(String kind, Set<String> forms) {
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("a dateline lexicon needs at least one " + kind);
        }
        return Set.copyOf(forms);
    }
}
