package org.dateline.readers;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article's title, publication date, address and site name from the metadata of its HTML page. Each value
 * is taken from the first place that has one, in the order listed.
 */
final class HtmlMetadata {

    /** Where a page states its publication date, most specific first; jsoup matches attribute values ignoring case. */
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]",
            "meta[name=article:published_time]",
            "meta[itemprop=datePublished]",
            "meta[name=date]",
            "meta[name=pubdate]",
            "meta[name=publishdate]",
            "meta[name=DC.date]",
            "meta[name=DC.date.issued]",
            "meta[name=dcterms.date]",
            "meta[name=dcterms.issued]");
    private static final List<String> TIME_ELEMENTS = List.of(
            "time[itemprop=datePublished][datetime]",
            "time[pubdate][datetime]",
            "time[datetime]");
    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlMetadata() {
    }

    static String title(Document page) {
        String title = meta(page, "meta[property=og:title]");
        if (title == null) {
            title = page.title().isBlank() ? null : page.title().strip();
        }
        return title;
    }

    /** article:published_time, meta name=date/pubdate/DC.date ..., JSON-LD datePublished, then time datetime. */
    static LocalDate date(Document page) {
        for (String selector : DATE_META) {
            LocalDate date = IsoDates.parse(meta(page, selector));
            if (date != null) {
                return date;
            }
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            LocalDate date = IsoDates.parse(jsonLdDatePublished(script.data()));
            if (date != null) {
                return date;
            }
        }
        for (String selector : TIME_ELEMENTS) {
            for (Element time : page.select(selector)) {
                LocalDate date = IsoDates.parse(time.attr("datetime"));
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /** link rel=canonical, else og:url, made absolute against the page address. */
    static String url(Document page) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            String href = canonical.absUrl("href");
            return href.isEmpty() ? canonical.attr("href").strip() : href;
        }
        return meta(page, "meta[property=og:url]");
    }

    static String siteName(Document page) {
        return meta(page, "meta[property=og:site_name]");
    }

    private static String meta(Document page, String selector) {
        for (Element meta : page.select(selector)) {
            String content = meta.attr("content").strip();
            if (!content.isEmpty()) {
                return content;
            }
        }
        return null;
    }

    /** The first datePublished anywhere in a JSON-LD block (also inside @graph), or null; bad JSON is ignored. */
    private static String jsonLdDatePublished(String json) {
        try {
            JsonNode found = JSON.readTree(json).findValue("datePublished");
            return found != null && found.isTextual() ? found.textValue() : null;
        } catch (JacksonException e) {
            return null;
        }
    }
}
