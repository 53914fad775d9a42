package org.dateline.geo;

/**
 * Settings of the {@link Resolver}, checked when made.
 *
 * @param minConfidence a reading whose confidence is below this is not given: the place stays unresolved (its text
 *                      is kept), 0 to 1
 */
public record ResolverConfig(double minConfidence) {
    /**
     * The default threshold: on the development sets, readings under it were right about one time in ten (LGL 1 of
     * 33, realnews 0 of 4, GeoWebNews 9 of 32; docs/QUALITY.md).
     */
    public static final ResolverConfig DEFAULTS = new ResolverConfig(0.2);

    public ResolverConfig {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be between 0 and 1, not " + minConfidence);
        }
    }
}
