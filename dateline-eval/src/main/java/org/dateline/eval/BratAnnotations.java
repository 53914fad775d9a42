package org.dateline.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.model.Span;

/**
 * Parses the attribution events of a PolNeAR brat {@code .ann} file.
 *
 * <p>Text-bound lines ({@code T3\tContent 10 20;25 40\ttext}) give spans; event lines
 * ({@code E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1}) tie a trigger to its Source, Cue and Content roles
 * (a role may repeat as Content2, Source2 ...). Events of type Attribution-no-source have no Source role.
 * brat offsets count code points; they are converted to Java string offsets. Each text-bound annotation's quoted
 * text is checked against the article text (whitespace-insensitively); notes, attributes and relations are
 * ignored, and lines that start with no annotation id continue the previous line's quoted text.
 */
final class BratAnnotations {

    private static final Pattern ID_LINE = Pattern.compile("^([TERAMN#*])(\\d*)\\t.*", Pattern.DOTALL);
    private static final Pattern FRAGMENT = Pattern.compile("(\\d+) (\\d+)");
    private static final Pattern ROLE = Pattern.compile("(Source|Cue|Content)\\d*");

    private record TextBound(String type, List<Span> spans, int line) {
    }

    private BratAnnotations() {
    }

    static List<GoldAttribution> parse(String ann, String text, String source) {
        var textBounds = new HashMap<String, TextBound>();
        var quoted = new HashMap<String, StringBuilder>();
        var events = new ArrayList<String[]>();
        var eventLines = new ArrayList<Integer>();
        String lastTextBound = null;
        String[] lines = ann.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = i + 1;
            Matcher id = ID_LINE.matcher(line);
            if (!id.matches()) {
                if (lastTextBound != null) {
                    quoted.get(lastTextBound).append('\n').append(line);
                } else if (!line.isBlank()) {
                    throw error(source, lineNo, "not a brat annotation line: " + line);
                }
                continue;
            }
            String[] fields = line.split("\t", -1);
            lastTextBound = null;
            switch (id.group(1)) {
                case "T" -> {
                    if (fields.length < 2) {
                        throw error(source, lineNo, "text-bound annotation without type and offsets");
                    }
                    textBounds.put(fields[0], textBound(fields[1], text, source, lineNo));
                    quoted.put(fields[0], new StringBuilder(fields.length > 2 ? fields[2] : ""));
                    lastTextBound = fields[0];
                }
                case "E" -> {
                    if (fields.length < 2) {
                        throw error(source, lineNo, "event without arguments");
                    }
                    events.add(new String[] {fields[0], fields[1]});
                    eventLines.add(lineNo);
                }
                default -> {
                    // relations, attributes, normalisations and notes carry nothing we score
                }
            }
        }
        for (var entry : textBounds.entrySet()) {
            checkQuotedText(entry.getKey(), entry.getValue(), quoted.get(entry.getKey()).toString(), text, source);
        }
        var attributions = new ArrayList<GoldAttribution>();
        for (int e = 0; e < events.size(); e++) {
            attributions.add(attribution(events.get(e)[0], events.get(e)[1], textBounds, source, eventLines.get(e)));
        }
        return List.copyOf(attributions);
    }

    private static TextBound textBound(String typeAndOffsets, String text, String source, int lineNo) {
        int space = typeAndOffsets.indexOf(' ');
        if (space < 0) {
            throw error(source, lineNo, "text-bound annotation without offsets");
        }
        var spans = new ArrayList<Span>();
        for (String fragment : typeAndOffsets.substring(space + 1).split(";")) {
            Matcher m = FRAGMENT.matcher(fragment.strip());
            if (!m.matches()) {
                throw error(source, lineNo, "bad offsets '" + fragment + "'");
            }
            int start = toStringOffset(text, Integer.parseInt(m.group(1)), source, lineNo);
            int end = toStringOffset(text, Integer.parseInt(m.group(2)), source, lineNo);
            if (end < start) {
                throw error(source, lineNo, "span ends before it starts: " + fragment);
            }
            spans.add(new Span(start, end));
        }
        return new TextBound(typeAndOffsets.substring(0, space), List.copyOf(spans), lineNo);
    }

    private static GoldAttribution attribution(String id, String arguments, Map<String, TextBound> textBounds,
                                               String source, int lineNo) {
        String[] parts = arguments.strip().split("\\s+");
        String trigger = parts[0].substring(0, Math.max(0, parts[0].indexOf(':')));
        if (!trigger.startsWith("Attribution")) {
            throw error(source, lineNo, "unknown event type '" + parts[0] + "'");
        }
        var sourceSpans = new ArrayList<Span>();
        var cueSpans = new ArrayList<Span>();
        var contentSpans = new ArrayList<Span>();
        for (int i = 1; i < parts.length; i++) {
            int colon = parts[i].indexOf(':');
            String role = colon < 0 ? "" : parts[i].substring(0, colon);
            Matcher known = ROLE.matcher(role);
            if (!known.matches()) {
                throw error(source, lineNo, "unknown role '" + parts[i] + "'");
            }
            TextBound argument = textBounds.get(parts[i].substring(colon + 1));
            if (argument == null) {
                throw error(source, lineNo, "role " + parts[i] + " names no text-bound annotation");
            }
            switch (known.group(1)) {
                case "Source" -> sourceSpans.addAll(argument.spans());
                case "Cue" -> cueSpans.addAll(argument.spans());
                default -> contentSpans.addAll(argument.spans());
            }
        }
        return new GoldAttribution(id, sorted(sourceSpans), sorted(cueSpans), sorted(contentSpans));
    }

    private static List<Span> sorted(List<Span> spans) {
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        return spans;
    }

    private static void checkQuotedText(String id, TextBound bound, String quoted, String text, String source) {
        var covered = new StringBuilder();
        for (Span span : bound.spans()) {
            covered.append(covered.length() == 0 ? "" : " ").append(span.of(text));
        }
        if (!squeeze(covered.toString()).equals(squeeze(quoted))) {
            throw error(source, bound.line(),
                    id + " says '" + quoted.strip() + "' but its offsets cover '" + covered + "'");
        }
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static int toStringOffset(String text, int codePoints, String source, int lineNo) {
        try {
            return text.offsetByCodePoints(0, codePoints);
        } catch (IndexOutOfBoundsException e) {
            throw error(source, lineNo, "offset " + codePoints + " is beyond the text");
        }
    }

    private static IllegalArgumentException error(String source, int lineNo, String message) {
        return new IllegalArgumentException(source + ":" + lineNo + ": " + message);
    }
}
