package org.dateline.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How many merged events begin in each day, week, month or year: the finest unit that needs at most
 * {@link #MAX_BINS} bins, and every bin from the first event's to the last's, empty ones included (a chart's axis).
 *
 * <p>A few far-off dates must not flatten the chart into years (a clock time misread as a year, "0200 GMT", puts an
 * event in the year 200): when the whole span needs years but the span of the middle events (all but the
 * {@value #TAIL_PERCENT}% earliest and the {@value #TAIL_PERCENT}% latest) fits finer bins, the bins cover that span
 * and the events outside it are counted in {@code earlier} and {@code later}. Only the end that needs it is cut, and
 * only the days that do not fit bins of that unit.
 *
 * @param unit    the length of a bin
 * @param bins    the bins in date order, each named by its first day
 * @param earlier events before the first bin
 * @param later   events after the last bin
 */
public record Timeline(Unit unit, List<Bin> bins, long earlier, long later) {
    /** A timeline has at most this many bins, unless its events span more than this many years. */
    public static final int MAX_BINS = 400;
    /** The share of the events at each end that may be left out of the bins, in percent. */
    static final int TAIL_PERCENT = 1;

    public Timeline {
        Objects.requireNonNull(unit, "unit");
        bins = List.copyOf(bins);
        if (earlier < 0 || later < 0) {
            throw new IllegalArgumentException("earlier and later must be 0 or more, got " + earlier + ", " + later);
        }
    }

    /**
     * A bin: its first day (a Monday for weeks, the 1st for months, 1 January for years), its events, and how many of
     * them are of each ACLED event type ({@link #NO_TYPE} for events without one), in the types' order.
     */
    public record Bin(LocalDate date, long count, Map<String, Long> types) {
        public Bin {
            Objects.requireNonNull(date, "date");
            types = Collections.unmodifiableMap(new TreeMap<>(types));
            if (types.values().stream().mapToLong(Long::longValue).sum() > count) {
                throw new IllegalArgumentException("a bin's types count more events than the bin: " + types + " > "
                        + count);
            }
        }

        /** A bin whose events are not told apart by type. */
        public Bin(LocalDate date, long count) {
            this(date, count, Map.of());
        }
    }

    /** The type key of events without an ACLED event type. */
    public static final String NO_TYPE = "Other";

    /** The length of a bin, finest first. */
    public enum Unit {
        DAY, WEEK, MONTH, YEAR;

        /** The first day of the bin of this unit that holds {@code day}. */
        LocalDate start(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
                case YEAR -> day.withDayOfYear(1);
            };
        }

        /** The first day of the bin after the one starting on {@code start}. */
        LocalDate next(LocalDate start) {
            return switch (this) {
                case DAY -> start.plusDays(1);
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
                case YEAR -> start.plusYears(1);
            };
        }

        /** How many bins of this unit the days from {@code first} to {@code last} touch. */
        long binsBetween(LocalDate first, LocalDate last) {
            ChronoUnit u = switch (this) {
                case DAY -> ChronoUnit.DAYS;
                case WEEK -> ChronoUnit.WEEKS;
                case MONTH -> ChronoUnit.MONTHS;
                case YEAR -> ChronoUnit.YEARS;
            };
            return u.between(start(first), start(last)) + 1;
        }

        /** The unit's name in lower case ("day"). */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The timeline of per-day counts given in date order (days without events may be left out). */
    static Timeline of(List<Bin> days) {
        if (days.isEmpty()) {
            return new Timeline(Unit.DAY, List.of(), 0, 0);
        }
        int first = 0;
        int last = days.size() - 1;
        Unit unit = finest(days.get(first).date(), days.get(last).date());
        if (unit == Unit.YEAR) {
            long tail = days.stream().mapToLong(Bin::count).sum() * TAIL_PERCENT / 100;
            int lo = first;
            for (long skipped = days.get(lo).count(); skipped <= tail && lo < last; skipped += days.get(lo).count()) {
                lo++;
            }
            int hi = last;
            for (long skipped = days.get(hi).count(); skipped <= tail && hi > first; skipped += days.get(hi).count()) {
                hi--;
            }
            // cut the earliest, else the latest, else both; then take back every day that fits bins of that unit
            int[][] cuts = {{lo, last}, {first, hi}, {lo, hi}};
            for (int[] cut : cuts) {
                Unit u = cut[0] <= cut[1] ? finest(days.get(cut[0]).date(), days.get(cut[1]).date()) : Unit.YEAR;
                if (u != Unit.YEAR) {
                    int from = cut[0];
                    int to = cut[1];
                    while (from > 0 && fits(days.get(from - 1), days.get(to), u)) {
                        from--;
                    }
                    while (to < days.size() - 1 && fits(days.get(from), days.get(to + 1), u)) {
                        to++;
                    }
                    first = from;
                    last = to;
                    unit = u;
                    break;
                }
            }
        }
        return new Timeline(unit, bins(days.subList(first, last + 1), unit), sum(days.subList(0, first)),
                sum(days.subList(last + 1, days.size())));
    }

    /** The finest unit that covers the days from {@code first} to {@code last} in at most {@link #MAX_BINS} bins. */
    private static Unit finest(LocalDate first, LocalDate last) {
        for (Unit u : Unit.values()) {
            if (u.binsBetween(first, last) <= MAX_BINS) {
                return u;
            }
        }
        return Unit.YEAR;
    }

    private static boolean fits(Bin first, Bin last, Unit unit) {
        return unit.binsBetween(first.date(), last.date()) <= MAX_BINS;
    }

    /** Every bin of {@code unit} from the first day's to the last's, with the counts of the days in it. */
    private static List<Bin> bins(List<Bin> days, Unit unit) {
        LocalDate last = days.get(days.size() - 1).date();
        List<Bin> bins = new ArrayList<>();
        int i = 0;
        for (LocalDate start = unit.start(days.get(0).date()); !start.isAfter(last); start = unit.next(start)) {
            LocalDate end = unit.next(start);
            long count = 0;
            Map<String, Long> types = new TreeMap<>();
            while (i < days.size() && days.get(i).date().isBefore(end)) {
                Bin day = days.get(i++);
                count += day.count();
                day.types().forEach((type, n) -> types.merge(type, n, Long::sum));
            }
            bins.add(new Bin(start, count, types));
        }
        return bins;
    }

    private static long sum(List<Bin> days) {
        return days.stream().mapToLong(Bin::count).sum();
    }
}
