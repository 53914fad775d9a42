package org.dateline.readers;

import java.time.LocalDate;

/**
 * What an HTML page says about its article.
 *
 * @param title    og:title, else the page title, or null
 * @param date     the publication date in the page metadata, or null
 * @param url      the canonical address (link rel=canonical, else og:url), or null
 * @param siteName og:site_name, or null
 * @param text     the main text as paragraphs separated by blank lines; empty when readability found none
 * @param charset  the character set the page was decoded with
 */
record HtmlPage(String title, LocalDate date, String url, String siteName, String text, String charset) {

    /** The article draft of this page, with the address and date the reader settled on. */
    Draft toDraft(String address, LocalDate publicationDate, DatelineParser datelines) {
        return new Draft(text, publicationDate, datelines.find(text).orElse(null), title, siteName, address);
    }
}
