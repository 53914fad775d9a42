package org.dateline.feeds;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.util.Set;

/**
 * The normalised form of a page address, so that one page listed by two feeds, or with its tracking parameters, is one
 * item: crawler-commons' {@link BasicURLNormalizer} (scheme and host in lower case, default port and fragment
 * dropped, path escapes normalised) with the usual campaign parameters removed.
 */
final class Addresses {
    private static final Set<String> TRACKING = Set.of("utm_source", "utm_medium", "utm_campaign", "utm_term",
            "utm_content", "utm_id", "fbclid", "gclid", "mc_cid", "mc_eid", "cmpid", "ncid", "ocid");
    private static final BasicURLNormalizer NORMALIZER = BasicURLNormalizer.newBuilder()
            .queryParamsToRemove(TRACKING).build();

    private Addresses() {
    }

    /** The normalised address, or the address as given when it cannot be normalised. */
    static String normalized(String address) {
        String n = NORMALIZER.filter(address);
        return n == null ? address.strip() : n;
    }
}
