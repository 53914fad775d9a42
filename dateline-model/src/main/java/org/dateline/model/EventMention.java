package org.dateline.model;

/**
 * One report of an event in its article: the words that tell it and the sentence they stand in. An event told in the
 * lead, a quote and a later paragraph has three.
 *
 * @param trigger     the word or phrase that denotes the event there, as written ("strike")
 * @param triggerSpan where it stands
 * @param start       start of the evidence: the sentence
 */
public record EventMention(String trigger, Span triggerSpan, int start, int end, int sentence) implements Evidence {
}
