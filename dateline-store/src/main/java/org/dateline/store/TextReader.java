package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Full-text reads: articles by their words and quotes by their speaker. The user's words go through
 * {@link FtsQuery}, so they are searched for as words, never parsed as FTS5 syntax.
 */
final class TextReader {
    /** The columns of a {@link QuoteRow}, from {@code quotes q} and {@code articles a}. */
    static final String QUOTE_COLUMNS = "q.article_id, q.id, q.text, q.speaker_name, q.cue, q.channel, q.date,"
            + " a.date, a.source, a.title";
    private static final int SNIPPET_TOKENS = 24;
    private final Connection connection;

    TextReader(Connection connection) {
        this.connection = connection;
    }

    /** Articles whose title and text hold every word, best bm25 rank first, each with its best passage. */
    List<ArticleHit> search(String words, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT a.id, a.date, a.title, a.source,"
                + " snippet(articles_fts, -1, '[', ']', '…', " + SNIPPET_TOKENS + ")"
                + " FROM articles_fts f JOIN articles a ON a.id = f.article_id"
                + " WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts), a.id LIMIT ?")) {
            query.setString(1, FtsQuery.allWords(null, words));
            query.setInt(2, limit);
            List<ArticleHit> hits = new ArrayList<>();
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    hits.add(new ArticleHit(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5)));
                }
            }
            return hits;
        }
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

    static List<QuoteRow> quotes(PreparedStatement query) throws SQLException {
        List<QuoteRow> quotes = new ArrayList<>();
        try (ResultSet r = query.executeQuery()) {
            while (r.next()) {
                quotes.add(new QuoteRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                        r.getString(10)));
            }
        }
        return quotes;
    }
}
