package org.dateline.dedup;

import java.io.Serializable;
import java.util.ArrayList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Assigns articles to stories, one batch at a time, so that copies of one wire story count once.
 *
 * <p>The rules:
 * <ol>
 *   <li>A batch is taken in order of publication date, then article id, whatever order it comes in.</li>
 *   <li>An article's candidates are the indexed articles sharing at least one LSH {@link Band} with it (no all-pairs
 *       comparison); of those, it joins the story of the earliest (publication date, then id) candidate that is a
 *       {@link StoryFingerprint#nearDuplicate near-duplicate} and whose story began within {@value #STORY_DAYS} days of
 *       it. With none, it starts a story named by its own id.</li>
 *   <li>Story ids never change: an article matching two stories joins one and does not merge them, and an article of
 *       a later batch joins an existing story even when it was published before the story's first article.</li>
 *   <li>An article already indexed keeps its story, so a batch can be run again.</li>
 * </ol>
 * Within a batch and across batches in the same order, the result is therefore deterministic. Stateless; the state is
 * the {@link StoryIndex} passed in.
 */
public final class StoryClusterer implements Serializable {
    /**
     * How many days from a story's first article a copy may be published. Wire copies appear within a day or two;
     * recurring template reports ("Fed adds reserves via customer repurchases", daily, with other figures) are
     * near-duplicates too, and without the window they chain into one story over weeks.
     */
    public static final int STORY_DAYS = 3;
    private static final Comparator<ArticleFingerprint> FIRST =
            Comparator.comparing(ArticleFingerprint::published).thenComparing(ArticleFingerprint::articleId);

    /** Assigns each article of the batch to a story and adds it to the index; in the batch's sorted order. */
    public List<StoryAssignment> assign(List<ArticleFingerprint> batch, StoryIndex index) {
        Set<String> seen = new HashSet<>();
        for (ArticleFingerprint article : batch) {
            if (!seen.add(article.articleId())) {
                throw new IllegalArgumentException("article " + article.articleId() + " is twice in the batch");
            }
        }
        List<StoryAssignment> assignments = new ArrayList<>(batch.size());
        for (ArticleFingerprint article : batch.stream().sorted(FIRST).toList()) {
            String storyId = index.find(article.articleId()).map(IndexedArticle::storyId)
                    .orElseGet(() -> addToStory(article, index));
            assignments.add(new StoryAssignment(article.articleId(), storyId));
        }
        return List.copyOf(assignments);
    }

    private static String addToStory(ArticleFingerprint article, StoryIndex index) {
        String storyId = earliestDuplicate(article, index).map(IndexedArticle::storyId).orElse(article.articleId());
        index.add(new IndexedArticle(article, storyId));
        return storyId;
    }

    private static Optional<IndexedArticle> earliestDuplicate(ArticleFingerprint article, StoryIndex index) {
        return article.fingerprint().bands().stream()
                .flatMap(band -> index.withBand(band).stream())
                .filter(c -> StoryFingerprint.nearDuplicate(article.fingerprint(), c.article().fingerprint()))
                .filter(c -> withinStoryWindow(article, c, index))
                .min(Comparator.comparing(IndexedArticle::article, FIRST));
    }

    /** Whether the candidate's story began at most {@value #STORY_DAYS} days from the article's date, either way. */
    private static boolean withinStoryWindow(ArticleFingerprint article, IndexedArticle candidate, StoryIndex index) {
        LocalDate began = candidate.storyId().equals(candidate.article().articleId()) ? candidate.article().published()
                : index.find(candidate.storyId()).map(s -> s.article().published())
                        .orElse(candidate.article().published());
        return Math.abs(ChronoUnit.DAYS.between(began, article.published())) <= STORY_DAYS;
    }
}
