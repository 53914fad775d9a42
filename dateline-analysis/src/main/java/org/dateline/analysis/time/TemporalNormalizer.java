package org.dateline.analysis.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.analysis.Analysis;
import org.dateline.analysis.Stage;
import org.dateline.model.TimeExpression;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Timex;
import org.dateline.model.parse.Token;
import org.dateline.model.parse.Tags;

/**
 * Turns the tagger's time expressions into TIMEX3 values resolved against the publication date, mending what
 * news needs: a bare weekday, "the weekend" and a bare month point back in past-tense reporting and forward
 * in future-tense reporting (SUTime always takes one direction); every value gets its granularity.
 */
public final class TemporalNormalizer implements Stage {
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern WEEKEND = Pattern.compile("\\d{4}-W\\d{2}-WE");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DIGITS = Pattern.compile(".*\\d.*");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    /** A year this far after the publication is a figure, not a date ("the index rose to 2361" in 1987). */
    private static final int MAX_YEARS_AHEAD = 100;
    private final TimeWords words = new TimeWords();

    @Override
    public Analysis apply(Analysis a) {
        ParsedText p = a.parse();
        List<TimeExpression> out = new ArrayList<>();
        String lastQuarter = null;
        for (Timex t : p.timexes()) {
            if (isCommonWordNotMonth(p, t) || isClockNotYear(p, t)) {
                continue;
            }
            String value = t.value();
            String mended = value == null ? null : mend(p, t, value);
            if (mended != null && lastQuarter != null && isYearBefore(p, t)) {
                Matcher q = QUARTER.matcher(lastQuarter);
                if (q.matches()) {
                    mended = (Integer.parseInt(q.group(1)) - 1) + "-Q" + q.group(2);
                }
            } else if (mended != null && QUARTER.matcher(mended).matches()) {
                lastQuarter = mended;
            }
            String changedFrom = mended != null && !mended.equals(value) ? value : null;
            String text = a.text().substring(t.start(), t.end());
            out.add(new TimeExpression("t" + (out.size() + 1), text, t.type(), mended,
                    Granularity.of(t.type(), mended), t.mod(), changedFrom, t.start(), t.end(), t.sentence()));
        }
        return a.withTimes(out);
    }

    /**
     * A month's name alone and in lower case is the common word ("a protest march", "troops may advance"), which the
     * tagger reads as the month March or May: no time.
     */
    private boolean isCommonWordNotMonth(ParsedText p, Timex t) {
        if (t.endToken() - t.firstToken() != 1) {
            return false;
        }
        String word = p.token(t.firstToken()).text();
        return words.is(word, TimeWords.Kind.MONTH) && word.equals(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Four digits that the tagger reads as a year but that are no year: a clock time ("at 0040 GMT", "about 1000
     * local time", "1100 local hours"), digits with a leading zero ("0300"), or a year more than
     * {@value #MAX_YEARS_AHEAD} years after the publication (an index level, a code): no time. The digits end the
     * expression; words before them ("about", "around") do not make them a year.
     */
    private boolean isClockNotYear(ParsedText p, Timex t) {
        if (t.value() == null || !FOUR_DIGITS.matcher(t.value()).matches()
                || !p.token(t.endToken() - 1).text().equals(t.value())) {
            return false;
        }
        for (int i = t.firstToken(); i < t.endToken() - 1; i++) {
            if (DIGITS.matcher(p.token(i).text()).matches()) {
                return false;
            }
        }
        if (t.value().startsWith("0") || Integer.parseInt(t.value()) > p.documentDate().getYear() + MAX_YEARS_AHEAD) {
            return true;
        }
        return t.endToken() < p.tokens().size()
                && words.is(p.token(t.endToken()).text().toLowerCase(java.util.Locale.ROOT), TimeWords.Kind.CLOCK_MARK);
    }

    /** The corrected value of one expression, or the tagger's value when no rule applies. */
    String mend(ParsedText p, Timex t, String value) {
        LocalDate doc = p.documentDate();
        TimeWords.Word weekday = null;
        boolean weekend = false;
        boolean month = false;
        boolean digits = false;
        boolean quarter = false;
        String mark = null;
        String unit = null;
        for (int i = t.firstToken(); i < t.endToken(); i++) {
            Token tok = p.token(i);
            String lower = tok.lemma().toLowerCase(java.util.Locale.ROOT);
            if (words.is(lower, TimeWords.Kind.QUARTER)) {
                quarter = true;
            }
            if (words.is(lower, TimeWords.Kind.UNIT)) {
                unit = words.get(lower).value();
            }
            TimeWords.Word w = words.get(tok.text());
            if (w == null) {
                digits |= DIGITS.matcher(tok.text()).matches();
                continue;
            }
            switch (w.kind()) {
                case WEEKDAY -> weekday = w;
                case WEEKEND -> weekend = true;
                case MONTH -> month = true;
                case PAST_MARK -> mark = mark == null ? "past" : mark;
                case FUTURE_MARK -> mark = mark == null ? (w.value().equals("this") ? "this" : "next") : mark;
                default -> { }
            }
        }
        if (mark == null && month && t.firstToken() > 0
                && words.is(p.token(t.firstToken() - 1).lemma().toLowerCase(java.util.Locale.ROOT),
                        TimeWords.Kind.PAST_PREPOSITION)) {
            mark = "past";
        }
        String decade = decade(value);
        if (decade != null) {
            return decade;
        }
        if (unit != null && "past".equals(mark) && FULL_DATE.matcher(value).matches() && !digits) {
            return coarsen(value, unit);
        }
        if (quarter && !digits && (value.startsWith("P") || QUARTER.matcher(value).matches()) && !"next".equals(mark)) {
            return reportedQuarter(doc, t, p, value);
        }
        if (mark != null && !(month && "past".equals(mark))) {
            return value;
        }
        if (weekday != null && !month && !digits) {
            Matcher m = FULL_DATE.matcher(value);
            if (m.matches()) {
                LocalDate d = weekdayDate(doc, DayOfWeek.of(Integer.parseInt(weekday.value())), tense(p, t));
                return d + (m.group(4) == null ? "" : m.group(4));
            }
        }
        if (weekend && WEEKEND.matcher(value).matches()) {
            Tense tense = tense(p, t);
            LocalDate saturday = weekdayDate(doc, DayOfWeek.SATURDAY, tense);
            if (tense != Tense.FUTURE && doc.getDayOfWeek() == DayOfWeek.SUNDAY) {
                saturday = doc.minusDays(1);
            }
            return String.format("%d-W%02d-WE", saturday.get(IsoFields.WEEK_BASED_YEAR),
                    saturday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        if (month && weekday == null && !hasYear(p, t)) {
            return nearestYear(doc, value, "past".equals(mark));
        }
        return value;
    }

    /**
     * "a year earlier", "a year ago", "the year-ago quarter": in reporting on a quarter, the same quarter one year
     * before (the comparison period of results).
     */
    private boolean isYearBefore(ParsedText p, Timex t) {
        String text = p.text().substring(t.start(), t.end()).toLowerCase(java.util.Locale.ROOT);
        return words.is(text, TimeWords.Kind.YEAR_BEFORE)
                || words.of(TimeWords.Kind.YEAR_BEFORE_PART).stream().anyMatch(text::contains);
    }

    /** TimeML writes decades and centuries without placeholders: "199" for the 1990s, "19" for the 1900s. */
    private static String decade(String value) {
        if (value.matches("\\d{3}X")) {
            return value.substring(0, 3);
        }
        if (value.matches("\\d{2}XX")) {
            return value.substring(0, 2);
        }
        return null;
    }

    /** "two years ago" is a year, not a day: the value keeps the granularity of the unit counted. */
    private static String coarsen(String value, String unit) {
        LocalDate d = LocalDate.parse(value.substring(0, 10));
        return switch (unit) {
            case "year" -> String.valueOf(d.getYear());
            case "month" -> String.format("%d-%02d", d.getYear(), d.getMonthValue());
            default -> String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        };
    }

    /**
     * "the quarter", "the latest quarter", "the third quarter" in reporting: the quarter last reported. In the first
     * two months of a quarter that is the previous one (results come out after a quarter ends); a numbered quarter
     * is the latest such quarter that has begun.
     */
    private String reportedQuarter(LocalDate doc, Timex t, ParsedText p, String value) {
        int current = doc.get(IsoFields.QUARTER_OF_YEAR);
        Matcher m = QUARTER.matcher(value);
        if (m.matches() && numbered(p, t)) {
            int q = Integer.parseInt(m.group(2));
            int y = q > current ? doc.getYear() - 1 : doc.getYear();
            return tense(p, t) == Tense.FUTURE ? value : String.format("%d-Q%d", y, q);
        }
        LocalDate quarterStart = doc.with(IsoFields.DAY_OF_QUARTER, 1);
        LocalDate reported = doc.isBefore(quarterStart.plusMonths(2)) ? quarterStart.minusMonths(3) : quarterStart;
        return String.format("%d-Q%d", reported.getYear(), reported.get(IsoFields.QUARTER_OF_YEAR));
    }

    private boolean numbered(ParsedText p, Timex t) {
        for (int i = t.firstToken(); i < t.endToken(); i++) {
            String pos = p.token(i).pos();
            if (Tags.isPlainAdjective(pos) && words.is(p.token(i).text(), TimeWords.Kind.QUARTER_ORDINAL)
                    || p.token(i).ner().equals(Tags.ORDINAL)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasYear(ParsedText p, Timex t) {
        for (int i = t.firstToken(); i < t.endToken(); i++) {
            if (p.token(i).text().matches("'?\\d{2}|\\d{4}")) {
                return true;
            }
        }
        return false;
    }

    /** A month (or month and day) without a year: the occurrence nearest the document date ("last" ones before it). */
    private static String nearestYear(LocalDate doc, String value, boolean before) {
        Matcher full = FULL_DATE.matcher(value);
        Matcher month = MONTH.matcher(value);
        int mon;
        int day;
        String rest;
        if (full.matches()) {
            mon = Integer.parseInt(full.group(2));
            day = Integer.parseInt(full.group(3));
            rest = full.group(4) == null ? "" : full.group(4);
        } else if (month.matches()) {
            mon = Integer.parseInt(month.group(2));
            day = 0;
            rest = null;
        } else {
            return value;
        }
        LocalDate best = null;
        for (int y = doc.getYear() - 1; y <= doc.getYear() + 1; y++) {
            LocalDate c = LocalDate.of(y, mon, day == 0 ? 1 : Math.min(day, java.time.YearMonth.of(y, mon).lengthOfMonth()));
            LocalDate ref = day == 0 ? doc.withDayOfMonth(1) : doc;
            if (before && !c.isBefore(ref)) {
                continue;
            }
            if (best == null || Math.abs(c.toEpochDay() - ref.toEpochDay()) < Math.abs(best.toEpochDay() - ref.toEpochDay())) {
                best = c;
            }
        }
        if (best == null) {
            return value;
        }
        return day == 0 ? String.format("%d-%02d", best.getYear(), mon) : best + rest;
    }

    /** The weekday nearest the document date in the direction of the tense (past and unknown look back). */
    static LocalDate weekdayDate(LocalDate doc, DayOfWeek day, Tense tense) {
        return tense == Tense.FUTURE ? doc.with(TemporalAdjusters.nextOrSame(day))
                : doc.with(TemporalAdjusters.previousOrSame(day));
    }

    /** The tense of the clause that governs the expression: its nearest verbal ancestor and that verb's auxiliaries. */
    Tense tense(ParsedText p, Timex t) {
        int verb = governingVerb(p, t);
        if (verb < 0) {
            return Tense.UNKNOWN;
        }
        for (var d : p.children(verb)) {
            if (d.relation().startsWith("aux") || d.relation().equals("mark")) {
                Token aux = p.token(d.dependent());
                if (words.is(aux.text(), TimeWords.Kind.FUTURE_AUX) || words.is(aux.lemma(), TimeWords.Kind.FUTURE_AUX)) {
                    return Tense.FUTURE;
                }
                if (Tags.isPastTense(aux.pos()) || words.of(TimeWords.Kind.PERFECT_AUX).contains(aux.lemma())
                        && Tags.isPresentNotThirdPerson(aux.pos())) {
                    return Tense.PAST;
                }
            }
        }
        Token v = p.token(verb);
        int head = p.head(verb);
        if (Tags.isBaseVerb(v.pos()) && head >= 0) {
            Token h = p.token(head);
            if (words.is(h.lemma(), TimeWords.Kind.FUTURE_AUX) || p.child(verb, "mark") >= 0
                    && words.is(p.token(p.child(verb, "mark")).text(), TimeWords.Kind.INFINITIVE_MARK)) {
                return Tense.FUTURE;
            }
            return tenseOfVerb(p, head);
        }
        if (Tags.isPastTense(v.pos()) || Tags.isPastParticiple(v.pos())) {
            return Tense.PAST;
        }
        if (Tags.isGerund(v.pos()) && head >= 0 && p.token(head).isVerb()) {
            return tenseOfVerb(p, head);
        }
        return Tense.UNKNOWN;
    }

    private Tense tenseOfVerb(ParsedText p, int verb) {
        for (var d : p.children(verb)) {
            if (d.relation().startsWith("aux") && words.is(p.token(d.dependent()).text(), TimeWords.Kind.FUTURE_AUX)) {
                return Tense.FUTURE;
            }
        }
        String pos = p.token(verb).pos();
        return Tags.isPastTense(pos) || Tags.isPastParticiple(pos) ? Tense.PAST : Tense.UNKNOWN;
    }

    private static int governingVerb(ParsedText p, Timex t) {
        int cur = t.firstToken();
        for (int i = t.firstToken(); i < t.endToken(); i++) {
            int h = p.head(i);
            if (h < t.firstToken() || h >= t.endToken()) {
                cur = i;
                break;
            }
        }
        for (int guard = 0; guard < 6 && cur >= 0; guard++) {
            if (p.token(cur).isVerb() && (cur < t.firstToken() || cur >= t.endToken())) {
                return cur;
            }
            int next = p.head(cur);
            if (next < 0) {
                for (var d : p.children(cur)) {
                    if (d.relation().equals("cop") || d.relation().startsWith("aux")) {
                        return d.dependent();
                    }
                }
            }
            cur = next;
        }
        return -1;
    }
}
