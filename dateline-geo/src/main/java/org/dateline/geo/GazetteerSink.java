package org.dateline.geo;

import java.io.IOException;

/** Where gazetteer sources write what they read; the index builder is one. */
public interface GazetteerSink {
    /** A place; a second record with the same id replaces nothing (the first one read wins). */
    void place(GeoRecord record) throws IOException;

    /**
     * Another name of a place already given or still to come: a spelling, transliteration or language version
     * ("Kharkov" for Kharkiv).
     *
     * @param language ISO 639 code or GeoNames pseudo-code ("abbr", "link"), or empty
     */
    void alternateName(long id, String name, String language) throws IOException;

    /**
     * The name of an administrative area by its GeoNames code: "UA" for a country, "UA.09" for a first-level area,
     * "UA.09.1234" for a second-level one.
     */
    void adminName(String code, String name) throws IOException;
}
