package org.dateline.store;

/**
 * A stored article as a list shows it.
 *
 * @param id      the article id
 * @param date    its publication date, yyyy-mm-dd
 * @param title   its title, or null
 * @param source  its outlet, or null
 * @param storyId  the story it belongs to (copies of one wire story share it), or null before a refresh
 * @param headline its title, or its dateline and first words when it has none
 */
public record ArticleSummary(String id, String date, String title, String source, String storyId, String headline) {
}
