package org.dateline.eval.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dateline.eval.Xml;

/**
 * Reads the geoparsing gold sets in the XML of Gritta et al.'s repository with the JDK's StAX parser; DTDs and
 * external entities are not processed.
 *
 * <p>Both layouts have an {@code articles} root with {@code article} elements, and the first article tells the
 * format: a {@code docid} attribute is LGL or TR-News ({@code text}, optional {@code dltime},
 * {@code toponyms/toponym} with {@code start}, {@code end}, {@code phrase} and an optional
 * {@code gaztag geonameid=...} holding {@code lat}, {@code lon} and {@code fcode}); a {@code file} attribute is
 * GeoWebNews ({@code text}, {@code toponyms/toponym} with {@code extractedName}, {@code type}, {@code start},
 * {@code end} and optional {@code geonamesID}, {@code latitude}, {@code longitude}). The date of an LGL article is
 * the date part of its {@code dltime}.
 *
 * <p>Every toponym inside the text must read as its phrase there ({@code text.substring(start, end)}); toponyms
 * whose offsets fall outside the text are left out and counted ({@link GeoCorpus#outsideText()}). Anything else
 * that does not fit, and XML that is not well-formed, is an {@link IllegalArgumentException} naming the file and
 * the line.
 */
public final class GeoCorpusReader {
    private final String source;
    private int outsideText;

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
            documents.add(format == GeoFormat.LGL ? lglDocument(article) : gwnDocument(article));
        }
        while (xml.hasNext()) {
            xml.next(); // lets the parser check that only comments and white space follow the root
        }
        if (format == null) {
            throw new IllegalArgumentException(source + ": no <article> in <articles>");
        }
        return new GeoCorpus(format, documents, outsideText);
    }

    private GeoFormat detect(Node article) {
        if (article.attributes().containsKey("docid")) {
            return GeoFormat.LGL;
        }
        if (article.attributes().containsKey("file")) {
            return GeoFormat.GEOWEBNEWS;
        }
        throw malformed(article.line(), "cannot tell the format: the first <article> has neither a docid attribute "
                + "(LGL, TR-News) nor a file attribute (GeoWebNews)");
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
        return document(article, id, text, dltime == null ? null : date(dltime), toponyms);
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
            outsideText++;
            return;
        }
        if (!text.substring(start, end).equals(phrase)) {
            throw malformed(t.line(), "article " + id + ": toponym '" + phrase + "' at " + start + ".." + end
                    + " reads '" + text.substring(start, end) + "' in the text");
        }
        try {
            toponyms.add(new GoldToponym(start, end, phrase, lat, lon, type, geonameId));
        } catch (IllegalArgumentException e) {
            throw malformed(t.line(), "article " + id + ": " + e.getMessage());
        }
    }

    private GeoDocument document(Node article, String id, String text, LocalDate date, List<GoldToponym> toponyms) {
        try {
            return new GeoDocument(id, text, date, toponyms);
        } catch (IllegalArgumentException e) {
            throw malformed(article.line(), e.getMessage());
        }
    }

    private LocalDate date(Node dltime) {
        String value = dltime.text().strip();
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw malformed(dltime.line(), "dltime '" + value + "' does not start with a date yyyy-mm-dd");
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
