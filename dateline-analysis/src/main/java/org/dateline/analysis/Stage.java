package org.dateline.analysis;

/**
 * One job of the analysis: takes the analysis so far and returns it with what this stage found.
 * Stages are stateless and thread-safe after construction.
 */
public interface Stage {
    Analysis apply(Analysis analysis);

    /** A short name for logs and benchmarks, by default the class name. */
    default String name() {
        return getClass().getSimpleName();
    }
}
