package org.dateline.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.store.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Naming sources, reading what they list, and telling one page's addresses apart. */
class SourcesTest {
    @TempDir
    Path dir;

    @Test
    void anOpmlListAPlainListAFolderAndAnAddressAreSourcesEachOnce() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("inbox"));
        Path opml = Files.writeString(dir.resolve("feeds.opml"), "<?xml version=\"1.0\"?><opml version=\"2.0\"><body>"
                + "<outline text=\"World\"><outline type=\"rss\" text=\"A\" xmlUrl=\"https://a.example/rss\"/>"
                + "<outline type=\"rss\" text=\"B\" xmlUrl=\"https://b.example/atom.xml\"/></outline></body></opml>");
        Path list = Files.writeString(dir.resolve("sources.txt"), "# followed\nhttps://a.example/rss\n\n" + folder
                + "  # local drops\nftp://nope.example/feed\n");
        List<String> problems = new ArrayList<>();
        List<Source> sources = Sources.of(List.of(opml.toString(), list.toString(), "https://c.example/sitemap.xml",
                dir.resolve("missing").toString()), problems::add);
        assertEquals(List.of("https://a.example/rss", "https://b.example/atom.xml", folder.toAbsolutePath()
                .toString(), "https://c.example/sitemap.xml"), sources.stream().map(Source::address).toList());
        assertTrue(sources.get(2).isFolder());
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(list + " line 5: ftp://nope.example/feed is neither"), problems.get(0));
        assertTrue(problems.get(1).contains("no such file or folder"), problems.get(1));
    }

    @Test
    void anAtomFeedListsItsEntriesWithTheirDates() throws ListingParser.NotAListing {
        String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- a comment first -->\n<feed"
                + " xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom Wire</title><id>urn:x</id>"
                + "<updated>2022-10-04T10:00:00Z</updated><entry><title>Izium</title><id>urn:1</id>"
                + "<link href=\"/2022/10/izium.html\"/><published>2022-10-03T23:30:00-04:00</published>"
                + "<updated>2022-10-04T10:00:00Z</updated></entry></feed>";
        Listing l = new ListingParser().parse(atom.getBytes(StandardCharsets.UTF_8), "application/atom+xml",
                URI.create("https://wire.example/feeds/all.atom"));
        assertEquals(SourceKind.FEED, l.kind());
        assertEquals("Atom Wire", l.title());
        assertEquals(List.of(new Listing.Item("https://wire.example/2022/10/izium.html", "Izium",
                LocalDate.of(2022, 10, 4))), l.items(), "relative links resolved; the date in UTC");
    }

    @Test
    void aPageIsNotAListing() {
        ListingParser.NotAListing e = assertThrows(ListingParser.NotAListing.class, () -> new ListingParser().parse(
                "<!doctype html><html><body>Hi</body></html>".getBytes(StandardCharsets.UTF_8), "text/html",
                URI.create("https://x.example/")));
        assertEquals("neither a feed nor a sitemap: the document is <html>", e.getMessage());
    }

    @Test
    void onePageUnderItsAddressVariantsIsOneItem() {
        String plain = Addresses.normalized("https://news.example/world/a.html");
        assertEquals(plain, Addresses.normalized("HTTPS://News.Example:443/world/a.html#comments"));
        assertEquals(plain, Addresses.normalized("https://news.example/world/a.html?utm_source=rss&utm_medium=feed"));
        assertTrue(!plain.equals(Addresses.normalized("https://news.example/world/b.html")));
    }
}
