package org.dateline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The job's options are checked before Spark starts: a wrong one is a usage error (exit 2) saying what is wrong. */
class SparkMainTest {

    private static String[] run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = SparkMain.execute(args);
            return new String[] {String.valueOf(code), captured.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(err);
        }
    }

    @Test
    void theGazetteerChoiceIsRequired() {
        String[] r = run("run", "in/", "--output", "out/");
        assertEquals("2", r[0]);
        assertTrue(r[1].contains("--gazetteer") && r[1].contains("--no-gazetteer"), r[1]);
    }

    @Test
    void aNegativePartitionCountIsRefused() {
        String[] r = run("run", "in/", "--output", "out/", "--no-gazetteer", "--partitions", "-1");
        assertEquals("2", r[0]);
        assertTrue(r[1].contains("partitions must be 0 (automatic) or more"), r[1]);
    }

    @Test
    void aDateMustBeAnIsoDateAndTheModelsOneOfTheKnown() {
        String[] date = run("run", "in/", "--output", "out/", "--no-gazetteer", "--date", "yesterday");
        assertEquals("2", date[0]);
        assertTrue(date[1].contains("--date"), date[1]);
        String[] ner = run("run", "in/", "--output", "out/", "--no-gazetteer", "--ner", "HUGE");
        assertEquals("2", ner[0]);
        assertTrue(ner[1].contains("FAST") && ner[1].contains("FULL"), ner[1]);
    }

    @Test
    void theOutputIsRequired() {
        String[] r = run("run", "in/", "--no-gazetteer");
        assertEquals("2", r[0]);
        assertTrue(r[1].contains("--output"), r[1]);
    }

    @Test
    void theBenchNeedsAtLeastOneArticleAndOneCore() {
        String[] r = run("bench", "in.jsonl", "--no-gazetteer", "--cores", "0");
        assertEquals("2", r[0]);
        assertTrue(r[1].contains("--articles and --cores must be at least 1"), r[1]);
    }
}
