package org.dateline.store.export;

import java.io.Closeable;
import java.io.IOException;
import org.dateline.store.EventWithReports;

/** Writes merged events in one export format; {@link #close()} ends the document but leaves the stream open. */
interface EventWriter extends Closeable {
    /** Writes one event (its reports are empty unless the format {@link ExportFormat#withReports() asks} for them). */
    void write(EventWithReports event) throws IOException;

    /** How many events were left out because the format cannot hold them. */
    default long skipped() {
        return 0;
    }
}
