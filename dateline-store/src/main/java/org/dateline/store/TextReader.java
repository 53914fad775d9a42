package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Full-text reads: articles by their words and quotes by their speaker. The user's words go through
 * {@link FtsQuery}, so they are searched for as words, never parsed as FTS5 syntax.
 */
final class TextReader {
    /** The columns of a {@link QuoteRow}, from {@code quotes q} and {@code articles a}. */
    static final String QUOTE_COLUMNS = "q.article_id, q.id, q.text, q.speaker_name, q.cue, q.channel, q.date,"
            + " a.date, a.source, " + Headlines.COLUMNS;
    private static final int SNIPPET_TOKENS = 24;
    /** Matches ranked by bm25 at most; beyond, the most recently stored come first (see {@link #search}). */
    static final int RANKED_MATCHES = 10_000;
    /** Ids bound in one IN-list at most (SQLite allows 32,766 parameters per statement). */
    private static final int IDS_PER_QUERY = 500;
    private final Connection connection;

    TextReader(Connection connection) {
        this.connection = connection;
    }

    /**
     * Articles whose title and text hold every word, each with its best passage: best bm25 rank first, or, when more
     * than {@value #RANKED_MATCHES} articles match (a word in most of the corpus), the most recently stored first,
     * since ranking them all would cost a second at a quarter of a million articles.
     */
    List<ArticleHit> search(String words, int limit) throws SQLException {
        String match = FtsQuery.allWords(null, words);
        boolean ranked = count(match) <= RANKED_MATCHES;
        // ORDER BY rank (bm25) or rowid is done inside FTS5, so the snippets are made for the rows returned only
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT article_id,"
                + " snippet(articles_fts, -1, char(" + (int) ArticleHit.OPEN + "), char(" + (int) ArticleHit.CLOSE
                + "), '…', " + SNIPPET_TOKENS + ") FROM articles_fts"
                + " WHERE articles_fts MATCH ? ORDER BY " + (ranked ? "rank" : "rowid DESC") + " LIMIT ?")) {
            query.setString(1, match);
            query.setInt(2, limit);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    rows.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
        }
        return hits(rows);
    }

    /** How many articles match, counted up to one more than {@link #RANKED_MATCHES}. */
    private int count(String match) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM articles_fts"
                + " WHERE articles_fts MATCH ? LIMIT " + (RANKED_MATCHES + 1) + ")")) {
            query.setString(1, match);
            try (ResultSet r = query.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** The hits of the matching articles (id, snippet), in their order, with the articles' date, title, source. */
    private List<ArticleHit> hits(List<String[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(rows.size(), "?"));
        Map<String, String[]> articles = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT a.id, a.date, a.source, "
                + Headlines.COLUMNS + " FROM articles a WHERE a.id IN (" + marks + ")")) {
            for (int i = 0; i < rows.size(); i++) {
                query.setString(i + 1, rows.get(i)[0]);
            }
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    articles.put(r.getString(1), new String[] {r.getString(2), r.getString(4), r.getString(3),
                            Headlines.of(r.getString(4), r.getString(5), r.getString(6))});
                }
            }
        }
        List<ArticleHit> hits = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            String[] a = articles.get(row[0]);
            if (a != null) {
                hits.add(ArticleHit.of(row[0], a[0], a[1], a[2], row[1], a[3]));
            }
        }
        return hits;
    }

    /**
     * Quotes whose speaker's name holds {@code speaker} as a phrase ("Zelensky", "volodymyr zelensky"; case and
     * accents ignored), newest article first.
     */
    List<QuoteRow> quotesBy(String speaker, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + QUOTE_COLUMNS
                + " FROM quotes_fts f JOIN quotes q ON q.article_id = f.article_id AND q.id = f.quote_id"
                + " JOIN articles a ON a.id = q.article_id"
                + " WHERE quotes_fts MATCH ? ORDER BY a.date DESC, q.article_id, q.span_start LIMIT ?")) {
            query.setString(1, FtsQuery.phrase("speaker_name", speaker));
            query.setInt(2, limit);
            return quotes(query);
        }
    }

    /**
     * The quotes in the given articles whose speaker's name is one of {@code speakers} (ignoring case), earliest
     * article first, in text order; at most {@code limit}. Long lists are read in chunks of {@value #IDS_PER_QUERY}.
     */
    List<QuoteRow> quotesIn(List<String> articleIds, List<String> speakers, int limit) throws SQLException {
        List<String> names = speakers.size() > IDS_PER_QUERY ? speakers.subList(0, IDS_PER_QUERY) : speakers;
        List<QuoteRow> quotes = new ArrayList<>();
        for (int from = 0; from < articleIds.size() && quotes.size() < limit; from += IDS_PER_QUERY) {
            List<String> ids = articleIds.subList(from, Math.min(articleIds.size(), from + IDS_PER_QUERY));
            try (PreparedStatement query = connection.prepareStatement("SELECT " + QUOTE_COLUMNS
                    + " FROM quotes q JOIN articles a ON a.id = q.article_id"
                    + " WHERE q.article_id IN (" + marks(ids.size()) + ")"
                    + " AND q.speaker_name COLLATE NOCASE IN (" + marks(names.size()) + ")"
                    + " ORDER BY a.date, q.article_id, q.span_start LIMIT ?")) {
                int i = 1;
                for (String id : ids) {
                    query.setString(i++, id);
                }
                for (String name : names) {
                    query.setString(i++, name);
                }
                query.setInt(i, limit - quotes.size());
                quotes.addAll(quotes(query));
            }
        }
        return quotes;
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    static List<QuoteRow> quotes(PreparedStatement query) throws SQLException {
        List<QuoteRow> quotes = new ArrayList<>();
        try (ResultSet r = query.executeQuery()) {
            while (r.next()) {
                quotes.add(new QuoteRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                        r.getString(10), Headlines.of(r.getString(10), r.getString(11), r.getString(12))));
            }
        }
        return quotes;
    }
}
