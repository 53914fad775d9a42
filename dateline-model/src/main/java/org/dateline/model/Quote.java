package org.dateline.model;

/**
 * A direct quote.
 *
 * @param text        the words inside the quotation marks
 * @param speaker     id of the speaking entity, or null when unknown
 * @param speakerName name of the speaker as canonicalised, or null
 * @param speakerSpan the mention that names the speaker next to the quote, or null (continued paragraphs)
 * @param cue         the verb of saying, lemmatised ("say", "write"), or null
 * @param cueSpan     where the cue stands, or null
 * @param channel     where it was said ("televised address", "Telegram"), or null
 * @param channelSpan where the channel stands, or null
 * @param date        normalised value of the time stated for the utterance ("2022-09-19"), or null
 * @param start       offset of the quoted words (inside the marks)
 */
public record Quote(String id, String text, String speaker, String speakerName, Span speakerSpan, String cue,
                    Span cueSpan, String channel, Span channelSpan, String date, int start, int end, int sentence)
        implements Evidence {
}
