package org.dateline.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * Whether posted articles can be analysed now: the analyzer's models load in the background when the server starts
 * (tens of seconds), so that the first article does not wait for them.
 *
 * @param state      where the loading is
 * @param loadMillis how long the loading took, once it ended (READY or FAILED), else null
 * @param message    why it failed, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnalyzerStatus(State state, Long loadMillis, String message) {
    public AnalyzerStatus {
        Objects.requireNonNull(state, "state");
    }

    /** The states of the analyzer. */
    public enum State {
        /** This server takes no articles, so no models are loaded. */
        OFF,
        /** Not asked for yet: loaded on the first article. */
        IDLE,
        /** The models are loading in the background; an article posted now waits for them. */
        LOADING,
        /** Loaded: articles are analysed at once. */
        READY,
        /** The loading failed; the next article tries again. */
        FAILED
    }
}
