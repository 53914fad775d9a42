package org.dateline.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One news article as read from a source, before analysis.
 *
 * @param id       stable content hash: {@link #contentId(String)} of the text
 * @param date     publication date; the document date that relative times are resolved against
 * @param dateline place of reporting as printed at the start of the text, or null
 * @param title    headline, or null
 * @param source   outlet or collection the article came from, or null
 * @param url      address of the article, or null
 * @param text     the article body; every evidence offset in the analysis points into it
 */
public record Article(String id, LocalDate date, Dateline dateline, String title, String source, String url,
                      String text) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date (an article needs a publication date)");
        Objects.requireNonNull(text, "text");
        if (dateline != null && (dateline.end() > text.length())) {
            throw new IllegalArgumentException("dateline span " + dateline.start() + ".." + dateline.end()
                    + " lies outside the text of length " + text.length());
        }
    }

    /** Creates an article whose id is the content hash of its text. */
    public static Article of(LocalDate date, Dateline dateline, String title, String source, String url, String text) {
        return new Article(contentId(text), date, dateline, title, source, url, text);
    }

    /**
     * The stable id of a text: the first 16 hex digits of the SHA-256 of its UTF-8 bytes after
     * white space is collapsed, so that re-wrapped copies of one text share an id.
     */
    public static String contentId(String text) {
        String normalized = text.strip().replaceAll("\\s+", " ");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
