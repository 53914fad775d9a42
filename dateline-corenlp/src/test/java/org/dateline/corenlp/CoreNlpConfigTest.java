package org.dateline.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CoreNlpConfigTest {

    @Test
    void otherNerModelsKeepTheOtherDefaults() {
        CoreNlpConfig d = CoreNlpConfig.defaults();
        CoreNlpConfig full = CoreNlpConfig.withNer(CoreNlpConfig.NerModels.FULL);
        assertEquals(new CoreNlpConfig(CoreNlpConfig.NerModels.FULL, d.fineGrained(), d.quotes(),
                d.maxSentenceTokens(), d.timeTagging()), full);
        assertEquals(d, CoreNlpConfig.withNer(d.nerModels()));
    }

    @Test
    void timeTaggingIsReadFromSettings() {
        assertEquals(CoreNlpConfig.TimeTagging.EVERY_SENTENCE,
                CoreNlpConfig.fromMap(Map.of("timeTagging", "EVERY_SENTENCE")).timeTagging());
        assertEquals("tokenize,ssplit,pos,lemma,timedner,finegrained,entitymentions,depparse,quote",
                CoreNlpConfig.defaults().toProperties().getProperty("annotators"));
    }

    @Test
    void anUnknownSettingIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> CoreNlpConfig.fromMap(Map.of("coref", "true")));
    }
}
