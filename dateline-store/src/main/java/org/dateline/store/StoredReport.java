package org.dateline.store;

/**
 * One article's report of a merged event: the stored event row with its article's date, outlet and title, and the
 * sentence it was read from.
 *
 * @param articleId    the article
 * @param eventId      the event's id within the article
 * @param storyId      the story the article belongs to (copies of one wire story share it), or null
 * @param published    the article's publication date, yyyy-mm-dd
 * @param source       the outlet, or null
 * @param title        the article's title, or null
 * @param url          the article's address, or null
 * @param code         Dateline's code of the sub-type
 * @param type         ACLED event type, or null
 * @param subtype      ACLED sub-event type, or null
 * @param actor1       who acts, or null
 * @param actor2       whom they act on, or null
 * @param placeName    where, as the article names it, or null
 * @param lat          latitude, or null
 * @param lon          longitude, or null
 * @param dateFrom     the first day this report dates it to, or null
 * @param dateTo       the last day, or null
 * @param fatalities   the fatalities it gives, or null
 * @param assertor     who says it happened in this report, or null
 * @param assertorKind OUTLET, OFFICIAL, PARTY, PERSON or UNNAMED, or null
 * @param verification REPORTED, CLAIMED or NOT_VERIFIED, or null
 * @param modality     ASSERTED, PLANNED, POSSIBLE or NEGATED, or null
 * @param background   whether the article recalls it as background
 * @param confidence   how sure the typing is, in [0, 1]
 * @param evidence     the sentence, or null when its offsets do not fit the stored text
 * @param headline     the article's title, or its dateline and first words when it has none
 */
public record StoredReport(String articleId, String eventId, String storyId, String published, String source,
                           String title, String url, String code, String type, String subtype,
                           MergedEvent.Actor actor1, MergedEvent.Actor actor2, String placeName, Double lat,
                           Double lon, String dateFrom, String dateTo, Double fatalities, String assertor,
                           String assertorKind, String verification, String modality, boolean background,
                           double confidence, String evidence, String headline) {
}
