package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.dateline.model.Article;
import org.dateline.readers.ArticleSink;
import org.dateline.readers.ReadOptions;
import org.dateline.readers.ReadProblem;
import org.dateline.readers.Readers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills an ingest with SIGKILL in the middle, runs it again, and checks the store. */
class KillAndResumeTest {
    private static final int ARTICLES = 400;

    @TempDir
    Path dir;

    @Test
    void aKilledIngestLosesNothingCommittedAndARerunCompletesItExactlyOnce() throws Exception {
        Path input = IngesterTest.articles(dir, ARTICLES);
        Path db = dir.resolve("corpus.db");
        Process first = child(input, db).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), UTF_8));
        long committed = 0;
        for (String line = out.readLine(); line != null && committed < ARTICLES / 4; line = out.readLine()) {
            committed = line.startsWith("stored ") ? Long.parseLong(line.substring(7)) : committed;
        }
        assertTrue(first.isAlive() && committed >= ARTICLES / 4, "the first run ended before it could be killed");
        first.destroyForcibly(); // SIGKILL on Unix
        assertTrue(first.waitFor(60, TimeUnit.SECONDS));
        long afterKill = count(db, "SELECT count(*) FROM articles");
        assertTrue(afterKill >= committed && afterKill < ARTICLES, "stored after the kill: " + afterKill);
        assertEquals("ok", string(db, "PRAGMA integrity_check"));

        Process second = child(input, db).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines = new String(second.getInputStream().readAllBytes(), UTF_8).strip().lines().toList();
        String summary = lines.get(lines.size() - 1);
        assertEquals(0, second.waitFor());
        assertEquals((ARTICLES - afterKill) + " " + afterKill + " 0", summary);

        assertEquals("ok", string(db, "PRAGMA integrity_check"));
        assertEquals(ARTICLES, count(db, "SELECT count(*) FROM articles"));
        assertEquals(inputIds(input), ids(db));
        assertEquals(ARTICLES, count(db, "SELECT count(*) FROM events"));
        assertEquals(ARTICLES, count(db, "SELECT count(*) FROM fingerprints"));
        assertEquals(0, count(db, "SELECT count(*) FROM events WHERE cluster_id IS NULL"));
        assertEquals(0, count(db, "SELECT count(*) FROM articles WHERE story_id IS NULL"));
        assertEquals(ARTICLES, count(db, "SELECT sum(report_count) FROM event_clusters"));
    }

    private static ProcessBuilder child(Path input, Path db) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(),
                input.toString(), db.toString());
    }

    private static Set<String> inputIds(Path input) {
        Set<String> ids = new HashSet<>();
        Readers.read(input, ReadOptions.defaults(), new ArticleSink() {
            @Override
            public void article(Article article) {
                ids.add(article.id());
            }

            @Override
            public void problem(ReadProblem problem) {
                throw new AssertionError(problem.toString());
            }
        });
        return ids;
    }

    private static Set<String> ids(Path db) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = connect(db); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT id FROM articles")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private static long count(Path db, String sql) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String string(Path db, String sql) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Connection connect(Path db) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
        }
        return c;
    }
}
