package org.dateline.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dateline.model.learn.SoftmaxModel;
import org.junit.jupiter.api.Test;

class LinearModelsTest {

    @Test
    void threeSeparableClustersAreLearnedAndTheProbabilitiesSumToOne() {
        Random random = new Random(7);
        float[][] centres = {{3, 0}, {0, 3}, {-3, -3}};
        String[] names = {"A", "B", "C"};
        List<float[]> x = new ArrayList<>();
        List<String> y = new ArrayList<>();
        for (int n = 0; n < 90; n++) {
            int k = n % 3;
            x.add(new float[] {(float) (centres[k][0] + random.nextGaussian() * 0.5),
                (float) (centres[k][1] + random.nextGaussian() * 0.5)});
            y.add(names[k]);
        }
        SoftmaxModel model = LinearModels.train(x, y, 1.0);
        assertEquals(List.of("A", "B", "C"), model.labels());
        assertEquals("A", model.best(new float[] {3, 0.2f}));
        assertEquals("B", model.best(new float[] {0.1f, 2.8f}));
        assertEquals("C", model.best(new float[] {-2.5f, -3}));
        double sum = 0;
        for (double p : model.probabilities(new float[] {1, 1})) {
            sum += p;
        }
        assertEquals(1.0, sum, 1e-9);
        assertTrue(model.probability(new float[] {3, 0}, "A") > 0.9);
    }

    @Test
    void vectorsOfDifferentLengthsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LinearModels.train(List.of(new float[] {1, 2},
                new float[] {1}), List.of("A", "B"), 1.0));
    }
}
