package org.dateline.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of one request, read as typed values: each problem is a 400 that names the parameter and
 * what it takes. A parameter the route does not know is an error too, so that a misspelt filter is never ignored.
 */
final class QueryParams {
    private final Map<String, List<String>> values;

    private QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The request's parameters, which must all be among {@code known}. */
    static QueryParams of(Context ctx, Set<String> known) {
        Map<String, List<String>> values = ctx.queryParamMap();
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw ApiException.badRequest("unknown parameter '" + name + "'; this route takes "
                        + String.join(", ", new TreeSet<>(known)));
            }
        }
        return new QueryParams(values);
    }

    /** Every value of a repeatable parameter, in order. */
    List<String> all(String name) {
        return List.copyOf(values.getOrDefault(name, List.of()));
    }

    /** The value of a parameter given at most once, or null when absent or empty. */
    String text(String name) {
        List<String> given = values.getOrDefault(name, List.of());
        if (given.size() > 1) {
            throw ApiException.badRequest("'" + name + "' is given " + given.size() + " times; give it once");
        }
        return given.isEmpty() || given.get(0).isBlank() ? null : given.get(0).strip();
    }

    /** A whole number in [min, max], or {@code absent} when not given. */
    int integer(String name, int absent, int min, int max) {
        String text = text(name);
        if (text == null) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw ApiException.badRequest("'" + name + "' must be a whole number from " + min + " to " + max + ", got '"
                + text + "'");
    }

    /** A number in [min, max] (finite), or {@code absent} when not given. */
    double number(String name, double absent, double min, double max) {
        String text = text(name);
        return text == null ? absent : number(name, text, min, max);
    }

    static double number(String name, String text, double min, double max) {
        try {
            double value = Double.parseDouble(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw ApiException.badRequest("'" + name + "' must be a number from " + min + " to " + max + ", got '"
                + text + "'");
    }

    /** A day, yyyy-mm-dd, or null when not given. */
    LocalDate date(String name) {
        String text = text(name);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'" + name + "' must be a day as YYYY-MM-DD, got '" + text + "'");
        }
    }

    /** true or false, or {@code absent} when not given. */
    boolean bool(String name, boolean absent) {
        String text = text(name);
        if (text == null) {
            return absent;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badRequest("'" + name + "' must be true or false, got '" + text + "'");
        };
    }

    /** One of an enum's constants, in any case, or null when not given. */
    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("'" + name + "' must be one of " + List.of(type.getEnumConstants())
                    + ", got '" + text + "'");
        }
    }

    /** A parameter that must be given. */
    String required(String name) {
        String text = text(name);
        if (text == null) {
            throw ApiException.badRequest("'" + name + "' is required");
        }
        return text;
    }
}
