package org.dateline.analysis.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.dateline.analysis.Analysis;
import org.dateline.analysis.EntityIndex;
import org.dateline.model.Assertion;
import org.dateline.model.Caveat;
import org.dateline.model.Claim;
import org.dateline.model.Entity;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.model.lang.Lexicon;

/**
 * Who asserts an event and how verified it is. An event inside reported speech is asserted by its source; any
 * other is reported by the outlet. A party's or an official's battlefield claim is NOT_VERIFIED when the outlet
 * says it could not verify either side's reports; a caveat on one claim covers the claims of the sentence before.
 */
final class Asserter {
    private static final Set<String> BATTLEFIELD = Set.of("VIOLENCE", "TERRITORY", "MOVEMENT");
    private final Set<String> unnamedHeads;
    private final Set<String> partyWords;

    Asserter() {
        Lexicon words = Lexicon.load("en", "event-sources.tsv", 2);
        unnamedHeads = words.rows().stream().filter(r -> r.get(1).equals("UNNAMED")).map(r -> r.get(0))
                .collect(Collectors.toUnmodifiableSet());
        partyWords = words.rows().stream().filter(r -> r.get(1).equals("PARTY")).map(r -> r.get(0))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The assertion, the verb of saying's span (or null), and the date of the statement (or null). */
    record Asserted(Assertion assertion, Span cue, String statementDate) {
    }

    Asserted assertor(Analysis a, int offset, EntityIndex entities) {
        for (Claim c : a.claims()) {
            if (c.contentSpan().start() <= offset && offset < c.contentSpan().end()) {
                Entity source = c.source() == null ? null : entities.byId(c.source());
                return new Asserted(new Assertion(c.sourceName(), c.source(), kind(source, c.sourceName()), c.id()),
                        c.cueSpan(), c.date());
            }
        }
        for (Quote q : a.quotes()) {
            if (q.start() <= offset && offset < q.end()) {
                Entity speaker = q.speaker() == null ? null : entities.byId(q.speaker());
                String name = q.speakerName() != null ? q.speakerName() : "unknown speaker";
                return new Asserted(new Assertion(name, q.speaker(), kind(speaker, name), q.id()), q.cueSpan(),
                        q.date());
            }
        }
        String outlet = a.article().source();
        if (outlet == null) {
            outlet = a.caveats().stream().map(Caveat::outlet).filter(o -> o != null).findFirst().orElse(null);
        }
        return new Asserted(new Assertion(outlet, null, "OUTLET", null), null, null);
    }

    String kind(Entity source, String name) {
        if (source != null) {
            return switch (source.type()) {
                case "PERSON" -> source.titles().isEmpty() ? "PERSON" : "OFFICIAL";
                case "COUNTRY" -> "PARTY";
                default -> isParty(name) ? "PARTY" : "ORGANIZATION";
            };
        }
        if (name == null) {
            return "UNNAMED";
        }
        String[] words = name.toLowerCase(Locale.ROOT).split("\\W+");
        String head = words.length == 0 ? "" : words[words.length - 1];
        if (isParty(name)) {
            return "PARTY";
        }
        return unnamedHeads.contains(head) ? "UNNAMED" : "PERSON";
    }

    private boolean isParty(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("\\W+")) {
            if (partyWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * REPORTED, CLAIMED or NOT_VERIFIED. The outlet's caveat ("Reuters could not independently verify ...") covers the
     * reports of its own sentence ("..., which Reuters could not verify, planes dropped bombs") and of the sentence
     * before it, whoever asserts them; one that covers either side's reports covers every claim of a party or an
     * official about the fighting. A party that does not confirm something is no caveat of the outlet's.
     */
    static String status(Assertion assertion, String family, int sentence, List<Caveat> caveats) {
        boolean party = assertion.kind().equals("PARTY") || assertion.kind().equals("OFFICIAL");
        for (Caveat c : caveats) {
            if (!isOutlets(c)) {
                continue;
            }
            boolean covers = c.sentence() == sentence
                    || (c.scope().equals("ALL_SIDES") ? party && BATTLEFIELD.contains(family)
                    : c.sentence() == sentence + 1);
            if (covers) {
                return "NOT_VERIFIED";
            }
        }
        return assertion.kind().equals("OUTLET") ? "REPORTED" : "CLAIMED";
    }

    /** A caveat of the outlet's: it could not verify, or could not independently confirm. */
    static boolean isOutlets(Caveat c) {
        return c.kind().equals("NOT_VERIFIED") || c.text().toLowerCase(Locale.ROOT).contains("independently");
    }
}
