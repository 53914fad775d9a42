package org.dateline.model;

/**
 * When an event happened, with ACLED's time precision.
 *
 * @param value      TIMEX3 value ("2022-09-19", "2022-W37-WE", "2022-07")
 * @param from       first day the value covers ("2022-09-17")
 * @param to         last day it covers ("2022-09-18")
 * @param precision  1 a day, 2 a week or weekend, 3 a month or longer
 * @param onOrBefore true when only the date it was reported is known: the event happened then or earlier
 * @param time       id of the time expression it comes from, or null
 * @param basis      TEXT (the event's own time expression), STATEMENT (the date of the statement reporting it) or
 *                   PUBLICATION (the article's date)
 */
public record EventDate(String value, String from, String to, int precision, boolean onOrBefore, String time,
                        String basis) {
}
