package org.dateline.store;

/** A corpus store could not be opened, read or written; the message names the file or the failed operation. */
public final class StoreException extends RuntimeException {
    StoreException(String message) {
        super(message);
    }

    StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
