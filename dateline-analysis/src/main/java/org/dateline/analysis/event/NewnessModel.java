package org.dateline.analysis.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dateline.model.BackgroundReason;
import org.dateline.model.learn.SoftmaxModel;
import org.dateline.model.parse.SentenceEncoder;

/**
 * The learned reading of a sentence: whether it reports a new event of its article or mentions events as context,
 * and which context. A softmax regression over the sentence's embedding, trained by {@code dateline train newness}
 * on sentences the Dateline developers wrote ({@code training/newness-en.tsv}); the model file,
 * {@code lang/en/newness-model.json}, records its provenance. Thread-safe.
 */
public final class NewnessModel {
    /** The label of a sentence that reports a new event. */
    public static final String NEW = "NEW";
    private static final String RESOURCE = "/org/dateline/lang/en/newness-model.json";
    private static final Map<String, BackgroundReason> REASONS = Map.of(
            "RECALLED", BackgroundReason.RECALLED, "AGGREGATE", BackgroundReason.AGGREGATE,
            "GENERIC", BackgroundReason.GENERIC, "NOT_ASSERTED", BackgroundReason.NOT_ASSERTED,
            "STATEMENT", BackgroundReason.STATEMENT, "NOT_CONFLICT", BackgroundReason.OUT_OF_SCOPE);

    private final SentenceEncoder encoder;
    private final SoftmaxModel model;

    public NewnessModel(SentenceEncoder encoder, SoftmaxModel model) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.model = Objects.requireNonNull(model, "model");
        if (encoder.dimension() != model.dimension()) {
            throw new IllegalArgumentException("the model reads vectors of " + model.dimension() + ", the encoder "
                    + encoder.name() + " writes " + encoder.dimension());
        }
        for (String label : model.labels()) {
            if (!label.equals(NEW) && !REASONS.containsKey(label)) {
                throw new IllegalArgumentException("unknown newness label " + label);
            }
        }
    }

    /**
     * The model that ships with Dateline, over the given encoder.
     *
     * @throws IllegalStateException when the encoder is not the one the model was trained on
     */
    public static NewnessModel english(SentenceEncoder encoder) {
        try (InputStream in = NewnessModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the newness model " + RESOURCE + " is missing from the class path");
            }
            JsonNode json = new ObjectMapper().readTree(in);
            String trainedOn = json.path("encoder").asText();
            if (!trainedOn.equals(encoder.name())) {
                throw new IllegalStateException("the newness model was trained on " + trainedOn + " vectors, not "
                        + encoder.name());
            }
            return new NewnessModel(encoder, read(json));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the newness model " + RESOURCE, e);
        }
    }

    /** The classifier of a model file's {@code labels}, {@code weights} and {@code bias}. */
    public static SoftmaxModel read(JsonNode json) {
        List<String> labels = new ArrayList<>();
        json.path("labels").forEach(l -> labels.add(l.asText()));
        double[][] weights = new double[labels.size()][];
        double[] bias = new double[labels.size()];
        for (int k = 0; k < labels.size(); k++) {
            JsonNode w = json.path("weights").path(k);
            weights[k] = new double[w.size()];
            for (int i = 0; i < w.size(); i++) {
                weights[k][i] = w.get(i).asDouble();
            }
            bias[k] = json.path("bias").path(k).asDouble();
        }
        return new SoftmaxModel(labels, weights, bias);
    }

    /** How probable each label is for the sentence. */
    public Reading read(String sentence) {
        double[] p = model.probabilities(encoder.encode(sentence));
        double pNew = 0;
        String best = null;
        double bestP = -1;
        for (int k = 0; k < p.length; k++) {
            String label = model.labels().get(k);
            if (label.equals(NEW)) {
                pNew = p[k];
            } else if (p[k] > bestP) {
                best = label;
                bestP = p[k];
            }
        }
        return new Reading(pNew, REASONS.get(best));
    }

    /**
     * A sentence's reading.
     *
     * @param pNew    the probability that it reports a new event
     * @param context the most probable kind of context it is otherwise
     */
    public record Reading(double pNew, BackgroundReason context) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P(new)=%.2f else %s", pNew, context);
        }
    }
}
