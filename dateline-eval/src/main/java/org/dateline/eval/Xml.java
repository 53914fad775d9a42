package org.dateline.eval;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reading a gold set's XML safely: no DTDs, no external entities; malformed input named with its line and column. */
public final class Xml {
    /** What is read from the stream. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(XMLStreamReader xml) throws XMLStreamException;
    }

    private Xml() {
    }

    /**
     * Parses a stream; the stream itself is closed by the caller.
     *
     * @param source names the input in error messages
     * @param what   the kind of XML expected, for error messages ("XML", "TimeML")
     * @throws IllegalArgumentException when the input is not well-formed, naming source, line and column
     */
    public static <T> T read(InputStream in, String source, String what, Parser<T> parser) {
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(in);
            return parser.parse(xml);
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
            String message = e.getMessage();
            int lead = message.indexOf("Message: ");
            throw new IllegalArgumentException(source + ": not well-formed " + what + where + ": "
                    + (lead >= 0 ? message.substring(lead + "Message: ".length()) : message), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // the stream itself is closed by the caller
                }
            }
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
