package org.dateline.model;

/**
 * Who asserts that an event happened.
 *
 * @param name   as written or canonicalised ("Serhiy Gaidai", "Ukraine's armed forces", "Reuters"); marks left at its
 *               ends by the page it was read from ("> Serhiy Gaidai", "“officials") are dropped
 * @param entity id of the asserting entity, or null
 * @param kind   OUTLET (the article itself), OFFICIAL (a named person with an office), PARTY (a government, army or
 *               armed group), PERSON, UNNAMED ("sources said") or ORGANIZATION
 * @param via    id of the quote or claim that carries the assertion, or null when the outlet reports it
 */
public record Assertion(String name, String entity, String kind, String via) {
    public Assertion {
        name = trimMarks(name);
    }

    /**
     * The name without what is neither a letter nor a digit at its start, nor at its end but a closing bracket or a
     * full stop ("U.S."); null when nothing is left.
     */
    static String trimMarks(String name) {
        if (name == null) {
            return null;
        }
        int start = 0;
        int end = name.length();
        while (start < end && !Character.isLetterOrDigit(name.codePointAt(start))) {
            start += Character.charCount(name.codePointAt(start));
        }
        while (end > start) {
            int c = name.codePointBefore(end);
            if (Character.isLetterOrDigit(c) || c == ')' || c == '.') {
                break;
            }
            end -= Character.charCount(c);
        }
        return start == end ? null : name.substring(start, end);
    }
}
