package org.dateline.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.dateline.model.NameMatch;
import org.sqlite.SQLiteConfig;

/**
 * The gazetteer index built by {@link GazetteerBuilder}, opened read-only. Lookups by name return every entry whose
 * name, alternate name or area name without its kind word has the same loose key, each with how it matched (the
 * same folded name, the same transliteration key, or only the same loose key), most populous first; results are
 * cached. A small index (the default one) has its names read into memory when opened; a large one (the full
 * GeoNames dump) is queried. Thread-safe.
 */
public final class Gazetteer implements AutoCloseable {
    /** SQLite's application_id of our index files ("DLGZ"). */
    static final int APPLICATION_ID = 0x444c475a;
    /** The layout version; an index of another layout must be rebuilt. */
    static final String FORMAT = "dateline-gazetteer/3";
    private static final int MAX_CANDIDATES = 200;
    private static final int CACHE_LIMIT = 200_000;
    /** Indexes with at most this many places are held in memory (about 100 MB of heap for 300,000 places). */
    private static final long IN_MEMORY_PLACES = 1_000_000;
    private static final String COLUMNS = "p.id, p.name, p.lat, p.lon, p.fclass, p.fcode, p.country, p.admin1,"
            + " p.admin2, p.population";
    /** The name kinds of {@link GazetteerBuilder.NameKind} as matches, by ordinal. */
    private static final NameMatch[] MATCH_OF_KIND = {NameMatch.NAME, NameMatch.ALTERNATE_NAME, NameMatch.AREA_NAME};
    /** The best matches first, the most populous first among them. */
    private static final Comparator<Candidate> BEST_FIRST = (a, b) -> {
        int m = a.match().compareTo(b.match());
        return m != 0 ? m : Long.compare(b.place().population(), a.place().population());
    };

    private final Path file;
    private final Connection db;
    private final PreparedStatement byKey;
    private final PreparedStatement byLoose;
    private final PreparedStatement byCountry;
    private final NameKeys keys;
    private final Map<String, String> admin;
    private final Map<String, String> meta;
    private final Map<String, List<Candidate>> cache = new ConcurrentHashMap<>();
    private final Map<String, Optional<GeoRecord>> countries = new ConcurrentHashMap<>();
    /** Every name by its loose key, when the index is small enough to hold (the default one is); else null. */
    private final Map<String, List<Named>> inMemory;

    /**
     * A name of an entry, as folded, its transliteration key, and how it names it ({@link GazetteerBuilder.NameKind}
     * ordinal).
     */
    private record Named(String key, String translit, int how, GeoRecord place) {
    }

    private Gazetteer(Path file, Connection db, NameKeys keys, long inMemoryPlaces) throws SQLException {
        this.file = file;
        this.db = db;
        this.keys = keys;
        this.byKey = db.prepareStatement("SELECT " + COLUMNS + ", n.key, n.how, n.translit FROM name n JOIN place p"
                + " ON p.id = n.id WHERE n.key = ? ORDER BY p.population DESC LIMIT " + MAX_CANDIDATES);
        this.byLoose = db.prepareStatement("SELECT " + COLUMNS + ", n.key, n.how, n.translit FROM name n JOIN place p"
                + " ON p.id = n.id WHERE n.loose = ? ORDER BY p.population DESC LIMIT " + MAX_CANDIDATES);
        this.byCountry = db.prepareStatement("SELECT " + COLUMNS + " FROM place p WHERE p.country = ?"
                + " AND p.fclass = 'A' AND p.fcode LIKE 'PCL%' ORDER BY p.population DESC LIMIT 1");
        this.admin = readMap("SELECT code, name FROM admin");
        this.meta = readMap("SELECT key, value FROM meta");
        this.inMemory = inMemoryPlaces > 0 && countPlaces() <= inMemoryPlaces ? readNames() : null;
    }

    private long countPlaces() throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM place")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private Map<String, List<Named>> readNames() throws SQLException {
        Map<Long, GeoRecord> places = new HashMap<>();
        Map<String, List<Named>> byLoose = new HashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT " + COLUMNS
                + ", n.key, n.how, n.loose, n.translit FROM name n JOIN place p ON p.id = n.id")) {
            while (rs.next()) {
                GeoRecord r = places.computeIfAbsent(rs.getLong(1), id -> {
                    try {
                        return record(rs);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                String translit = rs.getString(14);
                byLoose.computeIfAbsent(rs.getString(13), k -> new ArrayList<>())
                        .add(new Named(rs.getString(11), translit, rs.getInt(12), r));
            }
        }
        byLoose.replaceAll((k, v) -> List.copyOf(v));
        return byLoose;
    }

    /**
     * Opens an index read-only. A missing file, a file that is not a gazetteer index, or one built by another
     * layout or other name rules is an IOException saying so; the file is never modified.
     */
    public static Gazetteer open(Path file) throws IOException {
        return open(file, IN_MEMORY_PLACES);
    }

    /**
     * Opens an index for a few lookups (a query's {@code --near}, {@code dateline gazetteer lookup}): its names are
     * queried in SQLite, never read into memory, so it opens at once whatever its size.
     */
    public static Gazetteer openForLookups(Path file) throws IOException {
        return open(file, 0);
    }

    /** Opens an index, holding its names in memory when it has at most {@code inMemoryPlaces} places. */
    static Gazetteer open(Path file, long inMemoryPlaces) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no gazetteer index at " + file + " (build one with: dateline gazetteer build)");
        }
        if (!Files.isReadable(file)) {
            throw new IOException("cannot read the gazetteer index " + file + ": permission denied (its owner can"
                    + " make it readable: chmod a+r " + file + ")");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        Connection db = null;
        try {
            db = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("PRAGMA application_id")) {
                if (!rs.next() || rs.getInt(1) != APPLICATION_ID) {
                    throw new IOException(file + " is not a Dateline gazetteer index");
                }
            }
            Gazetteer g = new Gazetteer(file, db, NameKeys.standard(), inMemoryPlaces);
            if (!FORMAT.equals(g.meta.get("format"))
                    || !NameKeys.standard().fingerprint().equals(g.meta.get("name-rules"))) {
                g.close();
                throw new StaleIndexException(file, "format " + g.meta.get("format") + ", name rules "
                        + g.meta.get("name-rules"));
            }
            return g;
        } catch (SQLException e) {
            closeQuietly(db);
            throw new IOException(file + " is not a Dateline gazetteer index: " + e.getMessage(), e);
        } catch (IOException e) {
            closeQuietly(db);
            throw e;
        }
    }

    private static void closeQuietly(Connection db) {
        if (db != null) {
            try {
                db.close();
            } catch (SQLException ignored) {
                // already failing with a clearer message
            }
        }
    }

    private Map<String, String> readMap(String sql) throws SQLException {
        Map<String, String> m = new HashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getString(2));
            }
        }
        return Map.copyOf(m);
    }

    /** The name rules the index was built with. */
    public NameKeys keys() {
        return keys;
    }

    /**
     * Every entry a name may refer to: those sharing its loose key, each with how it matched (its name or an
     * alternate or area name as folded, the same transliteration key, or only the loose key), and those of an alias
     * ("Nikolaev" → Mykolaiv). The best matches first, the most populous first among them; at most 200.
     */
    public List<Candidate> candidates(String name) {
        String key = keys.fold(name);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Candidate> hit = cache.get(key);
        if (hit == null) {
            hit = lookup(key);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(key, hit);
        }
        return hit;
    }

    private List<Candidate> lookup(String key) {
        Map<Long, Candidate> found = new LinkedHashMap<>();
        query(key, found);
        NameKeys.Alias alias = keys.alias(key);
        if (alias != null) {
            Map<Long, Candidate> other = new LinkedHashMap<>();
            query(alias.key(), other);
            other.values().stream().filter(c -> c.trusted() && alias.admits(c.place()))
                    .forEach(c -> add(found, c.place(), NameMatch.ALIAS));
        }
        List<Candidate> out = new ArrayList<>(found.values());
        out.sort(BEST_FIRST);
        return List.copyOf(out.size() > MAX_CANDIDATES ? out.subList(0, MAX_CANDIDATES) : out);
    }

    private void query(String key, Map<Long, Candidate> into) {
        if (inMemory == null) {
            queryIndex(key, into);
            return;
        }
        String translit = keys.translitOf(key);
        for (Named n : inMemory.getOrDefault(keys.looseOfTranslit(translit), List.of())) {
            add(into, n.place(), match(key, translit, n.key(), n.translit(), n.how()));
        }
    }

    /** How a name (its folded key and transliteration key) matches an entry's name row found under its loose key. */
    private static NameMatch match(String key, String translit, String rowKey, String rowTranslit, int how) {
        if (rowKey.equals(key)) {
            return MATCH_OF_KIND[how];
        }
        return rowTranslit.equals(translit) ? NameMatch.TRANSLITERATION : NameMatch.APPROXIMATE;
    }

    /** Adds an entry found under a name; the best match of it is kept. */
    private static void add(Map<Long, Candidate> into, GeoRecord place, NameMatch match) {
        Candidate prev = into.get(place.id());
        if (prev == null || match.compareTo(prev.match()) < 0) {
            into.put(place.id(), new Candidate(place, match));
        }
    }

    private synchronized void queryIndex(String key, Map<Long, Candidate> into) {
        try {
            byKey.setString(1, key);
            collect(byKey, key, into);
            byLoose.setString(1, keys.looseOfTranslit(keys.translitOf(key)));
            collect(byLoose, key, into);
        } catch (SQLException e) {
            throw new IllegalStateException("gazetteer " + file + ": " + e.getMessage(), e);
        }
    }

    private void collect(PreparedStatement query, String key, Map<Long, Candidate> into) throws SQLException {
        String translit = keys.translitOf(key);
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                add(into, record(rs), match(key, translit, rs.getString(11), rs.getString(13), rs.getInt(12)));
            }
        }
    }

    /** Up to {@code n} names of the index picked at random (for benchmarks). */
    public synchronized List<String> sampleNames(int n) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT key FROM name ORDER BY random() LIMIT ?")) {
            st.setInt(1, n);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("gazetteer " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Hands every populated place (feature class P) of at least {@code minPopulation} people, and every capital and
     * seat of a first-level area whatever its population, to {@code sink}, most populous first; for a map's labels.
     */
    public synchronized void populatedPlaces(long minPopulation, Consumer<GeoRecord> sink) {
        try (PreparedStatement st = db.prepareStatement("SELECT " + COLUMNS + " FROM place p WHERE p.fclass = 'P'"
                + " AND (p.population >= ? OR p.fcode IN ('PPLC', 'PPLA')) ORDER BY p.population DESC")) {
            st.setLong(1, minPopulation);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    sink.accept(record(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("gazetteer " + file + ": " + e.getMessage(), e);
        }
    }

    /** The country entry (feature code PCL*) of an ISO 3166-1 alpha-2 code. */
    public Optional<GeoRecord> country(String iso2) {
        return countries.computeIfAbsent(iso2, this::queryCountry);
    }

    private synchronized Optional<GeoRecord> queryCountry(String iso2) {
        try {
            byCountry.setString(1, iso2);
            try (ResultSet rs = byCountry.executeQuery()) {
                return rs.next() ? Optional.of(record(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("gazetteer " + file + ": " + e.getMessage(), e);
        }
    }

    /** The names of the areas an entry lies in. */
    public Areas areas(GeoRecord r) {
        String c = r.country();
        String a1 = r.admin1().isEmpty() ? null : admin.get(c + "." + r.admin1());
        String a2 = r.admin2().isEmpty() || r.admin1().isEmpty() ? null
                : admin.get(c + "." + r.admin1() + "." + r.admin2());
        return new Areas(admin.get(c), a1, a2);
    }

    /** The names of a country and of the first- and second-level areas within it; each null when unknown. */
    public record Areas(String country, String admin1, String admin2) {
    }

    private static GeoRecord record(ResultSet rs) throws SQLException {
        return new GeoRecord(rs.getLong(1), rs.getString(2), null, rs.getDouble(3), rs.getDouble(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getLong(10));
    }

    @Override
    public void close() {
        closeQuietly(db);
    }
}
