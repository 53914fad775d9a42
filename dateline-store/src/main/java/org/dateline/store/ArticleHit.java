package org.dateline.store;

/**
 * An article found by a full-text search.
 *
 * @param id      the article id
 * @param date    its publication date, yyyy-mm-dd
 * @param title   its title, or null
 * @param source  its outlet, or null
 * @param snippet the best-matching passage, matched words in [brackets], cuts marked with an ellipsis
 */
public record ArticleHit(String id, String date, String title, String source, String snippet) {
}
