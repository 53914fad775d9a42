package org.dateline.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.text.Messages;
import org.dateline.store.SourceKind;

/**
 * Reads a fetched document as a {@link Listing}: an RSS or Atom feed with ROME, a sitemap, sitemap index or news
 * sitemap with crawler-commons. Which one it is comes from its root element. Stateless.
 */
public final class ListingParser {
    /** The first element of an XML document, after its declaration, comments and doctype. */
    private static final Pattern ROOT = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)[\\s>/]");
    private static final int SNIFF_BYTES = 4096;

    /** A document that is not a feed or a sitemap, or a broken one: the message says which, in one line. */
    public static final class NotAListing extends Exception {
        NotAListing(String message) {
            super(message);
        }
    }

    /** The listing of the document fetched from {@code address}. */
    public Listing parse(byte[] body, String contentType, URI address) throws NotAListing {
        String root = root(body);
        if (root == null) {
            throw new NotAListing("not XML: neither a feed nor a sitemap");
        }
        return switch (root.toLowerCase(Locale.ROOT)) {
            case "rss", "feed", "rdf" -> feed(body, address);
            case "urlset", "sitemapindex" -> sitemap(body, contentType, address);
            default -> throw new NotAListing("neither a feed nor a sitemap: the document is <" + root + ">");
        };
    }

    /** The name of the document's root element, or null when none is found near its start. */
    static String root(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        int at = 0;
        while (at < head.length()) {
            int open = head.indexOf('<', at);
            if (open < 0 || open + 1 >= head.length()) {
                return null;
            }
            char next = head.charAt(open + 1);
            if (next == '?' || next == '!') {
                int close = next == '!' && head.startsWith("<!--", open) ? head.indexOf("-->", open)
                        : head.indexOf('>', open);
                if (close < 0) {
                    return null;
                }
                at = close + 1;
                continue;
            }
            Matcher m = ROOT.matcher(head);
            return m.find(open) && m.start() == open ? m.group(1) : null;
        }
        return null;
    }

    private static Listing feed(byte[] body, URI address) throws NotAListing {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body))) {
            feed = new SyndFeedInput().build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new NotAListing("malformed feed (" + Messages.brief(e) + ")");
        }
        List<Listing.Item> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
            URI resolved = resolve(address, link);
            if (resolved == null) {
                continue;
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            items.add(new Listing.Item(resolved.toString(), blankToNull(entry.getTitle()), day(date)));
        }
        return new Listing(SourceKind.FEED, blankToNull(feed.getTitle()), items, List.of());
    }

    private static Listing sitemap(byte[] body, String contentType, URI address) throws NotAListing {
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap map;
        try {
            map = parser.parseSiteMap(contentType == null ? "text/xml" : contentType, body, address.toURL());
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            throw new NotAListing("malformed sitemap (" + Messages.brief(e) + ")");
        }
        if (map instanceof SiteMapIndex index) {
            List<String> children = index.getSitemaps().stream().map(s -> s.getUrl().toString()).toList();
            return new Listing(SourceKind.SITEMAP, null, List.of(), children);
        }
        List<Listing.Item> items = new ArrayList<>();
        for (SiteMapURL url : ((SiteMap) map).getSiteMapUrls()) {
            String title = null;
            LocalDate date = day(url.getLastModified());
            ExtensionMetadata[] news = url.getAttributesForExtension(Extension.NEWS);
            if (news != null) {
                for (ExtensionMetadata m : news) {
                    if (m instanceof NewsAttributes n) {
                        title = blankToNull(n.getTitle());
                        if (n.getPublicationDateTime() != null) {
                            date = n.getPublicationDateTime().withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
                        }
                    }
                }
            }
            items.add(new Listing.Item(url.getUrl().toString(), title, date));
        }
        return new Listing(SourceKind.SITEMAP, null, items, List.of());
    }

    private static URI resolve(URI base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI resolved = base.resolve(link.strip());
            return resolved.getScheme() != null && resolved.getScheme().startsWith("http") ? resolved : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
