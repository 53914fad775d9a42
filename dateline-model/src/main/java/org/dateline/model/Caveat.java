package org.dateline.model;

/**
 * What the outlet says about verification: "Reuters could not independently verify either side's battlefield reports".
 *
 * @param outlet     who could not verify ("Reuters"), or null
 * @param kind       NOT_VERIFIED, NOT_CONFIRMED, NO_COMMENT ...
 * @param covers     what the caveat covers as written ("either side's battlefield reports")
 * @param coversSpan where that stands, or null
 * @param scope      ALL_SIDES when it covers every party's claims, CLAIM when a single claim, TOLL when a count of
 *                   victims ("the death toll"), UNSPECIFIED otherwise
 */
public record Caveat(String text, String outlet, String kind, String covers, Span coversSpan, String scope,
                     int start, int end, int sentence) implements Evidence {
}
