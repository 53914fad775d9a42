package org.dateline.dedup;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A {@link StoryIndex} for one pass over articles in order of publication date, holding only the last days: memory
 * grows with the articles of {@value #KEEP_DAYS} days, not with the corpus. Not thread-safe.
 *
 * <p>It gives the {@link StoryClusterer} the same answers as {@link InMemoryStoryIndex} when articles come in date
 * order. An article X can join only a candidate published at most {@value StoryClusterer#STORY_DAYS} days before it
 * (the candidate's story began on or before the candidate and at most that many days from X), and that candidate's
 * story began at most as many days before the candidate: so nothing older than twice the story window (plus a day for
 * the boundary) is ever asked for, and an older candidate still held is rejected by the window whatever its story.
 */
public final class WindowedStoryIndex implements StoryIndex {
    /** How many days before the newest article the index keeps. */
    public static final int KEEP_DAYS = 2 * StoryClusterer.STORY_DAYS + 1;

    private final InMemoryStoryIndex index = new InMemoryStoryIndex();
    private final Deque<IndexedArticle> byDate = new ArrayDeque<>();
    private LocalDate newest;

    @Override
    public Optional<IndexedArticle> find(String articleId) {
        return index.find(articleId);
    }

    @Override
    public List<IndexedArticle> withBand(Band band) {
        return index.withBand(band);
    }

    /**
     * Indexes an article and forgets those published more than {@value #KEEP_DAYS} days before it.
     *
     * @throws IllegalArgumentException when the article is older than the newest one indexed, or indexed already
     */
    @Override
    public void add(IndexedArticle article) {
        LocalDate published = article.article().published();
        if (newest != null && published.isBefore(newest)) {
            throw new IllegalArgumentException("article " + article.article().articleId() + " of " + published
                    + " comes after one of " + newest + ": a windowed index takes articles in date order");
        }
        index.add(article);
        newest = published;
        byDate.addLast(article);
        LocalDate limit = published.minusDays(KEEP_DAYS);
        while (byDate.peekFirst().article().published().isBefore(limit)) {
            index.remove(byDate.pollFirst());
        }
    }

    /** How many articles the index holds now. */
    public int size() {
        return index.size();
    }
}
