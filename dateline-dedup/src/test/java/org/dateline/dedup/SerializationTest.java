package org.dateline.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a Spark job ships to its executors survives Java serialisation. */
class SerializationTest {
    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void aFingerprintSurvivesSerialisation() throws Exception {
        StoryFingerprint f = StoryFingerprintTest.fingerprint("wire");
        assertEquals(f, roundTrip(f));
        assertEquals(f.bands(), roundTrip(f).bands());
    }

    @Test
    void theStagesSurviveSerialisation() throws Exception {
        ArticleFingerprint a = new ArticleFingerprint("a", LocalDate.of(2022, 9, 19),
                StoryFingerprintTest.fingerprint("wire"));
        assertEquals(List.of(new StoryAssignment("a", "a")),
                roundTrip(new StoryClusterer()).assign(List.of(a), new InMemoryStoryIndex()));
        assertEquals(List.of(), roundTrip(new EventMerger(EventMergeConfig.defaults())).merge(List.of()));
    }
}
