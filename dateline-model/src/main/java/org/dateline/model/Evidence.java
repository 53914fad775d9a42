package org.dateline.model;

/** Where an extracted item stands in the article: character offsets into the text and the sentence index. */
public interface Evidence {
    int start();

    int end();

    int sentence();
}
