package org.dateline.spark;

import java.io.Serializable;

/**
 * One article's record, or the error that kept it from one.
 *
 * @param articleId the article
 * @param date      its publication date (ISO), the tables' partition
 * @param record    its record as JSON (the {@code dateline/1} form), or null for an error
 * @param error     what went wrong, or null
 */
record Analysed(String articleId, String date, String record, ErrorRow error) implements Serializable {
}
