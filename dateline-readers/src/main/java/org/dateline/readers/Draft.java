package org.dateline.readers;

import java.time.LocalDate;

import org.dateline.model.Dateline;

/**
 * What a reader found for one article, before the checks every article must pass; any field may be missing.
 *
 * @param text     the article text, or null
 * @param date     the publication date the input states, or null
 * @param dateline the dateline found in {@code text}, or null
 * @param title    the headline, or null
 * @param source   the outlet the input names, or null
 * @param url      the address, or null
 */
record Draft(String text, LocalDate date, Dateline dateline, String title, String source, String url) {
}
