package org.dateline.dedup;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An article to assign to a story.
 *
 * @param articleId   the article's id
 * @param published   its publication date: the earliest article of a story names it
 * @param fingerprint its text's fingerprint
 */
public record ArticleFingerprint(String articleId, LocalDate published, StoryFingerprint fingerprint)
        implements Serializable {
    public ArticleFingerprint {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
