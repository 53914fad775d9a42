package org.dateline.store;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.dedup.ArticleFingerprint;
import org.dateline.dedup.Band;
import org.dateline.dedup.IndexedArticle;
import org.dateline.dedup.StoryFingerprint;
import org.dateline.dedup.StoryIndex;

/**
 * The {@link StoryIndex} of a store: fingerprints in {@code fingerprints}, LSH bands in {@code story_bands}, stories in
 * {@code articles.story_id}. It reads and writes through the store's connection, so it sees the rows of the open
 * transaction. Statements are prepared once; {@link #close()} releases them.
 */
final class SqliteStoryIndex implements StoryIndex, AutoCloseable {
    private static final String COLUMNS = "f.article_id, f.published, f.simhash, f.minhash, f.shingles, a.story_id";
    private final PreparedStatement find;
    private final PreparedStatement withBand;
    private final PreparedStatement addFingerprint;
    private final PreparedStatement addBand;
    private final PreparedStatement setStory;

    SqliteStoryIndex(Connection c) throws SQLException {
        find = c.prepareStatement("SELECT " + COLUMNS + " FROM fingerprints f JOIN articles a ON a.id = f.article_id"
                + " WHERE f.article_id = ? AND a.story_id IS NOT NULL");
        withBand = c.prepareStatement("SELECT " + COLUMNS + " FROM story_bands b"
                + " JOIN fingerprints f ON f.article_id = b.article_id JOIN articles a ON a.id = b.article_id"
                + " WHERE b.band = ? AND b.band_key = ? AND a.story_id IS NOT NULL");
        addFingerprint = c.prepareStatement("INSERT OR REPLACE INTO fingerprints"
                + " (article_id, published, simhash, minhash, shingles) VALUES (?, ?, ?, ?, ?)");
        addBand = c.prepareStatement("INSERT OR IGNORE INTO story_bands (band, band_key, article_id) VALUES (?, ?, ?)");
        setStory = c.prepareStatement("UPDATE articles SET story_id = ? WHERE id = ?");
    }

    @Override
    public Optional<IndexedArticle> find(String articleId) {
        try {
            find.setString(1, articleId);
            List<IndexedArticle> found = rows(find);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        } catch (SQLException e) {
            throw new StoreException("cannot look up the story of article " + articleId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<IndexedArticle> withBand(Band band) {
        try {
            withBand.setInt(1, band.index());
            withBand.setLong(2, band.key());
            return rows(withBand);
        } catch (SQLException e) {
            throw new StoreException("cannot look up story band " + band + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void add(IndexedArticle indexed) {
        ArticleFingerprint article = indexed.article();
        StoryFingerprint f = article.fingerprint();
        try {
            addFingerprint.setString(1, article.articleId());
            addFingerprint.setString(2, article.published().toString());
            addFingerprint.setLong(3, f.simHash());
            addFingerprint.setBytes(4, bytes(f.minHash()));
            addFingerprint.setInt(5, f.shingles());
            addFingerprint.executeUpdate();
            for (Band band : f.bands()) {
                addBand.setInt(1, band.index());
                addBand.setLong(2, band.key());
                addBand.setString(3, article.articleId());
                addBand.executeUpdate();
            }
            setStory.setString(1, indexed.storyId());
            setStory.setString(2, article.articleId());
            setStory.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot index article " + article.articleId() + ": " + e.getMessage(), e);
        }
    }

    private static List<IndexedArticle> rows(PreparedStatement query) throws SQLException {
        List<IndexedArticle> found = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                StoryFingerprint f = new StoryFingerprint(rows.getLong(3), longs(rows.getBytes(4)), rows.getInt(5));
                found.add(new IndexedArticle(new ArticleFingerprint(rows.getString(1),
                        LocalDate.parse(rows.getString(2)), f), rows.getString(6)));
            }
        }
        return found;
    }

    private static byte[] bytes(long[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
        buffer.asLongBuffer().put(values);
        return buffer.array();
    }

    private static long[] longs(byte[] bytes) {
        long[] values = new long[bytes.length / Long.BYTES];
        ByteBuffer.wrap(bytes).asLongBuffer().get(values);
        return values;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement p : List.of(find, withBand, addFingerprint, addBand, setStory)) {
            p.close();
        }
    }
}
