package org.dateline.feeds;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dateline.store.SourceKind;

/**
 * What a feed or sitemap lists.
 *
 * @param kind     a feed or a sitemap
 * @param title    the feed's title (its outlet, when its pages do not name one), or null
 * @param items    the pages it lists, in its order
 * @param sitemaps the sitemaps a sitemap index lists (empty otherwise)
 */
public record Listing(SourceKind kind, String title, List<Item> items, List<String> sitemaps) {
    public Listing {
        Objects.requireNonNull(kind, "kind");
        items = List.copyOf(items);
        sitemaps = List.copyOf(sitemaps);
    }

    /**
     * One page a source lists.
     *
     * @param address the page's address as listed (absolute)
     * @param title   the title the source gives it, or null
     * @param date    the date the source gives it (published, else updated), or null
     */
    public record Item(String address, String title, LocalDate date) {
        public Item {
            Objects.requireNonNull(address, "address");
        }
    }
}
