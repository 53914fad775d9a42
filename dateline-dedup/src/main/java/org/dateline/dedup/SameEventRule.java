package org.dateline.dedup;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import org.dateline.model.Distance;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.EventDate;
import org.dateline.model.EventPlace;
import org.dateline.model.Geo;

/**
 * When two reports are of the same event: all of
 * <ol type="a">
 *   <li><b>type</b>: the same ACLED event type ({@link Event#type()}, "Battles", "Explosions/Remote violence",
 *       ignoring case; the news kinds ACLED lacks carry their family there too). "Strategic developments" is a
 *       catch-all, so there the codes must be equal as well. An event without a type is in the family of its code
 *       alone.</li>
 *   <li><b>actors</b>: either lacks a named actor 1 (a proper name; "they" or "people" name nobody), or the actor-1
 *       names are equal ignoring case, or both actors 1 have the same country and the same category.</li>
 *   <li><b>place</b>: both have coordinates no further apart than the distance allowed for the less precise of the
 *       two geo-precisions ({@link EventMergeConfig}); when either lacks coordinates, or has only the dateline's (the
 *       place of reporting) or a country's or continent's, the actor-1 names must be present and equal ignoring case
 *       instead.</li>
 *   <li><b>date</b>: the days the two dates cover overlap. A date covers {@link EventDate#from()} to
 *       {@link EventDate#to()} (the report's publication date when they are missing or unreadable); an on-or-before
 *       date reaches back {@link EventMergeConfig#onOrBeforeDays()} more, and a day-precision date is widened by
 *       {@link EventMergeConfig#dayPrecisionSlackDays()} on each side.</li>
 *   <li><b>one article</b>: two events of the same article are the same only when they repeat each other: same code,
 *       modality and place name.</li>
 * </ol>
 * Modality is not part of the rule across articles: a report that an attack did not happen is about the same event as one that it
 * did, and {@link EventMerger} marks the pair as contradicted. Symmetric; stateless.
 */
public final class SameEventRule implements Serializable {
    private static final String STRATEGIC_DEVELOPMENTS = "Strategic developments";
    private static final String DATELINE = "DATELINE";

    private final EventMergeConfig config;

    public SameEventRule(EventMergeConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** Whether the two reports are of the same event. */
    public boolean test(EventReport a, EventReport b) {
        Event x = a.event();
        Event y = b.event();
        if (a.articleId().equals(b.articleId()) && !sameMention(x, y)) {
            return false;
        }
        return family(x).equals(family(y)) && compatibleActors(x.actor1(), y.actor1()) && nearEnough(x, y)
                && datesOverlap(a, b);
    }

    /**
     * Rule (e), within one article: the extractor has already told its events apart, so two of them are one event
     * only when they repeat each other (same code, modality and place name); otherwise a story's events, close in
     * time and space, would chain into one.
     */
    private static boolean sameMention(Event x, Event y) {
        return x.code().equals(y.code()) && Objects.equals(x.modality(), y.modality())
                && Objects.equals(placeName(x), placeName(y));
    }

    private static String placeName(Event e) {
        return e.place() == null ? null : e.place().name();
    }

    /** The event's type family, rule (a): reports of different families are never the same event. */
    public static String family(Event e) {
        if (e.type() == null) {
            return "code:" + e.code();
        }
        return e.type().equalsIgnoreCase(STRATEGIC_DEVELOPMENTS) ? STRATEGIC_DEVELOPMENTS + ":" + e.code()
                : e.type().toLowerCase(Locale.ROOT);
    }

    private static boolean compatibleActors(EventActor p, EventActor q) {
        if (!named(p) || !named(q) || sameName(p, q)) {
            return true;
        }
        return p.country() != null && p.country().equalsIgnoreCase(q.country())
                && p.category() != null && p.category().equals(q.category());
    }

    private static boolean sameName(EventActor p, EventActor q) {
        return named(p) && named(q) && p.name().equalsIgnoreCase(q.name());
    }

    /**
     * Whether the actor has a name that can tell it apart: a proper name ("Military Forces of Ukraine", "Denis
     * Pushilin"), not a pronoun or common noun the extractor could not resolve ("they", "its", "people").
     */
    private static boolean named(EventActor a) {
        return a != null && a.name() != null && !a.name().isEmpty() && Character.isUpperCase(a.name().charAt(0));
    }

    private boolean nearEnough(Event x, Event y) {
        Geo g = geo(x.place());
        Geo h = geo(y.place());
        if (g == null || h == null) {
            return sameName(x.actor1(), y.actor1());
        }
        double limit = Math.max(config.km(precision(x.place())), config.km(precision(y.place())));
        return Distance.km(g.lat(), g.lon(), h.lat(), h.lon()) <= limit;
    }

    /**
     * The place's coordinates, unless they say too little of where: only the place of reporting (the dateline), or a
     * whole country or continent, whose one point every event there shares.
     */
    private static Geo geo(EventPlace place) {
        if (place == null || place.geo() == null || DATELINE.equals(place.basis())) {
            return null;
        }
        String code = place.geo().featureCode();
        return code != null && (code.startsWith("PCL") || code.equals("CONT")) ? null : place.geo();
    }

    /** The event place's geo-precision, or its resolution's when the place has none. */
    private static int precision(EventPlace place) {
        return place.geoPrecision() != 0 ? place.geoPrecision() : place.geo().geoPrecision();
    }

    private boolean datesOverlap(EventReport a, EventReport b) {
        Days x = days(a);
        Days y = days(b);
        return !x.first().isAfter(y.last()) && !y.first().isAfter(x.last());
    }

    /** The days the report's date may mean: two reports whose days do not overlap are never the same event. */
    Days days(EventReport r) {
        EventDate d = r.event().date();
        LocalDate from = day(d.from(), r.published());
        LocalDate to = lastStatedDay(r.event(), r.published());
        if (d.precision() == 1) {
            from = from.minusDays(config.dayPrecisionSlackDays());
            to = to.plusDays(config.dayPrecisionSlackDays());
        }
        if (d.onOrBefore()) {
            from = from.minusDays(config.onOrBeforeDays());
        }
        return new Days(from, to);
    }

    /**
     * The last day the event's date states (its last day, else its first, else the publication date; never before its
     * first), before any
     * widening: a report whose stated last day is before {@code d} minus {@link EventMergeConfig#dayPrecisionSlackDays()}
     * never reaches day {@code d}, so a store can index reports by it.
     */
    public static LocalDate lastStatedDay(Event e, LocalDate published) {
        LocalDate from = day(e.date().from(), published);
        LocalDate to = day(e.date().to(), from);
        return to.isBefore(from) ? from : to;
    }

    private static LocalDate day(String iso, LocalDate fallback) {
        if (iso == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    /** The first and last day a report's date may mean, inclusive. */
    record Days(LocalDate first, LocalDate last) {
    }
}
