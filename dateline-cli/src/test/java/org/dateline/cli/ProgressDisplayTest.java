package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.dateline.ingest.IngestProgress;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String shown() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aTerminalGetsABarRedrawnInPlaceWithRateAndEta() {
        ProgressDisplay display = new ProgressDisplay(err, true);
        display.update(new IngestProgress(200, 40, 10, 0, 0, Duration.ofSeconds(10)));
        String bar = shown();
        assertTrue(bar.startsWith("\r[########----------------------] 50/200 (25.0%)  4.0 articles/s  ETA 0:00:38"),
                bar);
        assertFalse(bar.contains("\n"), "a bar stays on its line");
    }

    @Test
    void elsewhereProgressIsAPlainLineAndNotRepeatedAtOnce() {
        ProgressDisplay display = new ProgressDisplay(err, false);
        display.update(new IngestProgress(10, 1, 0, 0, 1, Duration.ofSeconds(1)));
        display.update(new IngestProgress(10, 2, 0, 0, 1, Duration.ofSeconds(2)));
        assertEquals("dateline: ingest 2/10 (20.0%)  2.0 articles/s  ETA 0:00:04\n", shown());
    }

    @Test
    void aProblemClearsTheBarAndTakesItsOwnLine() {
        ProgressDisplay display = new ProgressDisplay(err, true);
        display.update(new IngestProgress(10, 1, 0, 0, 0, Duration.ofSeconds(1)));
        display.problem("a.sgm NEWID 3: no BODY");
        assertTrue(shown().endsWith("\r\u001b[Kdateline: a.sgm NEWID 3: no BODY\n"), shown());
    }

    @Test
    void noRateMeansNoEta() {
        ProgressDisplay display = new ProgressDisplay(err, false);
        display.update(new IngestProgress(10, 0, 3, 0, 0, Duration.ofSeconds(1)));
        assertTrue(shown().contains("ETA -"), shown());
    }
}
