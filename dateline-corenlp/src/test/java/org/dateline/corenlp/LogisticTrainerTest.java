package org.dateline.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dateline.corenlp.LogisticTrainer.Example;
import org.junit.jupiter.api.Test;

class LogisticTrainerTest {

    @Test
    void aTellingFeatureGetsAPositiveWeightAndANoisyOneLittle() {
        Random random = new Random(7);
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            boolean positive = random.nextBoolean();
            List<String> f = new ArrayList<>();
            if (positive && random.nextDouble() < 0.9 || !positive && random.nextDouble() < 0.1) {
                f.add("lemma=say");
            }
            if (random.nextBoolean()) {
                f.add("noise");
            }
            examples.add(new Example(f, positive));
        }
        Map<String, Double> w = new LogisticTrainer(1.0, 1, 0).train(examples);
        assertTrue(w.get("lemma=say") > 2, w::toString);
        assertTrue(Math.abs(w.getOrDefault("noise", 0.0)) < 0.5, w::toString);
        assertTrue(w.get(LogisticTrainer.BIAS) < 0, w::toString);
    }

    @Test
    void featuresSeenTooRarelyAreLeftOut() {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            examples.add(new Example(List.of("common"), i % 2 == 0));
        }
        examples.add(new Example(List.of("rare"), true));
        Map<String, Double> w = new LogisticTrainer(1.0, 2, 0).train(examples);
        assertTrue(w.containsKey("common"));
        assertTrue(!w.containsKey("rare"), w::toString);
    }

    @Test
    void oneClassOnlyGivesABiasModel() {
        Map<String, Double> w = new LogisticTrainer(1.0, 1, 0).train(List.of(new Example(List.of("a"), false)));
        assertEquals(Map.of(LogisticTrainer.BIAS, -10.0), w);
    }

    @Test
    void badSettingsAndNoExamplesAreErrors() {
        assertThrows(IllegalArgumentException.class, () -> new LogisticTrainer(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new LogisticTrainer(1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LogisticTrainer(1, 1, 0).train(List.of()));
    }
}
