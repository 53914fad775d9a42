package org.dateline.analysis.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The learned attribution model: four logistic-regression scorers (is this token a cue; is this range the content of
 * the cue; is this the cue's source; is this quotation reported speech rather than a scare quote or a title) and the
 * probability above which a token is taken as a cue. Stored as a language-data file,
 * {@code lang/en/attribution-model.tsv}: a header naming source, licence and version, then rows
 * {@code part	feature	weight} and {@code threshold	name	value}. Immutable.
 */
public record AttributionModel(Map<Part, LinearScorer> scorers, Map<String, Double> thresholds,
                               List<String> header) {
    public static final String RESOURCE = "/org/dateline/lang/en/attribution-model.tsv";

    /** The four scorers. */
    public enum Part { CUE, CONTENT, SOURCE, QUOTE }

    public AttributionModel {
        scorers = Map.copyOf(scorers);
        thresholds = Map.copyOf(thresholds);
        header = List.copyOf(header);
        for (Part part : Part.values()) {
            if (!scorers.containsKey(part)) {
                throw new IllegalArgumentException("attribution model lacks the " + part + " scorer");
            }
        }
    }

    public LinearScorer scorer(Part part) {
        return scorers.get(part);
    }

    /** A threshold by name, or the given default when the model names none. */
    public double threshold(String name, double otherwise) {
        return thresholds.getOrDefault(name, otherwise);
    }

    /** The model shipped with Dateline, from the class path. */
    public static AttributionModel standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final AttributionModel STANDARD = load();
    }

    private static AttributionModel load() {
        try (InputStream in = AttributionModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the attribution model " + RESOURCE + " is missing from the class path");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a model file; a malformed row or a header without source, licence and version is an error. */
    public static AttributionModel read(BufferedReader reader, String name) throws IOException {
        Map<Part, Map<String, Double>> weights = new EnumMap<>(Part.class);
        Map<String, Double> thresholds = new HashMap<>();
        List<String> header = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.startsWith("#")) {
                header.add(line);
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 3) {
                throw new IllegalStateException(name + " line " + lineNo + ": expected 3 tab-separated columns, found "
                        + cols.length);
            }
            double value;
            try {
                value = Double.parseDouble(cols[2]);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(name + " line " + lineNo + ": not a number: " + cols[2]);
            }
            if (cols[0].equals("threshold")) {
                thresholds.put(cols[1], value);
                continue;
            }
            Part part;
            try {
                part = Part.valueOf(cols[0].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(name + " line " + lineNo + ": unknown part " + cols[0]);
            }
            weights.computeIfAbsent(part, k -> new HashMap<>()).put(cols[1], value);
        }
        for (String required : List.of("source", "licence", "version")) {
            if (header.stream().noneMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("# " + required + ":"))) {
                throw new IllegalStateException(name + ": header lacks '# " + required + ":'");
            }
        }
        Map<Part, LinearScorer> scorers = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            Map<String, Double> w = weights.get(part);
            if (w == null) {
                throw new IllegalStateException(name + ": no weights for " + part.name().toLowerCase(Locale.ROOT));
            }
            scorers.put(part, new LinearScorer(part.name().toLowerCase(Locale.ROOT), w));
        }
        return new AttributionModel(scorers, thresholds, header);
    }

    /** Writes the model in the form {@link #read} reads: the header lines, thresholds, then weights sorted. */
    public void write(Writer out) throws IOException {
        for (String h : header) {
            out.write(Objects.requireNonNull(h));
            out.write('\n');
        }
        for (var t : new TreeMap<>(thresholds).entrySet()) {
            out.write("threshold\t" + t.getKey() + "\t" + format(t.getValue()) + "\n");
        }
        for (Part part : Part.values()) {
            String p = part.name().toLowerCase(Locale.ROOT);
            for (var w : new TreeMap<>(scorers.get(part).weights()).entrySet()) {
                out.write(p + "\t" + w.getKey() + "\t" + format(w.getValue()) + "\n");
            }
        }
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
