package org.dateline.eval;

/** Text made fit for a report's detail lines. */
public final class Details {

    private Details() {
    }

    /** The text with every run of white space, line breaks included, folded into one space; "" for null. */
    public static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
