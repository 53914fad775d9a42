package org.dateline.store;

/**
 * What a list shows for an article: its title, or, for an article without one, its dateline and first words
 * ("IZIUM, Ukraine (Reuters) - Ukrainian forces have found …"), never a placeholder.
 */
final class Headlines {
    /** A headline made from the text is cut at a word before this many characters. */
    static final int MAX_CHARS = 90;
    /** The characters of the text the SQL reads for a headline ({@link #COLUMNS}). */
    static final int LEAD_CHARS = 240;
    /** The columns a headline is made of, from {@code articles a}: title, dateline, the text's start. */
    static final String COLUMNS = "a.title, a.dateline, substr(a.text, 1, " + LEAD_CHARS + ")";

    private Headlines() {
    }

    /** The title when there is one, else the dateline (when the text does not begin with it) and first words. */
    static String of(String title, String dateline, String lead) {
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        String text = lead == null ? "" : lead.strip().replaceAll("\\s+", " ");
        if (dateline != null && !dateline.isBlank() && !text.startsWith(dateline.strip())) {
            text = (dateline.strip() + " " + text).strip();
        }
        if (text.isEmpty()) {
            return "(no text)";
        }
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_CHARS);
        return text.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS).strip() + " …";
    }
}
