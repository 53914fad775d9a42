package org.dateline.eval.event;

/** A system's answers for one article; a null or blank answer is no answer. */
public record FiveWAnswer(String who, String what, String when, String where) {
    /** No answer to any question. */
    public static final FiveWAnswer NONE = new FiveWAnswer(null, null, null, null);

    public String answer(Question question) {
        return switch (question) {
            case WHO -> who;
            case WHAT -> what;
            case WHEN -> when;
            case WHERE -> where;
        };
    }
}
