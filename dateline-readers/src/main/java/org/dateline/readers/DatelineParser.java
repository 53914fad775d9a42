package org.dateline.readers;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.dateline.model.Dateline;

/**
 * Recognises the dateline that opens a news story: the place of reporting, optionally regions, a date and a news
 * agency, then a dash: {@code "IZIUM, Ukraine - "}, {@code "KYIV (Reuters) - "},
 * {@code "WASHINGTON, Sept 20 (Reuters) -"}, {@code "LONDON — "}, {@code "GAZA STRIP: "}, {@code "TBILISI. KAZINFORM -"}.
 *
 * <p>Finding is kept apart from the text: the parser returns a {@link Dateline} whose offsets point into the text it
 * was given, and never changes that text. The words it knows (months, agencies, dashes, capitalised openers that
 * are not places) come from {@code lang/en/datelines.tsv}. Instances are immutable and thread-safe.
 */
public final class DatelineParser {

    private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}'’.\\-]*";
    private static final String TITLE_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*";
    private static final String ANY_WORD = "\\p{L}[\\p{L}\\p{M}'’.\\-]*";
    /** A date as mistyped in marked datelines: "Marc 3", "Apri l7", "ABR 7", "March 2O". */
    private static final String ANY_DATE = "\\p{L}{3,9}\\.?(?:\\s+|(?=\\d))[\\p{L}\\d]{1,3}(?![\\p{L}\\d])";

    private final Pattern capitalsAtStart;
    private final Pattern agencyAtStart;
    private final Pattern marked;
    private final PlaceNames placeNames;
    private final Set<String> notPlaces;
    private final Set<String> agencies;

    DatelineParser(DatelineLexicon lexicon) {
        String month = "(?i:" + alternation(lexicon.months()) + ")\\.?";
        String date = "(?:" + month + "\\s+\\d{1,2}|\\d{1,2}\\s+" + month + ")(?:,\\s*\\d{4})?";
        String agencies = "(?i:" + alternation(lexicon.agencies()) + ")";
        // the agency alone, or among the outlet's and the date's words: "(UrduPoint News / Sputnik - 8 September)"
        String agency = "\\s*\\((?:[^()\\n]{0,60}?[\\s/,])?" + agencies + "(?:[\\s/,\\-][^()\\n]{0,60})?\\)";
        String separator = "\\s*(?:" + lexicon.dashes().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(dash -> Pattern.quote(dash) + (dash.chars().allMatch(c -> c == '-') ? "(?=\\s|\\z)" : ""))
                .collect(Collectors.joining("|")) + ")";
        // an agency in capitals after a full stop, as some agencies print it: "TBILISI. KAZINFORM -"
        String agencyAfterStop = "\\.\\s+\\p{Lu}[\\p{Lu}\\-]{2,}";
        this.capitalsAtStart = Pattern.compile("\\A\\s*(?=\\p{Lu}[\\p{Lu}.])"
                + dateline(CAPS_WORD, TITLE_WORD, date, date, "(?:" + agency + "|" + agencyAfterStop + ")?")
                + "(?:" + separator + "|(?<=\\))\\s+(?=\\p{Lu}))"); // "CAIRO (... Sputnik ...) Fighting ..."
        this.agencyAtStart = Pattern.compile("\\A\\s*" + dateline(TITLE_WORD, TITLE_WORD, date, date, agency)
                + separator);
        this.marked = Pattern.compile("\\A[\\s*]*"
                + dateline(ANY_WORD, ANY_WORD, date, "(?:" + date + "|" + ANY_DATE + ")",
                        "(?:" + agency + "|,\\s*" + agencies + ")?")
                + "(?:" + separator + "(?:\\s.*)?)?\\z", Pattern.DOTALL);
        this.placeNames = new PlaceNames(lexicon.particles());
        this.agencies = lexicon.agencies().stream().map(w -> w.toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.notPlaces = lexicon.notPlaces().stream().map(w -> w.toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The parser for English datelines, built once from the shipped lexicon. */
    public static DatelineParser english() {
        return English.PARSER;
    }

    /**
     * Finds the dateline at the start of a story body. The place must be printed in capitals ("IZIUM") or be
     * followed by a news agency ("Kyiv (Reuters) - "), which keeps ordinary first sentences ("Ukraine said - ...")
     * from being taken for datelines.
     *
     * @param text the article text
     * @return the dateline with offsets into {@code text}, or empty when the text does not open with one
     */
    public Optional<Dateline> find(String text) {
        Optional<Dateline> capitals = match(capitalsAtStart.matcher(text));
        return capitals.isPresent() ? capitals : match(agencyAtStart.matcher(text));
    }

    /**
     * Reads a dateline that the source has marked as such (the Reuters {@code <DATELINE>} element) and that stands
     * at the start of {@code text}, up to {@code markedEnd}. The marked part is read leniently, as such markup is
     * found: the place may be in any case ("Santiago, march 9 - "), the month mistyped ("Marc 3"), the agency
     * without parentheses ("ROME, March 13, Reuter -"), asterisks may come first ("****LONDON"), and words of
     * the story may follow the dash. A marked string
     * that does not open with a place ("MAR8 -- --", "APRIL 7 -") gives empty.
     *
     * @param text      the article text, which starts with the marked dateline
     * @param markedEnd where the marked dateline ends in {@code text}
     */
    public Optional<Dateline> findMarked(String text, int markedEnd) {
        if (markedEnd < 0 || markedEnd > text.length()) {
            throw new IllegalArgumentException("marked end " + markedEnd + " lies outside the text of length "
                    + text.length());
        }
        return match(marked.matcher(text).region(0, markedEnd));
    }

    private Optional<Dateline> match(Matcher m) {
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String place = m.group("place");
        int stop = place.indexOf(". ");
        if (stop > 0 && agencies.contains(place.substring(stop + 2).strip().toUpperCase(Locale.ROOT))) {
            place = place.substring(0, stop); // "TBILISI. KAZINFORM": the agency after a full stop
        }
        if (notPlaces.contains(place.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(new Dateline(m.group("dateline"), placeNames.ordinaryCase(place), m.start("dateline"),
                m.end("dateline")));
    }

    /**
     * place [, region]{0,2} [, date] [agency], with the trailing comma of "June 9," left outside. Neither the place
     * nor a region may be a well-formed {@code date}; {@code dateSlot} is what may stand as the date.
     */
    private static String dateline(String placeWord, String regionWord, String date, String dateSlot,
                                   String agency) {
        String place = "(?!" + date + ")" + placeWord + "(?:[ /]" + placeWord + "){0,5}";
        String region = "(?!" + date + ")" + regionWord + "(?: " + regionWord + "){0,3}";
        return "(?<dateline>(?<place>" + place + ")"
                + "(?: ?,\\s*" + region + "){0,2}"
                + "(?: ?,?\\s*" + dateSlot + ")?"
                + agency + ")"
                + ",?";
    }

    private static String alternation(Collection<String> forms) {
        return forms.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /** Holder: the English parser is built on first use, once. */
    private static final class English {
        static final DatelineParser PARSER = new DatelineParser(DatelineLexicon.english());
    }
}
