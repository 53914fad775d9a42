package org.dateline.web;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The files the server sends and their media types: a path is served only when each of its segments is a plain name
 * (letters, digits, '.', '_', '-', not starting with a dot: no "..", no hidden files, no encoded separators) and its
 * extension is one of these.
 */
final class FileTypes {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("map", "application/json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"));

    private FileTypes() {
    }

    /** The media type of a path to serve, or null when it is not one (see the class comment). */
    static String typeOf(String path) {
        if (path == null || path.isEmpty() || path.length() > 300) {
            return null;
        }
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                return null;
            }
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
