package org.dateline.eval.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.dateline.eval.Parallel;
import org.dateline.eval.Report;
import org.dateline.model.AnalyzedArticle;

/**
 * The records evaluation: every annotated article through the system, scored with {@link RecordScorer}, and the
 * figures of the event records (precision, recall, whole record, place, actor, fatalities, assertor, the outlet's
 * caveat, repeats), of the quotes and of the places.
 */
public final class RecordsEvaluation {

    /** Which articles of a set take part: all, or one of two halves (the development half and the half set aside). */
    public enum Part {
        ALL, DEV, ASIDE;

        /** The articles of this part: DEV the 1st, 3rd, 5th ... of the set, ASIDE the 2nd, 4th ... */
        public List<GoldReport> of(List<GoldReport> all) {
            List<GoldReport> out = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (this == ALL || (i % 2 == 0) == (this == DEV)) {
                    out.add(all.get(i));
                }
            }
            return out;
        }
    }

    private RecordsEvaluation() {
    }

    /**
     * @param system  the record of an annotated article; must be thread-safe. When it throws, the article counts
     *                with no record and a detail line names it and the reason
     * @param threads how many articles to work on at once, at least 1; the report is the same for any number
     * @param details whether the report carries a line per gold event, per record that matched none, per quote and
     *                place not right
     */
    public static Report evaluate(List<GoldReport> gold, Function<GoldReport, AnalyzedArticle> system, int threads,
                                  boolean details) {
        if (gold.isEmpty()) {
            throw new IllegalArgumentException("no annotated articles to evaluate");
        }
        List<Parallel.Outcome<AnalyzedArticle>> outcomes = Parallel.map(gold, system, threads);
        RecordScorer scorer = new RecordScorer();
        RecordTally total = new RecordTally();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            Parallel.Outcome<AnalyzedArticle> o = outcomes.get(i);
            if (o.failed() || o.value() == null) {
                failures.add("system failed on " + gold.get(i).name() + ": "
                        + (o.failed() ? o.failureLine() : "no record"));
                RecordTally none = new RecordTally();
                gold.get(i).events().stream().filter(g -> !g.optional()).forEach(g -> {
                    none.add(Count.REQUIRED);
                    none.add(Count.MISSED);
                });
                total.addAll(none);
                continue;
            }
            total.addAll(scorer.score(gold.get(i), o.value()));
        }
        return report(total, gold.size(), failures, details);
    }

    private static Report report(RecordTally t, int articles, List<String> failures, boolean details) {
        Report.Builder r = Report.builder()
                .count("articles", articles)
                .ratio("precision", t.ratio(Count.ACCEPTED, Count.EVENTS))
                .ratio("recall", t.ratio(Count.FAMILY_RIGHT, Count.REQUIRED))
                .ratio("whole-record", t.ratio(Count.WHOLE_RECORD, Count.REQUIRED))
                .ratio("place", t.ratio(Count.PLACE_RIGHT, Count.LOCATED))
                .ratio("actor1", t.ratio(Count.ACTOR1_RIGHT, Count.REQUIRED))
                .ratio("fatalities", t.ratio(Count.FATALITIES_RIGHT, Count.FATALITIES_GIVEN))
                .ratio("assertor", t.ratio(Count.ASSERTOR_RIGHT, Count.REQUIRED))
                .ratio("not-verified", t.ratio(Count.NOT_VERIFIED_RIGHT, Count.NOT_VERIFIED_GIVEN))
                .ratio("repeats", t.ratio(Count.DUPLICATE, Count.EVENTS))
                .ratio("subtype-recall", t.ratio(Count.SUBTYPE_RIGHT, Count.REQUIRED))
                .ratio("date-recall", t.ratio(Count.DATE_RIGHT, Count.REQUIRED))
                .ratio("no-fatalities", t.ratio(Count.NO_FATALITIES_RIGHT, Count.NO_FATALITIES_GIVEN))
                .count("required", t.get(Count.REQUIRED))
                .count("matched", t.get(Count.MATCHED))
                .count("missed", t.get(Count.MISSED))
                .count("missed-as-background", t.get(Count.MISSED_AS_BACKGROUND))
                .count("records", t.get(Count.EVENTS))
                .count("accepted", t.get(Count.ACCEPTED))
                .count("mistyped", t.get(Count.MISTYPED))
                .count("duplicates", t.get(Count.DUPLICATE))
                .count("false", t.get(Count.FALSE))
                .count("false-not-about-conflict", t.get(Count.FALSE_IN_EVENTLESS));
        for (Map.Entry<String, Integer> e : t.falseByType().entrySet()) {
            r.count("false-" + slug(e.getKey()), e.getValue());
        }
        r.count("not-verified-wrongly", t.get(Count.NOT_VERIFIED_WRONG))
                .count("background", t.get(Count.BACKGROUND))
                .ratio("quote-recall", t.ratio(Count.QUOTES_FOUND, Count.QUOTES))
                .ratio("quote-speaker", t.ratio(Count.SPEAKERS_RIGHT, Count.QUOTES))
                .ratio("place-recognition", t.ratio(Count.PLACES_FOUND, Count.PLACES))
                .ratio("place-resolution", t.ratio(Count.PLACES_RIGHT, Count.PLACES_FOUND))
                .ratio("place-accuracy", t.ratio(Count.PLACES_RIGHT, Count.PLACES))
                .ratio("place-wrong-country", t.ratio(Count.WRONG_COUNTRY, Count.RESOLVED_MENTIONS))
                .ratio("place-wrong-country-places", t.ratio(Count.WRONG_COUNTRY_PLACE, Count.RESOLVED_MENTIONS));
        failures.forEach(r::detail);
        if (details) {
            t.details().forEach(r::detail);
        }
        return r.build();
    }

    private static String slug(String type) {
        return type.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
