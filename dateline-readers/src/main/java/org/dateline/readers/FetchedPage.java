package org.dateline.readers;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;
import org.dateline.model.Article;
import org.dateline.model.text.Messages;

/**
 * Reads a web page fetched from an address (a feed's or sitemap's item) as one article, as the {@link HtmlReader}
 * reads a saved page: the main text found by readability4j, the title, date, site name and canonical address from the
 * page's metadata. What the page does not state comes from the item: its title and date (a feed's pubDate, a news
 * sitemap's publication date), and the address it was fetched from.
 */
public final class FetchedPage {
    private final DatelineParser datelines;

    /** A reader that recognises English datelines. */
    public FetchedPage() {
        this(DatelineParser.english());
    }

    public FetchedPage(DatelineParser datelines) {
        this.datelines = Objects.requireNonNull(datelines, "datelines");
    }

    /**
     * The article of the page, or why there is none.
     *
     * @param article the article, or null when there is a problem
     * @param problem what is wrong, one line ("no text", "no publication date ..."), or null
     */
    public record Result(Article article, String problem) {
        public Result {
            if ((article == null) == (problem == null)) {
                throw new IllegalArgumentException("a result is an article or a problem");
            }
        }
    }

    /**
     * Reads the page.
     *
     * @param body      the page's bytes as served (decompressed)
     * @param charset   the character set the server declared, or null to detect it
     * @param address   where it was fetched from (after redirects)
     * @param itemTitle the title the feed or sitemap gave the item, or null
     * @param itemDate  the date the feed or sitemap gave the item, or null
     * @param options   the limits; its source names the outlet when the page does not
     */
    public Result read(byte[] body, String charset, String address, String itemTitle, LocalDate itemDate,
                       ReadOptions options) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(address, "address");
        if (body.length > HtmlPages.maxBytes(options.maxChars())) {
            return new Result(null, "too large: " + body.length + " bytes");
        }
        String binary = FileContent.binaryProblem(body, body.length);
        if (binary != null) {
            return new Result(null, binary);
        }
        HtmlPage page;
        try {
            page = HtmlPages.parse(body, charset, address);
        } catch (IOException | RuntimeException e) {
            return new Result(null, "cannot parse the HTML (" + Messages.brief(e) + ")");
        }
        LocalDate date = page.date() != null ? page.date() : itemDate;
        String url = page.url() != null ? page.url() : address;
        Draft draft = page.toDraft(url, date, datelines);
        if (draft.title() == null || draft.title().isBlank()) {
            draft = new Draft(draft.text(), draft.date(), draft.dateline(), itemTitle, draft.source(), draft.url());
        }
        String problem = ArticleAssembler.problemOf(draft, options);
        return problem != null ? new Result(null, problem) : new Result(ArticleAssembler.article(draft, options), null);
    }
}
