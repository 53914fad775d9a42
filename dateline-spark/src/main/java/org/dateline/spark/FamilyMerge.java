package org.dateline.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.dateline.analysis.Json;
import org.dateline.dedup.EventMergeConfig;
import org.dateline.dedup.EventMerger;
import org.dateline.dedup.EventReport;
import org.dateline.model.Event;
import scala.Tuple2;

/**
 * Merges the reports of one type family with the embedded store's {@link EventMerger}, which takes a family in date
 * order (the store merges one family at a time the same way), and gives the merged events' rows.
 */
final class FamilyMerge implements FlatMapFunction<Tuple2<String, Iterable<FamilyMerge.Report>>, Row> {

    /**
     * One article's report of an event, as it crosses the shuffle (the event as JSON: model records are not
     * serializable), with its type family; the story is filled in once known.
     */
    record Report(String family, String articleId, String storyId, String outlet, String published, String event)
            implements Serializable {

        Report withStory(String story) {
            return new Report(family, articleId, story, outlet, published, event);
        }

        EventReport toReport() {
            return new EventReport(articleId, storyId, outlet, LocalDate.parse(published),
                    Json.readPart(event, Event.class));
        }
    }

    private final EventMergeConfig config;

    FamilyMerge(EventMergeConfig config) {
        this.config = config;
    }

    @Override
    public Iterator<Row> call(Tuple2<String, Iterable<Report>> family) {
        List<EventReport> reports = new ArrayList<>();
        family._2().forEach(r -> reports.add(r.toReport()));
        return new EventMerger(config).merge(reports).stream().map(Tables::mergedEvent).iterator();
    }
}
