package org.dateline.geo;

/**
 * A gazetteer entry that a name may refer to.
 *
 * @param exact whether the name matched one of the entry's names as folded ("Izyum" for Izyum), rather than only by
 *              its loose key ("Izium") or an alias
 */
public record Candidate(GeoRecord place, boolean exact) {
}
