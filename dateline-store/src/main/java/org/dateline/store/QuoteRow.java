package org.dateline.store;

/**
 * A stored quote with the article it appeared in.
 *
 * @param articleId   the article
 * @param quoteId     the quote's id within the article
 * @param text        the quoted words
 * @param speakerName the speaker's name, or null
 * @param cue         the verb of saying ("say"), or null
 * @param channel     where it was said ("Telegram"), or null
 * @param said        the date the article gives for the utterance, or null
 * @param published   the article's publication date, yyyy-mm-dd
 * @param source      the outlet, or null
 * @param title       the article's title, or null
 * @param headline    the article's title, or its dateline and first words when it has none
 */
public record QuoteRow(String articleId, String quoteId, String text, String speakerName, String cue,
                       String channel, String said, String published, String source, String title,
                       String headline) {
}
