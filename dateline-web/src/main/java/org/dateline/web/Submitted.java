package org.dateline.web;

/**
 * What became of a posted article.
 *
 * @param id     the article id (the content hash of its text)
 * @param stored true when it was analysed and stored now, false when the corpus had it already
 * @param events how many events its analysis found
 */
public record Submitted(String id, boolean stored, int events) {
}
