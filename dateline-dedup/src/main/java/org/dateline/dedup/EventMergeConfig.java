package org.dateline.dedup;

import java.io.Serializable;

/**
 * The tolerances of {@link SameEventRule}.
 *
 * @param kmPrecision1   how far apart two places may be when the less precise of them has geo-precision 1 (the place
 *                       itself)
 * @param kmPrecision2   ... geo-precision 2 (near a place, or part of it)
 * @param kmPrecision3   ... geo-precision 3 (a larger area), or an unknown precision
 * @param onOrBeforeDays how many days before its date an "on or before" date (only the reporting date is known)
 *                       reaches back
 * @param dayPrecisionSlackDays how many days a day-precision date is widened by on each side, for time zones and
 *                       reports that count "yesterday" from another day
 */
public record EventMergeConfig(double kmPrecision1, double kmPrecision2, double kmPrecision3, int onOrBeforeDays,
                               int dayPrecisionSlackDays) implements Serializable {
    public EventMergeConfig {
        if (!(0 <= kmPrecision1 && kmPrecision1 <= kmPrecision2 && kmPrecision2 <= kmPrecision3)) {
            throw new IllegalArgumentException("distances must grow with geo-precision from 0 km: " + kmPrecision1
                    + ", " + kmPrecision2 + ", " + kmPrecision3);
        }
        if (onOrBeforeDays < 0 || dayPrecisionSlackDays < 0) {
            throw new IllegalArgumentException("negative days: onOrBeforeDays " + onOrBeforeDays
                    + ", dayPrecisionSlackDays " + dayPrecisionSlackDays);
        }
    }

    /** 10, 25 and 100 km; on-or-before dates reach back 3 days; day dates get 1 day of slack either side. */
    public static EventMergeConfig defaults() {
        return new EventMergeConfig(10, 25, 100, 3, 1);
    }

    /** The distance allowed for a geo-precision; anything but 1 or 2 counts as 3. */
    double km(int geoPrecision) {
        return switch (geoPrecision) {
            case 1 -> kmPrecision1;
            case 2 -> kmPrecision2;
            default -> kmPrecision3;
        };
    }
}
