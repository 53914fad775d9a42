package org.dateline.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.dateline.model.Article;
import org.dateline.readers.DatelineParser;

/**
 * The body of {@code POST /api/articles}: an article as JSON, {@code {"date": "YYYY-MM-DD", "title", "source", "url",
 * "text"}}; date and text are required.
 */
record ArticleRequest(String date, String title, String source, String url, String text) {
    /** The longest text taken: the analysis of a longer one would keep the caller waiting for minutes. */
    static final int MAX_TEXT_CHARS = 100_000;
    /** The longest title, source or url taken. */
    static final int MAX_FIELD_CHARS = 2_000;

    /** The article, its dateline found as the readers find it; or a 400 that says what is wrong. */
    Article toArticle(DatelineParser datelines) {
        if (date == null || date.isBlank()) {
            throw ApiException.badRequest("\"date\" is required, as YYYY-MM-DD");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("\"date\" must be YYYY-MM-DD, got '" + date + "'");
        }
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("\"text\" is required");
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw ApiException.badRequest("\"text\" is too long: " + text.length() + " characters, over the limit of "
                    + MAX_TEXT_CHARS);
        }
        return Article.of(day, datelines.find(text).orElse(null), field("title", title), field("source", source),
                url(url), text);
    }

    private static String field(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_FIELD_CHARS) {
            throw ApiException.badRequest("\"" + name + "\" is too long: " + value.length() + " characters, over the"
                    + " limit of " + MAX_FIELD_CHARS);
        }
        return value.strip();
    }

    /** An absolute http(s) address, or null: a javascript: or data: URL must never reach a page as a link. */
    private static String url(String value) {
        String text = field("url", value);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return text;
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw ApiException.badRequest("\"url\" must be an absolute http(s) address, got '" + text + "'");
    }
}
