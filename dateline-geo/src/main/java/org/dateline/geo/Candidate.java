package org.dateline.geo;

import org.dateline.model.NameMatch;

/**
 * A gazetteer entry that a name may refer to.
 *
 * @param match how the name matched the entry: by one of its names as folded ("Izyum" for Izyum), an area's name
 *              without its kind word, an alias, another romanisation, or only approximately
 */
public record Candidate(GeoRecord place, NameMatch match) {

    /** Whether the name is one of the entry's own or alternate names as folded. */
    public boolean exact() {
        return match == NameMatch.NAME || match == NameMatch.ALTERNATE_NAME;
    }

    /** Whether the name is the entry's (as folded, as an area's name without its kind word, an alias or a romanisation). */
    public boolean trusted() {
        return match != NameMatch.APPROXIMATE && match != NameMatch.CONTAINING_AREA;
    }
}
