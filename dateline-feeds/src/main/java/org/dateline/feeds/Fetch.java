package org.dateline.feeds;

import java.net.URI;
import java.util.Objects;

/**
 * What a fetch gave.
 *
 * @param outcome      whether it gave a body, nothing new, or failed
 * @param address      where the body came from, after redirects (the address asked for when it failed early)
 * @param status       the last HTTP status, or 0 when no response came
 * @param contentType  the media type of the body, lower case without parameters, or null
 * @param charset      the character set the server declared, or null
 * @param body         the body, decompressed; empty unless {@link Outcome#OK}
 * @param validators   the validators to send next time (ETag, Last-Modified)
 * @param problem      why it failed, one line; null unless {@link Outcome#FAILED}
 * @param retryable    whether the failure may pass (a timeout, a 5xx, a 429): worth trying again later
 */
public record Fetch(Outcome outcome, URI address, int status, String contentType, String charset, byte[] body,
                    Validators validators, String problem, boolean retryable) {
    /** Whether a fetch gave a body. */
    public enum Outcome {
        /** A body came (2xx). */
        OK,
        /** The server says nothing changed since the validators sent (304). */
        NOT_MODIFIED,
        /** No body: see {@link Fetch#problem()}. */
        FAILED
    }

    public Fetch {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(address, "address");
        body = body == null ? new byte[0] : body;
        validators = validators == null ? Validators.NONE : validators;
        if ((outcome == Outcome.FAILED) != (problem != null)) {
            throw new IllegalArgumentException("a failed fetch, and only a failed one, has a problem");
        }
    }

    static Fetch failed(URI address, int status, String problem, boolean retryable) {
        return new Fetch(Outcome.FAILED, address, status, null, null, null, null, problem, retryable);
    }

    /** The validators of a conditional GET: the ETag and Last-Modified of the last response, either may be null. */
    public record Validators(String etag, String lastModified) {
        /** No validators: an unconditional GET. */
        public static final Validators NONE = new Validators(null, null);
    }
}
