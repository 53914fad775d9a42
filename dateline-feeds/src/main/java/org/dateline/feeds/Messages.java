package org.dateline.feeds;

/** One-line messages of failures. */
final class Messages {
    private Messages() {
    }

    /** The exception's message on one line, or its type when it has none. */
    static String brief(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.strip().replaceAll("\\s+", " ");
    }
}
