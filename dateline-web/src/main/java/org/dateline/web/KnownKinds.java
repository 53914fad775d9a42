package org.dateline.web;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.analysis.event.EventKinds;
import org.dateline.store.CorpusStats;
import org.dateline.store.CorpusStore;

/**
 * The event kinds a {@code type} parameter may name: a code, an ACLED event type or a sub-event type of Dateline's
 * taxonomy ({@code lang/en/event-types.tsv}), or of the corpus (which an older analysis may have stored), in any
 * case. Any other name is a 400 that lists the event types, so that a misspelt type never answers "nothing".
 */
final class KnownKinds {
    private final Set<String> taxonomy = new HashSet<>();
    private final Set<String> types = new TreeSet<>();
    private final CorpusStore store;

    KnownKinds(CorpusStore store) {
        this.store = store;
        for (EventKinds.Kind k : EventKinds.english().all()) {
            add(taxonomy, k.code(), k.type(), k.subtype());
            if (k.type() != null) {
                types.add(k.type());
            }
        }
    }

    /** Throws a 400 unless {@code name} names a kind. */
    void check(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (taxonomy.contains(key)) {
            return;
        }
        Set<String> stored = new HashSet<>();
        for (CorpusStats.KindCount k : store.stats().kinds()) {
            add(stored, k.code(), k.type(), k.subtype());
        }
        if (!stored.contains(key)) {
            throw ApiException.badRequest("unknown event type '" + name + "': give a code (SHELLING), an ACLED event"
                    + " type (" + String.join(", ", types) + ") or a sub-event type (Peaceful protest)");
        }
    }

    private static void add(Set<String> into, String... names) {
        for (String n : names) {
            if (n != null) {
                into.add(n.toLowerCase(Locale.ROOT));
            }
        }
    }
}
