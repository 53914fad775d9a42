package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.dedup.ArticleFingerprint;
import org.dateline.dedup.SameEventRule;
import org.dateline.dedup.StoryClusterer;
import org.dateline.dedup.StoryFingerprint;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Claim;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.EventCount;
import org.dateline.model.Geo;
import org.dateline.model.Mention;
import org.dateline.model.Place;
import org.dateline.model.Quote;
import org.dateline.model.TimeExpression;

/**
 * Writes batches of records, one transaction per batch; articles already stored are skipped. The new articles are
 * assigned to stories in the same transaction ({@link StoryClusterer} over {@link SqliteStoryIndex}).
 */
final class ArticleWriter {
    private static final StoryClusterer STORIES = new StoryClusterer();
    private final Connection connection;
    private final Clock clock;

    ArticleWriter(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** Stores the batch atomically and returns how many of its articles were new. */
    int put(List<AnalyzedArticle> batch) throws SQLException {
        return Transaction.run(connection, () -> {
            try (Statements s = new Statements(connection)) {
                String ingestedAt = clock.instant().toString();
                List<ArticleFingerprint> added = new ArrayList<>();
                for (AnalyzedArticle record : batch) {
                    if (insertArticle(s.articles, record, ingestedAt)) {
                        insertChildren(s, record);
                        added.add(fingerprint(record.article()));
                    }
                }
                assignStories(added);
                return added.size();
            }
        });
    }

    private void assignStories(List<ArticleFingerprint> articles) throws SQLException {
        try (SqliteStoryIndex stories = new SqliteStoryIndex(connection)) {
            STORIES.assign(articles, stories);
        }
    }

    /**
     * Assigns the stored articles that have no story yet (stored by schema version 2) to stories, oldest first, in
     * transactions of {@code batchSize} articles; returns how many were assigned.
     */
    int assignMissingStories(int batchSize) throws SQLException {
        int assigned = 0;
        while (true) {
            List<ArticleFingerprint> batch = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT id, date, text FROM articles"
                    + " WHERE story_id IS NULL ORDER BY date, id LIMIT ?")) {
                query.setInt(1, batchSize);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        batch.add(new ArticleFingerprint(rows.getString(1), LocalDate.parse(rows.getString(2)),
                                StoryFingerprint.of(rows.getString(3))));
                    }
                }
            }
            if (batch.isEmpty()) {
                return assigned;
            }
            Transaction.run(connection, () -> {
                assignStories(batch);
                return null;
            });
            assigned += batch.size();
        }
    }

    /**
     * The article's fingerprint for story clustering: of its body only, so that a retitled copy is recognised; two
     * articles of the same id are the same text.
     */
    static ArticleFingerprint fingerprint(Article article) {
        return new ArticleFingerprint(article.id(), article.date(), StoryFingerprint.of(article.text()));
    }

    private static boolean insertArticle(PreparedStatement insert, AnalyzedArticle record, String ingestedAt)
            throws SQLException {
        Article article = record.article();
        bind(insert, article.id(), article.date().toString(), article.title(), article.source(), article.url(),
                article.dateline() == null ? null : article.dateline().text(), article.text(),
                RecordJson.write(record), ingestedAt);
        return insert.executeUpdate() == 1;
    }

    private static void insertChildren(Statements s, AnalyzedArticle record) throws SQLException {
        String articleId = record.article().id();
        for (Entity e : record.entities()) {
            bind(s.entities, articleId, e.id(), e.name(), e.type(), e.affiliation(), RecordJson.write(e.titles()));
            s.entities.executeUpdate();
            for (Mention m : e.mentions()) {
                bind(s.mentions, articleId, e.id(), m.text(), m.kind(), m.start(), m.end(), m.sentence());
                s.mentions.executeUpdate();
            }
        }
        for (Quote q : record.quotes()) {
            bind(s.quotes, articleId, q.id(), q.text(), q.speakerName(), q.speaker(), q.cue(), q.channel(),
                    q.date(), q.start(), q.end());
            s.quotes.executeUpdate();
        }
        for (Claim c : record.claims()) {
            bind(s.claims, articleId, c.id(), c.content(), c.sourceName(), c.source(), c.cue(), c.date(),
                    c.start(), c.end());
            s.claims.executeUpdate();
        }
        for (TimeExpression t : record.times()) {
            bind(s.times, articleId, t.id(), t.text(), t.type(), t.value(), t.granularity(), t.mod(),
                    t.start(), t.end());
            s.times.executeUpdate();
        }
        for (Place p : record.places()) {
            Geo g = p.geo();
            bind(s.places, articleId, p.id(), p.name(), p.text(), p.kind(), p.role(),
                    g == null ? null : g.lat(), g == null ? null : g.lon(), g == null ? null : g.geonameId(),
                    g == null ? null : g.country(), g == null ? null : g.admin1(),
                    g == null ? null : g.geoPrecision(), p.start(), p.end());
            s.places.executeUpdate();
        }
        for (Event e : record.events()) {
            insertEvent(s.events, articleId, record.article().date(), e);
        }
    }

    private static void insertEvent(PreparedStatement insert, String articleId, LocalDate published, Event e)
            throws SQLException {
        EventActor a1 = e.actor1();
        EventActor a2 = e.actor2();
        String placeName = e.place() == null ? null : e.place().name();
        Geo geo = e.place() == null ? null : e.place().geo();
        Integer geoPrecision = e.place() == null ? null : e.place().geoPrecision();
        bind(insert, articleId, e.id(), e.code(), e.type(), e.subtype(), e.trigger(),
                a1 == null ? null : a1.name(), a1 == null ? null : a1.category(), a1 == null ? null : a1.country(),
                a2 == null ? null : a2.name(), a2 == null ? null : a2.category(), a2 == null ? null : a2.country(),
                placeName, geo == null ? null : geo.lat(), geo == null ? null : geo.lon(), geoPrecision,
                e.date().value(), e.date().from(), e.date().to(), e.date().precision(), e.date().onOrBefore(),
                RecordJson.write(e.counts()), fatalities(e.counts()), e.assertor().name(), e.assertor().kind(),
                e.status(), e.modality(), e.background(), e.confidence(), e.start(), e.end(), RecordJson.write(e),
                SameEventRule.family(e), SameEventRule.lastStatedDay(e, published).toString());
        insert.executeUpdate();
    }

    /** The sum of the FATALITIES counts, or null when the event gives none. */
    static Double fatalities(List<EventCount> counts) {
        return counts.stream().filter(c -> "FATALITIES".equals(c.kind()))
                .map(EventCount::value).reduce(Double::sum).orElse(null);
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    /** The prepared inserts of one batch. */
    private static final class Statements implements AutoCloseable {
        final PreparedStatement articles;
        final PreparedStatement entities;
        final PreparedStatement quotes;
        final PreparedStatement claims;
        final PreparedStatement times;
        final PreparedStatement places;
        final PreparedStatement events;
        final PreparedStatement mentions;

        Statements(Connection c) throws SQLException {
            articles = c.prepareStatement("INSERT OR IGNORE INTO articles"
                    + " (id, date, title, source, url, dateline, text, record, ingested_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            entities = c.prepareStatement("INSERT INTO entities"
                    + " (article_id, id, name, type, affiliation, titles) VALUES (?, ?, ?, ?, ?, ?)");
            quotes = c.prepareStatement("INSERT INTO quotes (article_id, id, text, speaker_name, speaker, cue,"
                    + " channel, date, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            claims = c.prepareStatement("INSERT INTO claims (article_id, id, content, source_name, source, cue,"
                    + " date, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            times = c.prepareStatement("INSERT INTO times (article_id, id, text, type, value, granularity, mod,"
                    + " span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            places = c.prepareStatement("INSERT INTO places (article_id, id, name, text, kind, role, lat, lon,"
                    + " geoname_id, country, admin1, geo_precision, span_start, span_end)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            events = c.prepareStatement("INSERT INTO events (article_id, id, code, type, subtype, trigger_text,"
                    + " actor1_name, actor1_category, actor1_country, actor2_name, actor2_category, actor2_country,"
                    + " place_name, lat, lon, geo_precision, date_value, date_from, date_to, time_precision,"
                    + " on_or_before, counts, fatalities, assertor_name, assertor_kind, status, modality,"
                    + " background, confidence, span_start, span_end, record, family, last_day)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?)");
            mentions = c.prepareStatement("INSERT OR IGNORE INTO mentions"
                    + " (article_id, entity_id, text, kind, span_start, span_end, sentence)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)");
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement p : List.of(articles, entities, quotes, claims, times, places, events, mentions)) {
                p.close();
            }
        }
    }
}
