package org.dateline.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    private static final LocalDate MONDAY = LocalDate.of(2022, 9, 19);
    private static final List<String> STORIES = List.of("wire", "wire-retitled-edited", "wire-retitled-added",
            "wire-trimmed", "other-same-event", "wire-follow-up");

    private final StoryClusterer clusterer = new StoryClusterer();

    private static ArticleFingerprint article(String id, int day, String story) {
        return new ArticleFingerprint(id, MONDAY.plusDays(day), StoryFingerprintTest.fingerprint(story));
    }

    private static Map<String, String> stories(List<StoryAssignment> assignments) {
        return assignments.stream().collect(Collectors.toMap(StoryAssignment::articleId, StoryAssignment::storyId));
    }

    @Test
    void twoCopiesOfOneStoryAreOneStoryNamedByTheEarliest() {
        List<StoryAssignment> assigned = clusterer.assign(List.of(article("b-outlet", 0, "wire-retitled-edited"),
                article("a-outlet", 1, "wire")), new InMemoryStoryIndex());
        assertEquals(Map.of("a-outlet", "b-outlet", "b-outlet", "b-outlet"), stories(assigned));
    }

    @Test
    void differentStoriesOnOneTopicAreDifferentStories() {
        List<StoryAssignment> assigned = clusterer.assign(List.of(article("wire", 0, "wire"),
                article("ap", 0, "other-same-event"), article("follow", 1, "wire-follow-up")),
                new InMemoryStoryIndex());
        assertEquals(Map.of("wire", "wire", "ap", "ap", "follow", "follow"), stories(assigned));
    }

    @Test
    void aLaterBatchJoinsTheStoriesOfEarlierOnesAndARerunChangesNothing() {
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        clusterer.assign(List.of(article("wire", 0, "wire"), article("ap", 0, "other-same-event")), index);
        List<ArticleFingerprint> next = List.of(article("copy", 1, "wire-trimmed"), article("follow", 1,
                "wire-follow-up"));
        assertEquals(Map.of("copy", "wire", "follow", "follow"), stories(clusterer.assign(next, index)));
        assertEquals(Map.of("copy", "wire", "follow", "follow"), stories(clusterer.assign(next, index)));
    }

    @Test
    void anArticleTwiceInABatchIsAnError() {
        ArticleFingerprint a = article("a", 0, "wire");
        assertThrows(IllegalArgumentException.class, () -> clusterer.assign(List.of(a, a), new InMemoryStoryIndex()));
    }

    @Property(tries = 50)
    void theStoriesDoNotDependOnTheOrderOfTheBatch(@ForAll @Size(min = 1, max = 12) List<Integer> picks,
                                                   @ForAll Random random) {
        List<ArticleFingerprint> batch = new ArrayList<>();
        for (int i = 0; i < picks.size(); i++) {
            batch.add(article("article-" + i, Math.floorMod(picks.get(i), 3), STORIES.get(Math.floorMod(picks.get(i),
                    STORIES.size()))));
        }
        Map<String, String> forward = stories(clusterer.assign(batch, new InMemoryStoryIndex()));
        List<ArticleFingerprint> shuffled = new ArrayList<>(batch);
        Collections.shuffle(shuffled, random);
        assertEquals(forward, stories(clusterer.assign(shuffled, new InMemoryStoryIndex())));
    }
    @Property(tries = 50)
    void aWindowedIndexGivesTheStoriesOfAWholeIndexOverManyDays(
            @ForAll @Size(min = 1, max = 40) List<Integer> picks) {
        List<ArticleFingerprint> articles = new ArrayList<>();
        for (int i = 0; i < picks.size(); i++) {
            int pick = Math.abs(picks.get(i) % 1000);
            articles.add(article("article-" + i, pick % 30, STORIES.get(pick % STORIES.size())));
        }
        Map<String, String> whole = stories(clusterer.assign(articles, new InMemoryStoryIndex()));
        WindowedStoryIndex window = new WindowedStoryIndex();
        List<StoryAssignment> daily = new ArrayList<>();
        for (List<ArticleFingerprint> day : articles.stream().collect(Collectors.groupingBy(
                ArticleFingerprint::published, TreeMap::new, Collectors.toList())).values()) {
            daily.addAll(clusterer.assign(day, window));
        }
        assertEquals(whole, stories(daily));
        assertTrue(window.size() <= articles.size());
    }

    @Test
    void aWindowedIndexForgetsOldArticlesAndRefusesOnesOutOfOrder() {
        WindowedStoryIndex window = new WindowedStoryIndex();
        clusterer.assign(List.of(article("old", 0, "wire")), window);
        clusterer.assign(List.of(article("new", WindowedStoryIndex.KEEP_DAYS + 1, "wire")), window);
        assertEquals(1, window.size());
        assertTrue(window.find("old").isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> clusterer.assign(List.of(article("late", 1, "wire-trimmed")), window));
    }
}
