package org.dateline.store;

/** One stored quote: its article, its id within the article, its text and the speaker's name (nullable). */
public record StoredQuote(String articleId, String id, String text, String speakerName) {
}
