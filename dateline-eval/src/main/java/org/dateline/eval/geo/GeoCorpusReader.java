package org.dateline.eval.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dateline.eval.Xml;

/**
 * Reads the geoparsing gold sets in the XML of Gritta et al.'s repositories with the JDK's StAX parser; DTDs and
 * external entities are not processed.
 *
 * <p>The layouts have an {@code articles} root with {@code article} elements, and the first article tells the
 * format: a {@code locations} child is GeoVirus ({@code source}, {@code text}, {@code locations/location} with
 * {@code name}, {@code start}, {@code end}, {@code lat}, {@code lon}, {@code page}; articles without id are named by
 * their position, "1", "2"...); a {@code file} attribute is GeoWebNews ({@code text}, {@code toponyms/toponym} with
 * {@code extractedName}, {@code type}, {@code start}, {@code end} and optional {@code geonamesID}, {@code latitude},
 * {@code longitude}); anything else with a {@code docid} attribute is LGL or TR-News ({@code text}, optional
 * {@code dltime}, {@code toponyms/toponym} with {@code start}, {@code end}, {@code phrase} and an optional
 * {@code gaztag geonameid=...} holding {@code lat}, {@code lon} and {@code fcode}).
 *
 * <p>The files are read as published: the date of an article is its {@code dltime} when that starts with an ISO
 * date, else the date it gives in words ("Wed Nov 23, 2016 | 4:58pm EST"), else none; a toponym whose offsets are a
 * few characters off its phrase is moved to the nearest occurrence of the phrase, and one whose phrase is not near
 * is left out, as is one whose offsets fall outside the text. Each of these is a {@link ReaderNote} naming the file,
 * line and cause. What cannot be worked around (XML that is not well-formed, an unknown layout, a number that is
 * none) is an {@link IllegalArgumentException} naming the file and the line.
 */
public final class GeoCorpusReader {
    /** How far a toponym's offsets may be off its phrase and still be realigned. */
    static final int MAX_SHIFT = 20;
    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final java.util.regex.Pattern MONTH_DAY_YEAR = java.util.regex.Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final java.util.regex.Pattern DAY_MONTH_YEAR = java.util.regex.Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+(\\d{4})\\b");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private final String source;
    private final List<ReaderNote> notes = new ArrayList<>();

    private GeoCorpusReader(String source) {
        this.source = source;
    }

    public static GeoCorpus read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** @param source names the input in error messages */
    public static GeoCorpus read(InputStream in, String source) {
        return Xml.read(in, source, "XML", xml -> new GeoCorpusReader(source).parse(xml));
    }

    /** An element with its attributes, its own character content, its child elements and its line. */
    private record Node(String name, Map<String, String> attributes, String text, List<Node> children, int line) {

        Node child(String childName) {
            return children.stream().filter(c -> c.name().equals(childName)).findFirst().orElse(null);
        }

        List<Node> all(String childName) {
            return children.stream().filter(c -> c.name().equals(childName)).toList();
        }
    }

    private GeoCorpus parse(XMLStreamReader xml) throws XMLStreamException {
        xml.nextTag();
        if (!xml.getLocalName().equals("articles")) {
            throw malformed(xml.getLocation().getLineNumber(),
                    "expected an <articles> root (LGL, TR-News or GeoWebNews), found <" + xml.getLocalName() + ">");
        }
        GeoFormat format = null;
        var documents = new ArrayList<GeoDocument>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            Node article = readNode(xml);
            if (!article.name().equals("article")) {
                throw malformed(article.line(), "expected <article>, found <" + article.name() + ">");
            }
            if (format == null) {
                format = detect(article);
            }
            String position = Integer.toString(documents.size() + 1);
            documents.add(switch (format) {
                case LGL -> lglDocument(article);
                case GEOWEBNEWS -> gwnDocument(article);
                case GEOVIRUS -> geoVirusDocument(article, position);
            });
        }
        while (xml.hasNext()) {
            xml.next(); // lets the parser check that only comments and white space follow the root
        }
        if (format == null) {
            throw new IllegalArgumentException(source + ": no <article> in <articles>");
        }
        return new GeoCorpus(format, documents, notes);
    }

    private GeoFormat detect(Node article) {
        if (article.child("locations") != null) {
            return GeoFormat.GEOVIRUS;
        }
        if (article.attributes().containsKey("file")) {
            return GeoFormat.GEOWEBNEWS;
        }
        if (article.attributes().containsKey("docid")) {
            return GeoFormat.LGL;
        }
        throw malformed(article.line(), "cannot tell the format: the first <article> has neither a docid attribute "
                + "(LGL, TR-News), a file attribute (GeoWebNews) nor <locations> (GeoVirus)");
    }

    private static Node readNode(XMLStreamReader xml) throws XMLStreamException {
        int line = xml.getLocation().getLineNumber();
        String name = xml.getLocalName();
        var attributes = new HashMap<String, String>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        var text = new StringBuilder();
        var children = new ArrayList<Node>();
        while (true) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> children.add(readNode(xml));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return new Node(name, Map.copyOf(attributes), text.toString(), List.copyOf(children), line);
                }
                default -> {
                    // comments and processing instructions
                }
            }
        }
    }

    private GeoDocument lglDocument(Node article) {
        String id = attribute(article, "docid");
        String text = required(article, "text").text();
        Node dltime = article.child("dltime");
        var toponyms = new ArrayList<GoldToponym>();
        for (Node t : toponymNodes(article)) {
            Node gazetteer = t.child("gaztag");
            if (gazetteer == null) {
                add(toponyms, id, text, t, "phrase", null, null, null, null);
            } else {
                String geonameId = gazetteer.attributes().get("geonameid");
                add(toponyms, id, text, t, "phrase", decimal(gazetteer, "lat"), decimal(gazetteer, "lon"),
                        optional(gazetteer, "fcode"),
                        geonameId == null || geonameId.isBlank() ? null : geonameId(gazetteer, geonameId));
            }
        }
        return document(article, id, text, dltime == null ? null : date(dltime, id), toponyms);
    }

    private GeoDocument geoVirusDocument(Node article, String position) {
        String docid = article.attributes().get("docid");
        String id = docid == null || docid.isBlank() ? position : docid.strip();
        String text = required(article, "text").text();
        var toponyms = new ArrayList<GoldToponym>();
        for (Node t : article.child("locations").all("location")) {
            add(toponyms, id, text, t, "name", decimal(t, "lat"), decimal(t, "lon"), null, null);
        }
        return document(article, id, text, null, toponyms);
    }

    private GeoDocument gwnDocument(Node article) {
        String id = attribute(article, "file");
        String text = required(article, "text").text();
        var toponyms = new ArrayList<GoldToponym>();
        for (Node t : toponymNodes(article)) {
            String type = required(t, "type").text().strip();
            if (!GeoFormat.GEOWEBNEWS.isKnownType(type)) {
                throw malformed(t.line(), "article " + id + ": unknown GeoWebNews toponym type '" + type + "'");
            }
            String geonameId = optional(t, "geonamesID");
            add(toponyms, id, text, t, "extractedName", decimal(t, "latitude"), decimal(t, "longitude"), type,
                    geonameId == null ? null : geonameId(t, geonameId));
        }
        return document(article, id, text, null, toponyms);
    }

    private static List<Node> toponymNodes(Node article) {
        Node toponyms = article.child("toponyms");
        return toponyms == null ? List.of() : toponyms.all("toponym");
    }

    private void add(List<GoldToponym> toponyms, String id, String text, Node t, String phraseElement, Double lat,
                     Double lon, String type, Long geonameId) {
        String phrase = required(t, phraseElement).text();
        int start = offset(t, "start");
        int end = offset(t, "end");
        if (start < 0 || end > text.length() || end < start) {
            int at = nearest(text, phrase, Math.max(0, Math.min(start, text.length())));
            if (at < 0) {
                note(t, id, ReaderNote.Cause.OUTSIDE_TEXT, "toponym '" + phrase + "' at " + start + ".." + end
                        + " lies outside the text (length " + text.length() + "): left out");
                return;
            }
            note(t, id, ReaderNote.Cause.OFFSET_REALIGNED, "toponym '" + phrase + "' at " + start + ".." + end
                    + " lies outside the text: moved to " + at + ".." + (at + phrase.length()));
            start = at;
            end = at + phrase.length();
        } else if (!text.substring(start, end).equals(phrase)) {
            int at = nearest(text, phrase, start);
            if (at < 0) {
                note(t, id, ReaderNote.Cause.OFFSET_SKIPPED, "toponym '" + phrase + "' at " + start + ".." + end
                        + " reads '" + text.substring(start, end) + "' in the text and is not within " + MAX_SHIFT
                        + " characters: left out");
                return;
            }
            note(t, id, ReaderNote.Cause.OFFSET_REALIGNED, "toponym '" + phrase + "' at " + start + ".." + end
                    + " reads '" + text.substring(start, end) + "' in the text: moved to " + at + ".."
                    + (at + phrase.length()));
            start = at;
            end = at + phrase.length();
        }
        try {
            toponyms.add(new GoldToponym(start, end, phrase, lat, lon, type, geonameId));
        } catch (IllegalArgumentException e) {
            throw malformed(t.line(), "article " + id + ": " + e.getMessage());
        }
    }

    /** The start of the occurrence of a phrase nearest to an offset, at most {@link #MAX_SHIFT} away; -1 if none. */
    static int nearest(String text, String phrase, int offset) {
        if (phrase.isEmpty()) {
            return -1;
        }
        int best = -1;
        int from = Math.max(0, offset - MAX_SHIFT);
        int to = Math.min(text.length() - phrase.length(), offset + MAX_SHIFT);
        for (int i = from; i <= to; i++) {
            if (text.startsWith(phrase, i) && (best < 0 || Math.abs(i - offset) < Math.abs(best - offset))) {
                best = i;
            }
        }
        return best;
    }

    private void note(Node node, String document, ReaderNote.Cause cause, String message) {
        notes.add(new ReaderNote(source, node.line(), document, cause, message));
    }

    private GeoDocument document(Node article, String id, String text, LocalDate date, List<GoldToponym> toponyms) {
        try {
            return new GeoDocument(id, text, date, toponyms);
        } catch (IllegalArgumentException e) {
            throw malformed(article.line(), e.getMessage());
        }
    }

    /**
     * The date of a publication time: its ISO date ("2009-03-20 12:24:52"), else the date it gives in words ("Wed
     * Nov 23, 2016 | 4:58pm EST", "23 November 2016"), noted; none when it is empty or gives none, noted too.
     */
    private LocalDate date(Node dltime, String id) {
        String value = dltime.text().strip();
        if (value.isEmpty()) {
            note(dltime, id, ReaderNote.Cause.TIME_MISSING, "empty <dltime>: the document is kept undated");
            return null;
        }
        java.util.regex.Matcher iso = ISO_DATE.matcher(value);
        if (iso.lookingAt()) {
            LocalDate d = date(iso.group(1), iso.group(2), iso.group(3));
            if (d != null) {
                return d;
            }
        }
        LocalDate d = null;
        java.util.regex.Matcher m = MONTH_DAY_YEAR.matcher(value);
        if (m.find()) {
            d = date(m.group(3), month(m.group(1)), m.group(2));
        } else if ((m = DAY_MONTH_YEAR.matcher(value)).find()) {
            d = date(m.group(3), month(m.group(2)), m.group(1));
        } else if ((m = ISO_DATE.matcher(value)).find()) {
            d = date(m.group(1), m.group(2), m.group(3));
        }
        if (d == null) {
            note(dltime, id, ReaderNote.Cause.TIME_UNREADABLE, "<dltime> '" + value + "' gives no date: the document"
                    + " is kept undated");
        } else {
            note(dltime, id, ReaderNote.Cause.TIME_FREE_FORM, "<dltime> '" + value + "' read as " + d);
        }
        return d;
    }

    private static String month(String name) {
        return Integer.toString(MONTHS.indexOf(name.toLowerCase(java.util.Locale.ROOT).substring(0, 3)) + 1);
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private String attribute(Node node, String name) {
        String value = node.attributes().get(name);
        if (value == null || value.isBlank()) {
            throw malformed(node.line(), "<" + node.name() + "> without " + name);
        }
        return value.strip();
    }

    private Node required(Node node, String child) {
        Node found = node.child(child);
        if (found == null) {
            throw malformed(node.line(), "<" + node.name() + "> without <" + child + ">");
        }
        return found;
    }

    /** The stripped text of a child element, or null when the element is absent or empty. */
    private static String optional(Node node, String child) {
        Node found = node.child(child);
        return found == null || found.text().isBlank() ? null : found.text().strip();
    }

    private Double decimal(Node node, String child) {
        String value = optional(node, child);
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw malformed(node.child(child).line(), "<" + child + "> '" + value + "' is not a number");
        }
    }

    private int offset(Node toponym, String child) {
        String value = required(toponym, child).text().strip();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw malformed(toponym.child(child).line(), "<" + child + "> '" + value + "' is not an integer");
        }
    }

    private Long geonameId(Node node, String value) {
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw malformed(node.line(), "GeoNames id '" + value.strip() + "' is not an integer");
        }
    }

    private IllegalArgumentException malformed(int line, String message) {
        return new IllegalArgumentException(source + ": line " + line + ": " + message);
    }
}
