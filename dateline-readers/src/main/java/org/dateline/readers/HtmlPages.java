package org.dateline.readers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;

import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Parses an HTML page into an {@link HtmlPage}: metadata from the head, main text by readability4j. Shared by the
 * {@link HtmlReader} and the {@link WarcReader}.
 */
final class HtmlPages {

    private HtmlPages() {
    }

    /**
     * Parses a page.
     *
     * @param bytes   the page as served
     * @param charset the character set the server declared, or null to detect it (byte order mark, meta charset,
     *                else UTF-8)
     * @param address the page's address, for resolving relative links, or null
     */
    static HtmlPage parse(byte[] bytes, String charset, String address) throws IOException {
        String base = address == null ? "" : address;
        Document page = Jsoup.parse(new ByteArrayInputStream(bytes), charset, base);
        String title = HtmlMetadata.title(page);
        LocalDate date = HtmlMetadata.date(page);
        String url = HtmlMetadata.url(page);
        String siteName = HtmlMetadata.siteName(page);
        String pageCharset = page.charset().name();
        // readability changes the document it reads, so the metadata is read first
        Element main = new Readability4J(base, page).parse().getArticleContent();
        String text = main == null ? "" : ParagraphText.of(main);
        return new HtmlPage(title, date, url, siteName, text, pageCharset);
    }
}
