package org.dateline.analysis.time;

import java.util.regex.Pattern;

/** The granularity of a TIMEX3 value: "2022-09-19" is a day, "2022-W37-WE" a weekend, "P3D" a duration. */
public final class Granularity {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*|T\\d.*|.*T(MO|AF|EV|NI)");
    private static final Pattern WEEKEND = Pattern.compile("\\d{4}-W\\d{2}-WE");
    private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q\\d|\\d{4}-H\\d");
    private static final Pattern SEASON = Pattern.compile("\\d{4}-(SP|SU|FA|WI)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DECADE = Pattern.compile("\\d{3}X?");
    private static final Pattern CENTURY = Pattern.compile("\\d{2}X{0,2}");

    private Granularity() {
    }

    public static String of(String type, String value) {
        if (value == null) {
            return "unknown";
        }
        if (value.endsWith("_REF")) {
            return "reference";
        }
        if ("DURATION".equals(type) || value.startsWith("P")) {
            return "duration";
        }
        if ("SET".equals(type)) {
            return "set";
        }
        if (TIME.matcher(value).matches()) {
            return "time";
        }
        if (DAY.matcher(value).matches()) {
            return "day";
        }
        if (WEEKEND.matcher(value).matches()) {
            return "weekend";
        }
        if (WEEK.matcher(value).matches()) {
            return "week";
        }
        if (QUARTER.matcher(value).matches()) {
            return "quarter";
        }
        if (SEASON.matcher(value).matches()) {
            return "season";
        }
        if (MONTH.matcher(value).matches()) {
            return "month";
        }
        if (YEAR.matcher(value).matches()) {
            return "year";
        }
        if (DECADE.matcher(value).matches()) {
            return "decade";
        }
        if (CENTURY.matcher(value).matches()) {
            return "century";
        }
        return "unknown";
    }
}
