package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the event kinds of a filter into the codes stored in {@code event_clusters}: a kind names a code
 * ("SHELLING", "shelling"), an ACLED event type ("Battles") or a sub-event type ("Peaceful protest"), ignoring case.
 * The stored codes are read with a skip scan of the code index (one seek per distinct code), with the type and
 * sub-type of each, so that the events query filters on the indexed code alone.
 */
final class EventKinds {
    private static final String CODES = "WITH RECURSIVE codes(code) AS ("
            + " SELECT min(code) FROM event_clusters"
            + " UNION ALL SELECT (SELECT min(code) FROM event_clusters WHERE code > codes.code)"
            + " FROM codes WHERE codes.code IS NOT NULL)"
            + " SELECT code, (SELECT type FROM event_clusters WHERE code = codes.code LIMIT 1),"
            + " (SELECT subtype FROM event_clusters WHERE code = codes.code LIMIT 1)"
            + " FROM codes WHERE code IS NOT NULL";

    private EventKinds() {
    }

    /** The stored codes any of {@code kinds} names; empty when none does. */
    static List<String> codes(Connection connection, List<String> kinds) throws SQLException {
        Set<String> wanted = new LinkedHashSet<>();
        kinds.forEach(k -> wanted.add(k.toLowerCase(Locale.ROOT)));
        Set<String> codes = new LinkedHashSet<>();
        try (PreparedStatement query = connection.prepareStatement(CODES);
             ResultSet r = query.executeQuery()) {
            while (r.next()) {
                for (int column = 1; column <= 3; column++) {
                    String name = r.getString(column);
                    if (name != null && wanted.contains(name.toLowerCase(Locale.ROOT))) {
                        codes.add(r.getString(1));
                    }
                }
            }
        }
        return List.copyOf(codes);
    }
}
