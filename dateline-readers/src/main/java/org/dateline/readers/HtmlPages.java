package org.dateline.readers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Parses an HTML page into an {@link HtmlPage}: metadata from the head, main text by readability4j. Shared by the
 * {@link HtmlReader} and the {@link WarcReader}.
 */
final class HtmlPages {

    private static final String PARAGRAPH_BREAK = "\n\n";
    /** Markup takes room: a page may have this many times the bytes of its longest allowed text. */
    private static final int MARKUP_FACTOR = 2;

    private HtmlPages() {
    }

    /** The most bytes a page may have for a text of at most {@code maxChars} characters. */
    static long maxBytes(int maxChars) {
        return MARKUP_FACTOR * FileContent.bytesFor(maxChars);
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
        String pageTitle = page.title();
        String pageCharset = page.charset().name();
        boolean bodyText = page.body() != null && !page.body().text().isBlank();
        // readability changes the document it reads, so the metadata is read first
        Article main = new Readability4J(base, page).parse();
        // without text in the body, readability makes an article of the title: that is no article
        String text = !bodyText || main.getArticleContent() == null ? ""
                : ParagraphText.of(main.getArticleContent());
        text = withoutHeadline(text, Stream.of(title, pageTitle, main.getTitle()));
        return new HtmlPage(title, date, url, siteName, text, pageCharset);
    }

    /** The text without a first paragraph that only repeats the headline, so that a dateline can open it. */
    private static String withoutHeadline(String text, Stream<String> titles) {
        int end = text.indexOf(PARAGRAPH_BREAK);
        if (end < 0) {
            return text;
        }
        String first = normalized(text.substring(0, end));
        boolean headline = titles.anyMatch(title -> title != null && normalized(title).equals(first));
        return headline ? text.substring(end + PARAGRAPH_BREAK.length()) : text;
    }

    private static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
