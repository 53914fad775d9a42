package org.dateline.cli.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The filter values a query benchmark uses, read from the corpus itself so that one benchmark runs on any corpus:
 * its most and least frequent event code and actor, its busiest place and month, words of its event sentences and
 * articles that are common, middling and rare, its most quoted speaker and most named person. Values a corpus lacks
 * are null, and the queries that need them are left out. Read with plain SQL over a second connection: the store's
 * API answers queries, not questions about its own contents.
 *
 * @param articles       articles stored
 * @param events         event reports stored
 * @param merged         merged events
 * @param multiSource    merged events with two or more independent sources
 * @param maxSources     the most independent sources of a merged event
 * @param maxReports     the most reports of a merged event
 * @param topCode        the most frequent event code
 * @param topType        the most frequent ACLED event type
 * @param rareCode       the least frequent event code
 * @param topActor       the most frequent actor 1
 * @param rareActor      an actor 1 of a single merged event
 * @param place          the place with the most merged events
 * @param busiestMonth   the first day of the month with the most merged events
 * @param busiestYear    the year with the most merged events
 * @param eventWords     words of the event sentences: common, middling (about 2% of events), rare
 * @param articleWords   words of the articles: common, middling (about 2% of articles), rare
 * @param phrase         two words that often follow each other in the articles
 * @param topSpeaker     the speaker with the most quotes
 * @param rareSpeaker    a speaker of one quote
 * @param topPerson      the person named in the most articles
 */
public record QueryChoices(long articles, long events, long merged, long multiSource, int maxSources, int maxReports,
                           String topCode, String topType, String rareCode, String topActor, String rareActor,
                           Place place, LocalDate busiestMonth, Integer busiestYear, Words eventWords,
                           Words articleWords, String phrase, String topSpeaker, String rareSpeaker,
                           String topPerson) {
    private static final int SAMPLE = 300;
    private static final int COUNTED = 100;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+|[^\\p{L}\\s]");

    /** A place with coordinates, as stored. */
    public record Place(String name, double lat, double lon) {
    }

    /**
     * Three words of a text column and how many rows match each; a word is null when the column has too few words.
     */
    public record Words(String common, long commonRows, String middling, long middlingRows, String rare,
                        long rareRows) {
    }

    /** Reads the choices from the corpus database at {@code file}, which must exist. */
    public static QueryChoices pick(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            return pick(c);
        }
    }

    private static QueryChoices pick(Connection c) throws SQLException {
        long merged = number(c, "SELECT count(*) FROM event_clusters");
        long articles = number(c, "SELECT count(*) FROM articles");
        String month = string(c, "SELECT substr(date_from, 1, 7) m FROM event_clusters GROUP BY m"
                + " ORDER BY count(*) DESC, m LIMIT 1");
        String year = string(c, "SELECT substr(date_from, 1, 4) y FROM event_clusters GROUP BY y"
                + " ORDER BY count(*) DESC, y LIMIT 1");
        return new QueryChoices(articles, number(c, "SELECT count(*) FROM events"), merged,
                number(c, "SELECT count(*) FROM event_clusters WHERE independent_sources >= 2"),
                (int) number(c, "SELECT coalesce(max(independent_sources), 0) FROM event_clusters"),
                (int) number(c, "SELECT coalesce(max(report_count), 0) FROM event_clusters"),
                string(c, "SELECT code FROM event_clusters GROUP BY code ORDER BY count(*) DESC, code LIMIT 1"),
                string(c, "SELECT type FROM event_clusters WHERE type IS NOT NULL GROUP BY type"
                        + " ORDER BY count(*) DESC, type LIMIT 1"),
                string(c, "SELECT code FROM event_clusters GROUP BY code ORDER BY count(*), code LIMIT 1"),
                string(c, "SELECT actor1_name FROM event_clusters WHERE actor1_name IS NOT NULL"
                        + " GROUP BY actor1_name ORDER BY count(*) DESC, actor1_name LIMIT 1"),
                string(c, "SELECT actor1_name FROM event_clusters WHERE actor1_name IS NOT NULL"
                        + " GROUP BY actor1_name ORDER BY count(*), actor1_name LIMIT 1"),
                place(c), month == null ? null : LocalDate.parse(month + "-01"),
                year == null ? null : Integer.valueOf(year),
                words(c, "event_clusters_fts", "text", sample(c, "evidence", "event_clusters"), merged),
                words(c, "articles_fts", "text", sample(c, "text", "articles"), articles),
                phrase(sample(c, "text", "articles")),
                string(c, "SELECT speaker_name FROM quotes WHERE speaker_name IS NOT NULL GROUP BY speaker_name"
                        + " ORDER BY count(*) DESC, speaker_name LIMIT 1"),
                string(c, "SELECT speaker_name FROM quotes WHERE speaker_name IS NOT NULL GROUP BY speaker_name"
                        + " ORDER BY count(*), speaker_name LIMIT 1"),
                string(c, "SELECT name FROM entities WHERE type = 'PERSON' AND name IS NOT NULL GROUP BY name"
                        + " ORDER BY count(*) DESC, name LIMIT 1"));
    }

    private static Place place(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT place_name, lat, lon FROM event_clusters WHERE lat IS NOT NULL"
                     + " AND lon IS NOT NULL GROUP BY lat, lon ORDER BY count(*) DESC, lat, lon LIMIT 1")) {
            return r.next() ? new Place(r.getString(1), r.getDouble(2), r.getDouble(3)) : null;
        }
    }

    /** Up to {@value #SAMPLE} values of the column, from rows spread evenly over the table. */
    private static List<String> sample(Connection c, String column, String table) throws SQLException {
        long max = number(c, "SELECT coalesce(max(rowid), 0) FROM " + table);
        List<String> values = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT " + column + " FROM " + table
                + " WHERE rowid >= ? ORDER BY rowid LIMIT 1")) {
            for (int i = 0; i < SAMPLE && max > 0; i++) {
                q.setLong(1, 1 + max * i / SAMPLE);
                try (ResultSet r = q.executeQuery()) {
                    if (r.next() && r.getString(1) != null) {
                        values.add(r.getString(1));
                    }
                }
            }
        }
        return values;
    }

    /**
     * Words of at least four letters from a sample of a column: the one in the most sampled rows; of those in 1% to
     * 5% of the sampled rows, the one whose count of matching rows (an FTS5 match on {@code column} of
     * {@code ftsTable}, so with its tokenizer) is nearest 2% of {@code rows}; of those seen once, the one that
     * matches fewest rows. At most {@value #COUNTED} words of each kind are counted.
     */
    private static Words words(Connection c, String ftsTable, String column, List<String> texts, long rows)
            throws SQLException {
        Map<String, Integer> sampled = new HashMap<>();
        for (String text : texts) {
            Set<String> seen = new HashSet<>();
            Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
            while (m.find()) {
                if (m.group().length() >= 4 && seen.add(m.group())) {
                    sampled.merge(m.group(), 1, Integer::sum);
                }
            }
        }
        if (sampled.isEmpty()) {
            return new Words(null, 0, null, 0, null, 0);
        }
        List<String> byCount = sampled.keySet().stream().sorted(Comparator.comparing((String w) -> -sampled.get(w))
                .thenComparing(w -> w)).toList();
        try (PreparedStatement count = c.prepareStatement("SELECT count(*) FROM " + ftsTable + " WHERE "
                + ftsTable + " MATCH ?")) {
            String common = byCount.get(0);
            String middling = null;
            long middlingRows = 0;
            double target = rows * 0.02;
            List<String> middle = byCount.stream().filter(w -> !w.equals(common)
                    && sampled.get(w) >= Math.max(1, texts.size() / 100) && sampled.get(w) <= texts.size() / 20)
                    .limit(COUNTED).toList();
            for (String word : middle.isEmpty() ? byCount.subList(1, Math.min(2, byCount.size())) : middle) {
                long n = rowsWith(count, column, word);
                if (middling == null || Math.abs(n - target) < Math.abs(middlingRows - target)) {
                    middling = word;
                    middlingRows = n;
                }
            }
            String rare = null;
            long rareRows = Long.MAX_VALUE;
            for (String word : byCount.stream().filter(w -> sampled.get(w) == 1 && w.length() >= 6).limit(COUNTED)
                    .toList()) {
                long n = rowsWith(count, column, word);
                if (n > 0 && n < rareRows) {
                    rare = word;
                    rareRows = n;
                }
            }
            return new Words(common, rowsWith(count, column, common), middling, middlingRows, rare,
                    rare == null ? 0 : rareRows);
        }
    }

    private static long rowsWith(PreparedStatement count, String column, String word) throws SQLException {
        count.setString(1, column + " : \"" + word + "\"");
        try (ResultSet r = count.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /** The most frequent pair of adjacent words of four letters or more in the texts, as "first second". */
    private static String phrase(List<String> texts) {
        Map<String, Integer> pairs = new HashMap<>();
        for (String text : texts) {
            String previous = null;
            Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
            while (m.find()) {
                String token = m.group();
                boolean word = token.length() >= 4 && Character.isLetter(token.charAt(0));
                if (word && previous != null) {
                    pairs.merge(previous + " " + token, 1, Integer::sum);
                }
                previous = word ? token : null;
            }
        }
        return pairs.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
