package org.dateline.store;

/** Where an item (a page or file a source listed) stands. */
public enum ItemState {
    /** Its article was stored. */
    STORED,
    /** Its text was stored already, from another item or input: the same story twice. */
    DUPLICATE,
    /** It failed in a way that may pass (a timeout, a server error); it is tried again, a few times at most. */
    RETRY,
    /** It failed for good (no text, not a page, refused by robots.txt, tried too often); it is not tried again. */
    FAILED;

    /** Whether the item is done with: not to be fetched again. */
    public boolean settled() {
        return this != RETRY;
    }
}
