package org.dateline.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TimeML ({@code .tml}) files with the JDK's StAX parser; DTDs and external entities are not processed.
 *
 * <p>The document creation time is the TIMEX3 inside DCT (or, failing that, the TIMEX3 outside TEXT whose
 * functionInDocument is CREATION_TIME). The plain text is every character inside TEXT, tags removed; the TIMEX3s
 * inside TEXT become {@link GoldTimex} records with offsets into that text. Malformed documents are rejected with
 * an {@link IllegalArgumentException} that names the file.
 */
public final class TimeMlReader {

    private TimeMlReader() {
    }

    /** All {@code *.tml} files of a folder, in file-name order. */
    public static List<TimeMlDocument> readAll(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a folder of TimeML files: " + dir);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".tml"))
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .toList();
        }
        var documents = new ArrayList<TimeMlDocument>();
        for (Path file : files) {
            documents.add(read(file));
        }
        return List.copyOf(documents);
    }

    public static TimeMlDocument read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String fallbackId = name.endsWith(".tml") ? name.substring(0, name.length() - 4) : name;
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, fallbackId, file.toString());
        }
    }

    /**
     * @param fallbackId the id to use when the document has no DOCID
     * @param source     names the input in error messages
     */
    public static TimeMlDocument read(InputStream in, String fallbackId, String source) {
        return Xml.read(in, source, "TimeML", xml -> parse(xml, fallbackId, source));
    }

    private record OpenTimex(String tid, String type, String value, int start) {
    }

    private static TimeMlDocument parse(XMLStreamReader xml, String fallbackId, String source)
            throws XMLStreamException {
        var text = new StringBuilder();
        var docId = new StringBuilder();
        var timexes = new ArrayList<GoldTimex>();
        Deque<OpenTimex> open = new ArrayDeque<>();
        String creationValue = null;
        boolean inText = false;
        boolean sawText = false;
        boolean inDocId = false;
        boolean inDct = false;
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    switch (xml.getLocalName()) {
                        case "TEXT" -> {
                            if (sawText) {
                                throw new IllegalArgumentException(source + ": more than one TEXT element");
                            }
                            inText = true;
                            sawText = true;
                        }
                        case "DOCID" -> inDocId = true;
                        case "DCT" -> inDct = true;
                        case "TIMEX3" -> {
                            if (inText) {
                                open.push(new OpenTimex(required(xml, "tid", source), required(xml, "type", source),
                                        required(xml, "value", source), text.length()));
                            } else if (creationValue == null && (inDct || "CREATION_TIME".equals(
                                    xml.getAttributeValue(null, "functionInDocument")))) {
                                creationValue = required(xml, "value", source);
                            }
                        }
                        default -> {
                            // EVENT, SIGNAL and the other TimeML tags only mark up the text
                        }
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inText) {
                        text.append(xml.getText());
                    } else if (inDocId) {
                        docId.append(xml.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    switch (xml.getLocalName()) {
                        case "TEXT" -> inText = false;
                        case "DOCID" -> inDocId = false;
                        case "DCT" -> inDct = false;
                        case "TIMEX3" -> {
                            if (inText) {
                                OpenTimex t = open.pop();
                                timexes.add(new GoldTimex(t.tid(), t.type(), t.value(),
                                        text.substring(t.start()), t.start(), text.length()));
                            }
                        }
                        default -> {
                        }
                    }
                }
                default -> {
                }
            }
        }
        if (!sawText) {
            throw new IllegalArgumentException(source + ": no TEXT element");
        }
        if (creationValue == null) {
            throw new IllegalArgumentException(source + ": no document creation time (TIMEX3 in DCT)");
        }
        timexes.sort(Comparator.comparingInt(GoldTimex::start).thenComparingInt(GoldTimex::end));
        String id = docId.toString().strip();
        return new TimeMlDocument(id.isEmpty() ? fallbackId : id, creationDate(creationValue, source), creationValue,
                text.toString(), timexes);
    }

    private static String required(XMLStreamReader xml, String attribute, String source) {
        String value = xml.getAttributeValue(null, attribute);
        if (value == null) {
            throw new IllegalArgumentException(source + ": TIMEX3 without " + attribute + " at line "
                    + xml.getLocation().getLineNumber());
        }
        return value;
    }

    private static LocalDate creationDate(String value, String source) {
        try {
            return LocalDate.parse(value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(source + ": document creation time '" + value
                    + "' does not start with a date yyyy-mm-dd", e);
        }
    }
}
