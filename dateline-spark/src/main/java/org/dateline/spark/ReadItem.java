package org.dateline.spark;

import java.io.Serializable;

/**
 * What reading one input gives: an article (its JSON form, with where it was read), or an error.
 *
 * @param articleId the article's id (its content hash), or null for an error
 * @param file      the input file
 * @param position  the article's position in the file: of two copies of one text, the first read is kept
 * @param article   the article as JSON ({@code Json.writePart}), or null for an error
 * @param error     the error, or null for an article
 */
record ReadItem(String articleId, String file, int position, String article, ErrorRow error) implements Serializable {

    static ReadItem article(String articleId, String file, int position, String article) {
        return new ReadItem(articleId, file, position, article, null);
    }

    static ReadItem error(ErrorRow error) {
        return new ReadItem(null, error.file(), -1, null, error);
    }

    /** Of two reads of one text, the one the embedded ingest keeps too: the first file, then the first place in it. */
    static ReadItem first(ReadItem a, ReadItem b) {
        int byFile = a.file.compareTo(b.file);
        return byFile < 0 || byFile == 0 && a.position <= b.position ? a : b;
    }
}
