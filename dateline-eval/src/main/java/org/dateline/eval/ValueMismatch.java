package org.dateline.eval;

/**
 * A gold expression matched by a predicted one whose value differs.
 *
 * @param document       the document id
 * @param text           the gold expression's words
 * @param predictedText  the predicted expression's words (differs from {@code text} when the extents differ)
 * @param goldValue      the gold TIMEX3 value
 * @param predictedValue the predicted value, or null when the system gave none
 */
public record ValueMismatch(String document, String text, String predictedText, String goldValue,
                            String predictedValue) {

    /** One line for a report: {@code doc "text" gold=V predicted=W}, with the predicted words when they differ. */
    public String describe() {
        String extent = text.equals(predictedText) ? "" : " (predicted \"" + oneLine(predictedText) + "\")";
        return document + " \"" + oneLine(text) + "\"" + extent + " gold=" + goldValue + " predicted="
                + (predictedValue == null ? "none" : predictedValue);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
