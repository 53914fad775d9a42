package org.dateline.analysis.event;

import org.dateline.model.BackgroundReason;

/**
 * How the event layer decides whether a report is a new event of its article: by its rules ({@link EventReading}),
 * by the learned model of the sentence ({@link NewnessModel}), or by both, the model overruling the rules only when
 * it is sure.
 */
public enum Newness {
    /** The rules alone. */
    RULES,
    /** The model alone (a planned, possible or denied event stays background by its modality). */
    MODEL,
    /**
     * The rules, but a report the rules take for news that the model finds improbable news ({@value #VETO} or less)
     * is the context the model reads. What the rules take for context stays context (letting a sure model make news
     * of it was measured to cost precision).
     */
    COMBINED;

    static final double VETO = 0.2;
    private static final double EVEN = 0.5;

    /**
     * @param rules   the reading of the rules (null: news)
     * @param model   the model's reading of the sentence
     * @param inScope whether the kind is a record's and the article is about conflict
     */
    BackgroundReason decide(BackgroundReason rules, NewnessModel.Reading model, String modality, boolean inScope) {
        return switch (this) {
            case RULES -> rules;
            case MODEL -> !inScope ? BackgroundReason.OUT_OF_SCOPE
                    : !modality.equals("ASSERTED") ? BackgroundReason.NOT_ASSERTED
                    : model.pNew() >= EVEN ? null : model.context();
            case COMBINED -> {
                yield rules == null && model.pNew() <= VETO ? model.context() : rules;
            }
        };
    }
}
