package org.dateline.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Near-duplicate detection on synthetic wire stories (written for these tests, in {@code stories/}): an original and
 * its copies as other outlets run them, a follow-up from the same wire and another outlet's own story of the event.
 */
class StoryFingerprintTest {

    static String story(String name) {
        try (InputStream in = StoryFingerprintTest.class.getResourceAsStream("stories/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StoryFingerprint fingerprint(String name) {
        return StoryFingerprint.of(story(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wire-retitled-edited", "wire-retitled-added", "wire-trimmed"})
    void aRetitledEditedCopyOfAWireStoryIsANearDuplicate(String copy) {
        StoryFingerprint original = fingerprint("wire");
        assertTrue(StoryFingerprint.nearDuplicate(original, fingerprint(copy)));
        assertTrue(original.bands().stream().anyMatch(fingerprint(copy).bands()::contains), "found by banding");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wire-follow-up", "other-same-event"})
    void anotherStoryOnTheSameTopicIsNot(String other) {
        assertFalse(StoryFingerprint.nearDuplicate(fingerprint("wire"), fingerprint(other)));
    }

    @Test
    void theJaccardEstimateIsCloseToTheExactValue() {
        // exact Jaccard of the shingle sets of wire and wire-retitled-edited: 0.752
        assertEquals(0.752, fingerprint("wire").jaccard(fingerprint("wire-retitled-edited")), 0.1);
    }

    @Test
    void caseAndPunctuationDoNotMatter() {
        StoryFingerprint a = StoryFingerprint.of("Troops retook the village of Bilohorivka, the governor said.");
        StoryFingerprint b = StoryFingerprint.of("TROOPS retook the village of  Bilohorivka -- the Governor said");
        assertEquals(a, b);
        assertEquals(0, a.hamming(b));
    }

    @Test
    void aTextWithoutWordsIsNobodysDuplicate() {
        StoryFingerprint empty = StoryFingerprint.of(" ... ");
        assertEquals(0, empty.shingles());
        assertTrue(empty.bands().isEmpty());
        assertFalse(StoryFingerprint.nearDuplicate(empty, StoryFingerprint.of("")));
    }

    @Test
    void shinglesAreHashedWithFnv1a64() {
        // test vectors of the FNV reference implementation
        assertEquals(0xcbf29ce484222325L, Hashing.fnv1a64(""));
        assertEquals(0xaf63dc4c8601ec8cL, Hashing.fnv1a64("a"));
        assertEquals(0x85944171f73967e8L, Hashing.fnv1a64("foobar"));
    }

    @Property
    void anyTextIsANearDuplicateOfItselfWhenItHasWords(@ForAll String text) {
        StoryFingerprint f = StoryFingerprint.of(text);
        assertEquals(f, StoryFingerprint.of(text));
        assertEquals(f.shingles() > 0, StoryFingerprint.nearDuplicate(f, StoryFingerprint.of(text)));
        assertEquals(f.shingles() > 0 ? StoryFingerprint.BANDS : 0, f.bands().size());
    }
}
