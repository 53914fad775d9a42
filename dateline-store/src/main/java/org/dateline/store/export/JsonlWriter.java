package org.dateline.store.export;

import java.io.IOException;
import java.io.Writer;
import org.dateline.store.EventWithReports;

/** One merged event per line, with its reports: {@code {"event": {...}, "reports": [...]}}. */
final class JsonlWriter implements EventWriter {
    private final Writer out;

    JsonlWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(EventWithReports event) throws IOException {
        out.write(JsonLines.of(event));
        out.write('\n');
    }

    @Override
    public void close() {
        // lines stand alone
    }
}
