package org.dateline.model.text;

/**
 * Turns exception texts into the short, one-line explanations that problem reports carry (a reader's problems, a
 * watched source's failures).
 */
public final class Messages {

    private static final int MAX_LENGTH = 160;

    private Messages() {
    }

    /** The first line of the exception's message, shortened, or its class name when it has none. */
    public static String brief(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return oneLine(message);
    }

    /** The first non-blank line of {@code text}, with control characters removed, at most 160 characters. */
    public static String oneLine(String text) {
        String line = text.strip().lines().findFirst().orElse("").replaceAll("\\p{Cntrl}", " ").strip();
        if (line.isEmpty()) {
            return "(no details)";
        }
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 3) + "...";
    }

    /** A value quoted for a message, shortened to one line. */
    public static String quote(String value) {
        return "\"" + oneLine(value) + "\"";
    }
}
