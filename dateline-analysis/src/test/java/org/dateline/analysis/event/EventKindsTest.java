package org.dateline.analysis.event;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventKindsTest {

    @Test
    void everyAcledSubtypeIsAKindAndEveryCaseLabelIsReachable() {
        var kinds = EventKinds.english().all();
        long acled = kinds.stream().filter(k -> !k.type().equals("Strategic developments")).count()
                + kinds.stream().filter(k -> Set.of("AGREEMENT", "ARREST", "CHANGE_TO_GROUP", "DISRUPTED_WEAPONS",
                        "BASE_ESTABLISHED", "LOOTING", "NON_VIOLENT_TRANSFER", "OTHER").contains(k.code())).count();
        assertEquals(25, acled);
        Set<String> labels = kinds.stream().map(EventKinds.Kind::case2021).collect(Collectors.toSet());
        assertEquals(30, labels.size(), labels::toString);
    }

    @Test
    void anUnknownCodeIsAnErrorNamingIt() {
        var e = assertThrows(IllegalArgumentException.class, () -> EventKinds.english().of("NO_SUCH_KIND"));
        assertTrue(e.getMessage().contains("NO_SUCH_KIND"), e::getMessage);
    }

    @Test
    void everyTriggerRowNamesAKnownKind() {
        assertDoesNotThrow(() -> new TriggerLexicon(EventKinds.english()));
    }
}
