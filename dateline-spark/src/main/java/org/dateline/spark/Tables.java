package org.dateline.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dateline.analysis.Json;
import org.dateline.dedup.EventCluster;
import org.dateline.dedup.EventReport;
import org.dateline.dedup.SameEventRule;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Claim;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.Geo;
import org.dateline.model.Place;
import org.dateline.model.Quote;
import org.dateline.model.Title;

/**
 * The job's Parquet tables: their columns and how a record fills them. Every table but {@code errors} is partitioned
 * by {@value #DATE}, the publication date of the article (for merged events, of the earliest report). The
 * {@code articles} table keeps each whole record as JSON in {@code record}, from which {@code import-parquet} loads the
 * store; the other tables are flat columns for Spark SQL, with the event's whole JSON in {@code events.record}.
 */
final class Tables {
    /** The partition column: an ISO date. */
    static final String DATE = "date";

    static final String ARTICLES = "articles";
    static final String ENTITIES = "entities";
    static final String QUOTES = "quotes";
    static final String CLAIMS = "claims";
    static final String PLACES = "places";
    static final String EVENTS = "events";
    static final String STORIES = "stories";
    static final String MERGED_EVENTS = "merged_events";
    static final String ERRORS = "errors";

    static final StructType ARTICLES_SCHEMA = schema("article_id", StringType, "title", StringType, "source",
            StringType, "url", StringType, "dateline", StringType, "dateline_place", StringType, "text", StringType,
            "record", StringType, DATE, StringType);
    static final StructType ENTITIES_SCHEMA = schema("article_id", StringType, "entity_id", StringType, "name",
            StringType, "type", StringType, "titles", createArrayType(StringType), "affiliation", StringType,
            "mentions", IntegerType, DATE, StringType);
    static final StructType QUOTES_SCHEMA = schema("article_id", StringType, "quote_id", StringType, "text",
            StringType, "speaker", StringType, "speaker_name", StringType, "cue", StringType, "channel", StringType,
            "said_on", StringType, "start", IntegerType, "end", IntegerType, DATE, StringType);
    static final StructType CLAIMS_SCHEMA = schema("article_id", StringType, "claim_id", StringType, "source",
            StringType, "source_name", StringType, "cue", StringType, "content", StringType, "said_on", StringType,
            "start", IntegerType, "end", IntegerType, DATE, StringType);
    static final StructType PLACES_SCHEMA = schema("article_id", StringType, "place_id", StringType, "name",
            StringType, "text", StringType, "kind", StringType, "role", StringType, "geoname_id", LongType, "lat",
            DoubleType, "lon", DoubleType, "feature_code", StringType, "country", StringType, "admin1", StringType,
            "geo_precision", IntegerType, DATE, StringType);
    static final StructType EVENTS_SCHEMA = schema("article_id", StringType, "event_id", StringType, "event_key",
            StringType, "code", StringType, "type", StringType, "subtype", StringType, "family", StringType,
            "trigger", StringType, "actor1", StringType, "actor2", StringType, "place_name", StringType, "lat",
            DoubleType, "lon", DoubleType, "geo_precision", IntegerType, "date_from", StringType, "date_to",
            StringType, "time_precision", IntegerType, "status", StringType, "modality", StringType, "background",
            BooleanType, "confidence", DoubleType, "assertor", StringType, "record", StringType, DATE, StringType);
    static final StructType STORIES_SCHEMA = schema("article_id", StringType, "story_id", StringType, DATE,
            StringType);
    static final StructType MERGED_EVENTS_SCHEMA = schema("merged_event_id", StringType, "family", StringType,
            "code", StringType, "type", StringType, "subtype", StringType, "actor1", StringType, "actor2", StringType,
            "place_name", StringType, "lat", DoubleType, "lon", DoubleType, "date_from", StringType, "date_to",
            StringType, "time_precision", IntegerType, "modality", StringType, "status", StringType,
            "independent_sources", IntegerType, "report_count", IntegerType, "report_keys",
            createArrayType(StringType), "outlets", createArrayType(StringType), "earliest_article", StringType, DATE,
            StringType);
    static final StructType ERRORS_SCHEMA = schema("file", StringType, "record", StringType, "stage", StringType,
            "reason", StringType);

    private Tables() {
    }

    static List<Row> articles(AnalyzedArticle r) {
        Article a = r.article();
        return List.of(RowFactory.create(a.id(), a.title(), a.source(), a.url(),
                a.dateline() == null ? null : a.dateline().text(), a.dateline() == null ? null : a.dateline().place(),
                a.text(), Json.write(r, false), a.date().toString()));
    }

    static List<Row> entities(AnalyzedArticle r) {
        List<Row> rows = new ArrayList<>();
        for (Entity e : r.entities()) {
            rows.add(RowFactory.create(id(r), e.id(), e.name(), e.type(),
                    e.titles().stream().map(Title::text).toList().toArray(String[]::new), e.affiliation(),
                    e.mentions().size(), date(r)));
        }
        return rows;
    }

    static List<Row> quotes(AnalyzedArticle r) {
        List<Row> rows = new ArrayList<>();
        for (Quote q : r.quotes()) {
            rows.add(RowFactory.create(id(r), q.id(), q.text(), q.speaker(), q.speakerName(), q.cue(), q.channel(),
                    q.date(), q.start(), q.end(), date(r)));
        }
        return rows;
    }

    static List<Row> claims(AnalyzedArticle r) {
        List<Row> rows = new ArrayList<>();
        for (Claim c : r.claims()) {
            rows.add(RowFactory.create(id(r), c.id(), c.source(), c.sourceName(), c.cue(), c.content(), c.date(),
                    c.start(), c.end(), date(r)));
        }
        return rows;
    }

    static List<Row> places(AnalyzedArticle r) {
        List<Row> rows = new ArrayList<>();
        for (Place p : r.places()) {
            Geo g = p.geo();
            rows.add(RowFactory.create(id(r), p.id(), p.name(), p.text(), p.kind(), p.role(),
                    g == null ? null : g.geonameId(), g == null ? null : g.lat(), g == null ? null : g.lon(),
                    g == null ? null : g.featureCode(), g == null ? null : g.country(), g == null ? null : g.admin1(),
                    g == null ? null : g.geoPrecision(), date(r)));
        }
        return rows;
    }

    static List<Row> events(AnalyzedArticle r) {
        List<Row> rows = new ArrayList<>();
        for (Event e : r.events()) {
            Geo g = e.place() == null ? null : e.place().geo();
            rows.add(RowFactory.create(id(r), e.id(), id(r) + "#" + e.id(), e.code(), e.type(), e.subtype(),
                    SameEventRule.family(e), e.trigger(), name(e.actor1()), name(e.actor2()),
                    e.place() == null ? null : e.place().name(), g == null ? null : g.lat(),
                    g == null ? null : g.lon(), e.place() == null ? null : e.place().geoPrecision(), e.date().from(),
                    e.date().to(), e.date().precision(), e.status(), e.modality(), e.background(), e.confidence(),
                    e.assertor().name(), Json.writePart(e), date(r)));
        }
        return rows;
    }

    /** The row of a merged event: its earliest report's what, who, where and when, and how it is attested. */
    static Row mergedEvent(EventCluster cluster) {
        EventReport first = cluster.earliest();
        Event e = first.event();
        Geo g = e.place() == null ? null : e.place().geo();
        return RowFactory.create(cluster.id(), SameEventRule.family(e), e.code(), e.type(), e.subtype(),
                name(e.actor1()), name(e.actor2()), e.place() == null ? null : e.place().name(),
                g == null ? null : g.lat(), g == null ? null : g.lon(), first.dateFrom(), first.dateTo(), e.date().precision(),
                e.modality(),
                cluster.status().name(), cluster.independentSources(), cluster.reports().size(),
                cluster.reports().stream().map(EventReport::key).toArray(String[]::new),
                cluster.reports().stream().map(EventReport::outlet).filter(o -> !o.isBlank()).distinct()
                        .toArray(String[]::new),
                first.articleId(), first.published().toString());
    }

    static Row error(ErrorRow e) {
        return RowFactory.create(e.file(), e.record(), e.stage(), e.reason());
    }

    private static String id(AnalyzedArticle r) {
        return r.article().id();
    }

    private static String date(AnalyzedArticle r) {
        return r.article().date().toString();
    }

    private static String name(EventActor actor) {
        return actor == null ? null : actor.name();
    }

    /** A schema of nullable columns from (name, type) pairs. */
    private static StructType schema(Object... namesAndTypes) {
        StructField[] fields = new StructField[namesAndTypes.length / 2];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = new StructField((String) namesAndTypes[2 * i], (DataType) namesAndTypes[2 * i + 1], true,
                    Metadata.empty());
        }
        return new StructType(fields);
    }
}
