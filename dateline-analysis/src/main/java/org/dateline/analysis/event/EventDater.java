package org.dateline.analysis.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.EventDate;
import org.dateline.model.TimeExpression;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Tags;

/**
 * When an event happened: the time expression of its own clause (the one closest to its anchor in the dependency
 * tree, not one that dates a statement nor a "since" away from it), otherwise the date of the statement that reports it,
 * otherwise the
 * publication date; the last two only bound it ("on or before"). Precision as ACLED's: 1 a day, 2 a week or
 * weekend, 3 a month or longer.
 */
final class EventDater {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final int MAX_PATH = 6;

    /**
     * @param times      the article's time expressions
     * @param statementCue token of the verb of saying that reports the event, or -1
     * @param statementDate the normalised date of that statement, or null
     */
    EventDate date(ParsedText p, TriggerLexicon.Match trigger, List<TimeExpression> times, int statementCue,
                   String statementDate) {
        TimeExpression own = null;
        int best = MAX_PATH + 1;
        int anchor = trigger.anchor();
        int sentence = p.token(anchor).sentence();
        for (TimeExpression t : times) {
            if (t.sentence() != sentence || !t.type().equals("DATE") || span(t.value()) == null) {
                continue;
            }
            int token = p.tokenAt(t.start());
            boolean follows = follows(p, trigger.end(), token);
            if (!follows && token > 0 && p.token(token - 1).lemma().equalsIgnoreCase("since")) {
                continue; // "for the first time since 2016" bounds a span; it does not date the event
            }
            int distance = follows ? 0 : distance(p, anchor, token);
            if (statementCue >= 0 && distance(p, statementCue, token) < distance) {
                continue;
            }
            if (distance < best) {
                best = distance;
                own = t;
            }
        }
        if (own != null) {
            LocalDate[] s = span(own.value());
            return new EventDate(own.value(), s[0].toString(), s[1].toString(), precision(own.value()), false,
                    own.id(), "TEXT");
        }
        if (statementDate != null && span(statementDate) != null) {
            LocalDate[] s = span(statementDate);
            return new EventDate(statementDate, s[0].toString(), s[1].toString(), precision(statementDate), true,
                    null, "STATEMENT");
        }
        String d = p.documentDate().toString();
        return new EventDate(d, d, d, 1, true, null, "PUBLICATION");
    }

    /** Whether the time expression comes right after the trigger, behind at most a preposition ("hands since July"). */
    private static boolean follows(ParsedText p, int triggerEnd, int timexToken) {
        for (int i = triggerEnd; i < timexToken; i++) {
            String pos = p.token(i).pos();
            if (i - triggerEnd > 1
                    || !(Tags.isPreposition(pos) || Tags.isDeterminer(pos) || Tags.isPlainAdverb(pos))) {
                return false;
            }
        }
        return timexToken >= triggerEnd;
    }

    /** Edges between two tokens of one sentence in the dependency tree, or a large number when unconnected. */
    static int distance(ParsedText p, int a, int b) {
        int depth = 0;
        for (int x = a; x >= 0 && depth <= MAX_PATH * 2; x = p.head(x), depth++) {
            int down = 0;
            for (int y = b; y >= 0 && down <= MAX_PATH * 2; y = p.head(y), down++) {
                if (y == x) {
                    return depth + down;
                }
            }
        }
        return Integer.MAX_VALUE / 2;
    }

    /** ACLED time precision of a TIMEX3 value: 1 a day, 2 a week, 3 a month or coarser. */
    static int precision(String value) {
        if (DAY.matcher(value).matches()) {
            return 1;
        }
        return WEEK.matcher(value).matches() ? 2 : 3;
    }

    /** First and last day a TIMEX3 date value covers, or null for values that are not calendar dates. */
    static LocalDate[] span(String value) {
        try {
            Matcher m = DAY.matcher(value);
            if (m.matches()) {
                LocalDate d = LocalDate.parse(value.substring(0, 10));
                return new LocalDate[] {d, d};
            }
            m = WEEK.matcher(value);
            if (m.matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(DayOfWeek.MONDAY);
                return m.group(3) != null ? new LocalDate[] {monday.plusDays(5), monday.plusDays(6)}
                        : new LocalDate[] {monday, monday.plusDays(6)};
            }
            m = MONTH.matcher(value);
            if (m.matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            m = YEAR.matcher(value);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(1));
                return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }
}
