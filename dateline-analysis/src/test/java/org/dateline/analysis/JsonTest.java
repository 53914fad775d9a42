package org.dateline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.AnalyzedArticle;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void recordsRoundTripAndCarryTheSchemaVersion() {
        AnalyzedArticle r = TestPipeline.analyze("2022-09-20", "\"We will win,\" Mr Zelensky said on Monday.");
        String json = Json.write(r, false);
        assertTrue(json.startsWith("{\"schema\":\"dateline/1\""), json);
        assertEquals(r, Json.read(json));
    }
}
