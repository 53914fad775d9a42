package org.dateline.analysis.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.dateline.model.BackgroundReason;
import org.dateline.model.learn.SoftmaxModel;
import org.dateline.model.parse.SentenceEncoder;
import org.junit.jupiter.api.Test;

/** How the rules and the learned model decide together, over a model and an encoder made for the test. */
class NewnessTest {
    /** "news" sentences point one way, the others the other way. */
    private static final SentenceEncoder ENCODER = new SentenceEncoder() {
        @Override
        public float[] encode(String sentence) {
            return sentence.contains("news") ? new float[] {1, 0} : new float[] {0, 1};
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public String name() {
            return "test";
        }
    };
    private static final NewnessModel MODEL = new NewnessModel(ENCODER, new SoftmaxModel(List.of("GENERIC", "NEW"),
            new double[][] {{0, 5}, {5, 0}}, new double[] {0, 0}));

    @Test
    void theModelReadsTheProbabilityOfNewsAndTheLikeliestContext() {
        NewnessModel.Reading news = MODEL.read("a news sentence");
        NewnessModel.Reading habit = MODEL.read("a habit");
        assertEquals(0.993, news.pNew(), 0.001);
        assertEquals(BackgroundReason.GENERIC, habit.context());
    }

    @Test
    void combinedTheModelVetoesOnlyNewsItFindsImprobable() {
        NewnessModel.Reading sure = new NewnessModel.Reading(0.95, BackgroundReason.GENERIC);
        NewnessModel.Reading unsure = new NewnessModel.Reading(0.5, BackgroundReason.GENERIC);
        NewnessModel.Reading not = new NewnessModel.Reading(0.1, BackgroundReason.RECALLED);
        assertEquals(BackgroundReason.GENERIC, Newness.COMBINED.decide(BackgroundReason.GENERIC, sure, "ASSERTED",
                true), "what the rules take for context stays context");
        assertEquals(BackgroundReason.RECALLED, Newness.COMBINED.decide(null, not, "ASSERTED", true));
        assertNull(Newness.COMBINED.decide(null, unsure, "ASSERTED", true));
        assertEquals(BackgroundReason.NOT_ASSERTED, Newness.COMBINED.decide(BackgroundReason.NOT_ASSERTED, sure,
                "PLANNED", true), "what modality decides stands");
        assertEquals(BackgroundReason.NOT_ASSERTED, Newness.MODEL.decide(null, sure, "PLANNED", true));
        assertEquals(BackgroundReason.OUT_OF_SCOPE, Newness.MODEL.decide(null, sure, "ASSERTED", false));
        assertEquals(BackgroundReason.RECALLED, Newness.MODEL.decide(null, not, "ASSERTED", true));
        assertEquals(BackgroundReason.GENERIC, Newness.RULES.decide(BackgroundReason.GENERIC, sure, "ASSERTED", true));
    }

    @Test
    void aModelForAnotherEncoderOrLabelsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NewnessModel(ENCODER, new SoftmaxModel(
                List.of("NEW", "MAYBE"), new double[][] {{0, 0}, {0, 0}}, new double[] {0, 0})));
        assertThrows(IllegalArgumentException.class, () -> new NewnessModel(ENCODER, new SoftmaxModel(
                List.of("NEW", "GENERIC"), new double[][] {{0}, {0}}, new double[] {0, 0})));
    }
}
