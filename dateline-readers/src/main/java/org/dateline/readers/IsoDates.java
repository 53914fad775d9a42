package org.dateline.readers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar date of an ISO 8601 date or date-time as the publisher wrote it: "2022-09-20",
 * "2022-09-20T07:30:00Z", "2022-09-20T23:30:00-04:00" (its date is the 20th, the publisher's local date).
 */
final class IsoDates {

    private static final List<DateTimeFormatter> FORMATS = List.of(DateTimeFormatter.ISO_DATE,
            DateTimeFormatter.ISO_DATE_TIME);
    /** Date-times that ISO_DATE_TIME rejects but pages use: "2022-09-20 07:30", "2022-09-20T07:30:00+0300". */
    private static final Pattern LOOSE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}(?::\\d{2})?"
            + "(?:[.,]\\d+)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?(?:\\[[^\\]]+])?");

    private IsoDates() {
    }

    /** The date, or null when {@code value} is null or not an ISO date or date-time. */
    static LocalDate parse(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        for (DateTimeFormatter format : FORMATS) {
            try {
                return format.parse(text, LocalDate::from);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        Matcher loose = LOOSE.matcher(text);
        if (loose.matches()) {
            try {
                return LocalDate.parse(loose.group(1));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}
