package org.dateline.geo;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the gazetteer index, a SQLite file, from what sources write to it. The index is written to a temporary
 * file beside the target and moved into place only by {@link #commit()}, so a half-built index is never used: an
 * interrupted or failed build leaves the previous index as it was. Not thread-safe.
 */
public final class GazetteerBuilder implements GazetteerSink, AutoCloseable {
    /** How a name row names its place; stored as the ordinal, the lowest kept when a name comes several ways. */
    enum NameKind { NAME, ALTERNATE_NAME, AREA_NAME }

    private static final int BATCH = 10_000;
    private final Path target;
    private final Path temp;
    private final Connection db;
    private final PreparedStatement insertPlace;
    private final PreparedStatement insertName;
    private final PreparedStatement insertAdmin;
    private final NameKeys keys;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private int pending;
    private long places;
    private boolean committed;

    private GazetteerBuilder(Path target, NameKeys keys) throws IOException {
        this.target = target.toAbsolutePath();
        this.keys = keys;
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        this.temp = buildingFile(dir, this.target.getFileName().toString());
        try {
            db = DriverManager.getConnection("jdbc:sqlite:" + temp);
            try (Statement st = db.createStatement()) {
                st.execute("PRAGMA journal_mode=OFF");
                st.execute("PRAGMA synchronous=OFF");
                st.execute("PRAGMA application_id=" + Gazetteer.APPLICATION_ID);
                st.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
                st.execute("CREATE TABLE place(id INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL,"
                        + " lon REAL NOT NULL, fclass TEXT NOT NULL, fcode TEXT NOT NULL, country TEXT NOT NULL,"
                        + " admin1 TEXT NOT NULL, admin2 TEXT NOT NULL, population INTEGER NOT NULL)");
                st.execute("CREATE TABLE name(key TEXT NOT NULL, translit TEXT NOT NULL, loose TEXT NOT NULL,"
                        + " id INTEGER NOT NULL, how INTEGER NOT NULL)");
                st.execute("CREATE TABLE admin(code TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID");
            }
            db.setAutoCommit(false);
            insertPlace = db.prepareStatement("INSERT OR IGNORE INTO place VALUES (?,?,?,?,?,?,?,?,?,?)");
            insertName = db.prepareStatement("INSERT INTO name VALUES (?,?,?,?,?)");
            insertAdmin = db.prepareStatement("INSERT OR IGNORE INTO admin VALUES (?,?)");
        } catch (SQLException e) {
            Files.deleteIfExists(temp);
            throw new IOException("cannot create the gazetteer index beside " + target + ": " + e.getMessage(), e);
        }
    }

    /** Starts a build whose result will replace {@code target} on {@link #commit()}. */
    public static GazetteerBuilder create(Path target) throws IOException {
        return new GazetteerBuilder(target, NameKeys.standard());
    }

    /** Records what went into the index, for {@code meta}: a source's name and its description. */
    public void source(String name, String description) {
        sources.put(name, description);
    }

    @Override
    public void place(GeoRecord r) throws IOException {
        try {
            insertPlace.setLong(1, r.id());
            insertPlace.setString(2, r.name());
            insertPlace.setDouble(3, r.lat());
            insertPlace.setDouble(4, r.lon());
            insertPlace.setString(5, r.featureClass());
            insertPlace.setString(6, r.featureCode());
            insertPlace.setString(7, r.country());
            insertPlace.setString(8, r.admin1() == null ? "" : r.admin1());
            insertPlace.setString(9, r.admin2() == null ? "" : r.admin2());
            insertPlace.setLong(10, r.population());
            insertPlace.addBatch();
            places++;
            name(r.id(), r.name(), NameKind.NAME);
            if (r.asciiName() != null && !r.asciiName().equals(r.name())) {
                name(r.id(), r.asciiName(), NameKind.NAME);
            }
            if (r.featureClass().equals("A") && !r.featureCode().startsWith("PCL")) {
                String folded = keys.fold(r.name());
                String bare = keys.withoutKindWords(folded);
                if (!bare.equals(folded)) {
                    name(r.id(), bare, NameKind.AREA_NAME);
                }
            }
            tick();
        } catch (SQLException e) {
            throw new IOException("gazetteer index: " + e.getMessage(), e);
        }
    }

    @Override
    public void alternateName(long id, String name, String language) throws IOException {
        if (language.isEmpty() && !isName(name)) {
            return; // the untagged alternatenames column of GeoNames' tables mixes codes with names
        }
        try {
            name(id, name, NameKind.ALTERNATE_NAME);
            tick();
        } catch (SQLException e) {
            throw new IOException("gazetteer index: " + e.getMessage(), e);
        }
    }

    @Override
    public void adminName(String code, String name) throws IOException {
        try {
            insertAdmin.setString(1, code);
            insertAdmin.setString(2, name);
            insertAdmin.addBatch();
            tick();
        } catch (SQLException e) {
            throw new IOException("gazetteer index: " + e.getMessage(), e);
        }
    }

    private void name(long id, String name, NameKind how) throws SQLException {
        String key = keys.fold(name);
        if (key.isEmpty() || !isLatin(key)) {
            return;
        }
        String translit = keys.translitOf(key);
        insertName.setString(1, key);
        insertName.setString(2, translit);
        insertName.setString(3, keys.looseOfTranslit(translit));
        insertName.setLong(4, id);
        insertName.setInt(5, how.ordinal());
        insertName.addBatch();
    }

    /**
     * Whether an untagged alternate name is a name: not a code ("GZA", "UA-63"), not a number, and of at least three
     * letters (the alternatenames column of GeoNames' tables holds airport and postal codes and abbreviations beside
     * the names; the curated sources tag theirs: "en", "abbr" for "USA", "EU").
     */
    static boolean isName(String alternate) {
        int letters = 0;
        boolean lower = false;
        for (int i = 0; i < alternate.length(); i++) {
            char c = alternate.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
                lower |= Character.isLowerCase(c);
            }
        }
        return letters >= 3 && (lower || letters > 4);
    }

    /** Names in other scripts are of no use for English text and would double the index. */
    private static boolean isLatin(String folded) {
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c > 'z' || c < ' ') {
                return false;
            }
        }
        return true;
    }

    private void tick() throws SQLException {
        if (++pending >= BATCH) {
            flush();
        }
    }

    private void flush() throws SQLException {
        insertPlace.executeBatch();
        insertName.executeBatch();
        insertAdmin.executeBatch();
        pending = 0;
    }

    /** How many place records were given so far (including ignored repeats). */
    public long placesGiven() {
        return places;
    }

    /**
     * Finishes the index: drops names of places no source gave, removes the areas computed from towns where a real
     * GeoNames entry for the same area exists, indexes, and moves the file into place.
     */
    public void commit() throws IOException {
        try {
            flush();
            try (Statement st = db.createStatement()) {
                st.execute("CREATE INDEX place_admin ON place(country, admin1, admin2, fcode)");
                st.execute("DELETE FROM place WHERE id < 0 AND fclass = 'A' AND EXISTS (SELECT 1 FROM place r"
                        + " WHERE r.id > 0 AND r.fcode = place.fcode AND r.country = place.country"
                        + " AND r.admin1 = place.admin1 AND r.admin2 = place.admin2)");
                st.execute("CREATE TABLE name_index(key TEXT NOT NULL, translit TEXT NOT NULL, loose TEXT NOT NULL,"
                        + " id INTEGER NOT NULL, how INTEGER NOT NULL, PRIMARY KEY (key, id)) WITHOUT ROWID");
                st.execute("INSERT INTO name_index SELECT key, translit, loose, id, min(how) FROM name"
                        + " WHERE id IN (SELECT id FROM place) GROUP BY key, id");
                st.execute("DROP TABLE name");
                st.execute("ALTER TABLE name_index RENAME TO name");
                st.execute("CREATE INDEX name_loose ON name(loose)");
            }
            try (PreparedStatement meta = db.prepareStatement("INSERT INTO meta VALUES (?,?)")) {
                Map<String, String> m = new LinkedHashMap<>();
                m.put("format", Gazetteer.FORMAT);
                m.put("built", Instant.now().toString());
                m.put("name-rules", keys.fingerprint());
                sources.forEach((k, v) -> m.put("source." + k, v));
                for (Map.Entry<String, String> e : m.entrySet()) {
                    meta.setString(1, e.getKey());
                    meta.setString(2, e.getValue());
                    meta.addBatch();
                }
                meta.executeBatch();
            }
            db.commit();
            try (Statement st = db.createStatement()) {
                st.execute("ANALYZE");
            }
            db.close();
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        } catch (SQLException e) {
            throw new IOException("cannot finish the gazetteer index " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * A new file beside the target to build in, created as any file of the user's (the permissions the umask leaves,
     * e.g. rw-r--r--), not as a private temporary file (rw-------), so that the index it becomes is readable by the
     * users the installation's files are readable by.
     */
    private static Path buildingFile(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path file = dir.resolve(name + "." + ProcessHandle.current().pid() + "-" + attempt + ".building");
            try {
                return Files.createFile(file);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /** Abandons an uncommitted build: the temporary file is deleted and the target is left as it was. */
    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        try {
            db.close();
        } catch (SQLException ignored) {
            // the temporary file is deleted whatever state the connection is in
        }
        Files.deleteIfExists(temp);
    }
}
