package org.dateline.eval.event;

/** Text made fit for a report's detail lines. */
final class Details {

    private Details() {
    }

    /** The text with every run of white space, line breaks included, folded into one space; "" for null. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
