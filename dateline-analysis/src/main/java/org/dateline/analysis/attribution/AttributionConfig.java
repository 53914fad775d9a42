package org.dateline.analysis.attribution;

import java.util.Objects;

/**
 * How attributions are found: by the learned model (the default) or by the hand-written rules that preceded it (kept
 * to measure the model against).
 *
 * @param method MODEL or RULES
 * @param model  the model MODEL uses; null with RULES
 */
public record AttributionConfig(Method method, AttributionModel model) {

    /** The ways of finding attributions. */
    public enum Method { MODEL, RULES }

    public AttributionConfig {
        Objects.requireNonNull(method, "method");
        if (method == Method.MODEL && model == null) {
            throw new IllegalArgumentException("the MODEL method needs a model");
        }
        if (method == Method.RULES && model != null) {
            throw new IllegalArgumentException("the RULES method takes no model");
        }
    }

    /** The learned model shipped with Dateline. */
    public static AttributionConfig defaults() {
        return of(AttributionModel.standard());
    }

    /** The given learned model (a model being trained, or evaluated against the rules). */
    public static AttributionConfig of(AttributionModel model) {
        return new AttributionConfig(Method.MODEL, Objects.requireNonNull(model, "model"));
    }

    /** The hand-written rules. */
    public static AttributionConfig rules() {
        return new AttributionConfig(Method.RULES, null);
    }
}
