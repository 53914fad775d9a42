package org.dateline.store;

/** What a watched source is. */
public enum SourceKind {
    /** An RSS or Atom feed. */
    FEED,
    /** A sitemap or sitemap index (news sitemaps included). */
    SITEMAP,
    /** A local folder whose new files are read. */
    FOLDER
}
