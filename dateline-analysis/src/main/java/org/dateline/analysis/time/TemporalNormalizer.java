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
    private final TimeWords words = new TimeWords();

    @Override
    public Analysis apply(Analysis a) {
        ParsedText p = a.parse();
        List<TimeExpression> out = new ArrayList<>();
        for (Timex t : p.timexes()) {
            String value = t.value();
            String mended = value == null ? null : mend(p, t, value);
            String changedFrom = mended != null && !mended.equals(value) ? value : null;
            String text = a.text().substring(t.start(), t.end());
            out.add(new TimeExpression("t" + (out.size() + 1), text, t.type(), mended,
                    Granularity.of(t.type(), mended), t.mod(), changedFrom, t.start(), t.end(), t.sentence()));
        }
        return a.withTimes(out);
    }

    /** The corrected value of one expression, or the tagger's value when no rule applies. */
    String mend(ParsedText p, Timex t, String value) {
        LocalDate doc = p.documentDate();
        TimeWords.Word weekday = null;
        boolean weekend = false;
        boolean month = false;
        boolean marked = false;
        for (int i = t.firstToken(); i < t.endToken(); i++) {
            Token tok = p.token(i);
            TimeWords.Word w = words.get(tok.text());
            if (w == null) {
                if (DIGITS.matcher(tok.text()).matches()) {
                    return value;
                }
                continue;
            }
            switch (w.kind()) {
                case WEEKDAY -> weekday = w;
                case WEEKEND -> weekend = true;
                case MONTH -> month = true;
                case PAST_MARK, FUTURE_MARK -> marked = true;
                default -> { }
            }
        }
        if (marked) {
            return value;
        }
        if (weekday != null && !month) {
            Matcher m = FULL_DATE.matcher(value);
            if (m.matches()) {
                LocalDate d = weekdayDate(doc, DayOfWeek.of(Integer.parseInt(weekday.value())), tense(p, t));
                return d + (m.group(4) == null ? "" : m.group(4));
            }
        }
        if (weekend && WEEKEND.matcher(value).matches()) {
            LocalDate saturday = weekdayDate(doc, DayOfWeek.SATURDAY, tense(p, t));
            if (tense(p, t) != Tense.FUTURE && doc.getDayOfWeek() == DayOfWeek.SUNDAY) {
                saturday = doc.minusDays(1);
            }
            return String.format("%d-W%02d-WE", saturday.get(IsoFields.WEEK_BASED_YEAR),
                    saturday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        if (month && weekday == null) {
            Matcher m = MONTH.matcher(value);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                int mon = Integer.parseInt(m.group(2));
                LocalDate first = LocalDate.of(year, mon, 1);
                Tense tense = tense(p, t);
                LocalDate docMonth = doc.withDayOfMonth(1);
                if (tense == Tense.PAST && first.isAfter(docMonth)) {
                    return String.format("%d-%02d", year - 1, mon);
                }
                if (tense == Tense.FUTURE && first.isBefore(docMonth)) {
                    return String.format("%d-%02d", year + 1, mon);
                }
            }
        }
        return value;
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
                if (aux.pos().equals("VBD") || aux.lemma().equals("have") && aux.pos().equals("VBP")) {
                    return Tense.PAST;
                }
            }
        }
        Token v = p.token(verb);
        int head = p.head(verb);
        if (v.pos().equals("VB") && head >= 0) {
            Token h = p.token(head);
            if (words.is(h.lemma(), TimeWords.Kind.FUTURE_AUX) || p.child(verb, "mark") >= 0
                    && p.token(p.child(verb, "mark")).text().equalsIgnoreCase("to")) {
                return Tense.FUTURE;
            }
            return tenseOfVerb(p, head);
        }
        if (v.pos().equals("VBD") || v.pos().equals("VBN")) {
            return Tense.PAST;
        }
        if (v.pos().equals("VBZ") || v.pos().equals("VBP") || v.pos().equals("VBG")) {
            return Tense.FUTURE;
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
        return pos.equals("VBD") || pos.equals("VBN") ? Tense.PAST : Tense.UNKNOWN;
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
