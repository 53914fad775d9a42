package org.dateline.web;

import java.util.List;
import org.dateline.store.MergedEvent;
import org.dateline.store.QuoteRow;
import org.dateline.store.StoredReport;

/**
 * A merged event with its evidence: its reports (earliest first) and what its assertors are quoted as saying in
 * those reports' articles.
 */
record EventDetail(MergedEvent event, List<StoredReport> reports, List<QuoteRow> quotes) {
    EventDetail {
        reports = List.copyOf(reports);
        quotes = List.copyOf(quotes);
    }
}
