package org.dateline.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The result of an evaluation: named figures in a fixed order, and optional detail lines (such as value mismatches).
 *
 * <p>Printed as {@code name: value} lines, ratios with three decimals and counts as integers, then the detail lines,
 * each behind {@code "# "}. A prefix such as {@code "corenlp"} prints the same figures as
 * {@code corenlp-value-accuracy: 0.773}, so the figures of a baseline can stand beside Dateline's.
 */
public record Report(List<Figure> figures, List<String> details) {

    /** One named number: a ratio in [0, 1] or a count. */
    public record Figure(String name, double value, Kind kind) {
        public enum Kind { RATIO, COUNT }

        public Figure {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            if (name.isBlank() || !name.equals(name.strip()) || name.contains(":")) {
                throw new IllegalArgumentException("bad figure name '" + name + "'");
            }
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("figure " + name + " is not a number: " + value);
            }
        }

        String formatted() {
            return kind == Kind.COUNT ? Long.toString(Math.round(value)) : String.format(Locale.ROOT, "%.3f", value);
        }
    }

    public Report {
        figures = List.copyOf(figures);
        details = List.copyOf(details);
        var names = new HashSet<String>();
        for (Figure figure : figures) {
            if (!names.add(figure.name())) {
                throw new IllegalArgumentException("figure " + figure.name() + " appears twice");
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The value of the named figure; an unknown name is an error, never a default. */
    public double value(String name) {
        return figures.stream()
                .filter(figure -> figure.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no figure named " + name + " in this report"))
                .value();
    }

    public void print(PrintStream out) {
        print(out, "");
    }

    /** Prints the figures as {@code prefix-name: value} (or {@code name: value} for an empty prefix), then details. */
    public void print(PrintStream out, String prefix) {
        String lead = prefix.isEmpty() ? "" : prefix + "-";
        for (Figure figure : figures) {
            out.println(lead + figure.name() + ": " + figure.formatted());
        }
        for (String detail : details) {
            out.println("# " + detail);
        }
    }

    /** Collects figures in the order they are added. */
    public static final class Builder {
        private final List<Figure> figures = new ArrayList<>();
        private final List<String> details = new ArrayList<>();

        private Builder() {
        }

        public Builder ratio(String name, double value) {
            figures.add(new Figure(name, value, Figure.Kind.RATIO));
            return this;
        }

        public Builder count(String name, long value) {
            figures.add(new Figure(name, value, Figure.Kind.COUNT));
            return this;
        }

        /** Adds {@code <name>-precision<suffix>}, {@code <name>-recall<suffix>} and {@code <name>-f1<suffix>}. */
        public Builder score(String name, String suffix, Score score) {
            return ratio(name + "-precision" + suffix, score.precision())
                    .ratio(name + "-recall" + suffix, score.recall())
                    .ratio(name + "-f1" + suffix, score.f1());
        }

        public Builder detail(String line) {
            details.add(Objects.requireNonNull(line, "line"));
            return this;
        }

        public Report build() {
            return new Report(figures, details);
        }
    }
}
