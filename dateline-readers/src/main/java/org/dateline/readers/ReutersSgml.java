package org.dateline.readers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

/**
 * The pieces of the Reuters-21578 SGML markup: elements found by name (the files are not XML), character
 * references decoded, the wire's control characters and the "Reuter" sign-off removed, dates read.
 */
final class ReutersSgml {

    private static final Pattern ESCAPE_SEQUENCE = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]?");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");
    private static final Pattern SIGN_OFF = Pattern.compile("(?i)\\n[ \\t]*reuter[ \\t.]*\\s*\\z");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})-([A-Za-z]{3})-(\\d{4})");
    private static final DateTimeFormatter DAY_MONTH_YEAR = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d-MMM-yyyy").toFormatter(Locale.ENGLISH);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");

    private ReutersSgml() {
    }

    /** A pattern for {@code <tag ...>content</tag>}: group 1 holds the attributes, group 2 the content. */
    static Pattern element(String tag) {
        return Pattern.compile("<" + tag + "(\\s[^>]*)?>(.*?)</" + tag + ">", Pattern.DOTALL);
    }

    /** The raw content of the first element matched by {@code element} in {@code sgml}, or null. */
    static String content(Pattern element, String sgml) {
        Matcher m = element.matcher(sgml);
        return m.find() ? m.group(2) : null;
    }

    /** The value of {@code name="..."} in an opening tag's attributes, or null. */
    static String attribute(String attributes, String name) {
        Matcher m = ATTRIBUTE.matcher(attributes);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                return m.group(2);
            }
        }
        return null;
    }

    /**
     * Text content as printed: character references decoded ({@code &lt;}, {@code &#3;}), terminal escape
     * sequences and control characters removed, DEL (which stands for a lost space) made a space, line ends made
     * '\n'.
     */
    static String text(String raw) {
        String decoded = Parser.unescapeEntities(raw, false).replace("\r\n", "\n").replace('\r', '\n');
        decoded = ESCAPE_SEQUENCE.matcher(decoded).replaceAll("");
        return CONTROL.matcher(decoded).replaceAll("").replace('\u007F', ' ');
    }

    /** A body without the trailing "Reuter" sign-off and trailing white space. */
    static String withoutSignOff(String body) {
        return SIGN_OFF.matcher(body).replaceFirst("").stripTrailing();
    }

    /** The date of a DATE element ("26-FEB-1987 15:01:01.79"), or null. */
    static LocalDate date(String value) {
        Matcher m = DATE.matcher(value);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(), DAY_MONTH_YEAR);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
