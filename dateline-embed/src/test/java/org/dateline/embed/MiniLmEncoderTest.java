package org.dateline.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MiniLmEncoderTest {
    private static final MiniLmEncoder ENCODER = new MiniLmEncoder();

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    @Test
    void sentencesOfLikeMeaningLieCloserThanUnlikeOnes() {
        float[] strike = ENCODER.encode("A missile struck an apartment block, killing three people.");
        float[] attack = ENCODER.encode("Three residents died when a rocket hit their building.");
        float[] tennis = ENCODER.encode("The champion won the final in straight sets.");
        assertEquals(ENCODER.dimension(), strike.length);
        assertTrue(cosine(strike, attack) > cosine(strike, tennis), () -> cosine(strike, attack) + " vs "
                + cosine(strike, tennis));
    }

    @Test
    void theSameSentenceGivesTheSameVectorAndABlankOneStillGivesOne() {
        assertArrayEquals(ENCODER.encode("Protesters marched in the capital."),
                ENCODER.encode("Protesters marched in the capital."));
        assertEquals(ENCODER.dimension(), ENCODER.encode("  ").length);
    }
}
