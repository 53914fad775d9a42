package org.dateline.feeds;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A source to follow: a feed or sitemap address (which of the two is found when it is read), or a local folder.
 *
 * @param address the address as given, or the folder's absolute path
 * @param folder  the folder, or null for an address
 */
public record Source(String address, Path folder) {
    public Source {
        Objects.requireNonNull(address, "address");
    }

    static Source remote(String url) {
        return new Source(url, null);
    }

    static Source of(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        return new Source(absolute.toString(), absolute);
    }

    /** Whether it is a local folder. */
    public boolean isFolder() {
        return folder != null;
    }
}
