package org.dateline.eval.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dateline.corenlp.LinearModels;
import org.dateline.eval.Report;
import org.dateline.model.lang.Lexicon;
import org.dateline.model.learn.SoftmaxModel;
import org.dateline.model.parse.SentenceEncoder;

/**
 * Trains the newness model: the labelled sentences of a training file ({@code label, sentence}) embedded by the
 * sentence encoder, a softmax regression fitted by CoreNLP's maximum-entropy trainer, first in k-fold
 * cross-validation (reported), then on every sentence (written as the model file, with its provenance).
 */
public final class NewnessTraining {
    /** The label of a sentence that reports a new event. */
    static final String NEW = "NEW";

    /** A labelled sentence. */
    public record Example(String label, String sentence) {
    }

    private NewnessTraining() {
    }

    /** The examples of a training file (a language-data file with a header and columns label, sentence). */
    public static List<Example> read(Path file) throws IOException {
        return Lexicon.read(file, 2).rows().stream().map(r -> new Example(r.get(0), r.get(1))).toList();
    }

    /**
     * @param folds the folds of the cross-validation (sentences dealt to them in a seeded shuffle)
     * @return the cross-validated figures: accuracy over the labels, and precision and recall of NEW
     */
    public static Report crossValidate(List<Example> examples, List<float[]> vectors, double sigma, int folds,
                                       long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(seed));
        int right = 0;
        int predictedNew = 0;
        int goldNew = 0;
        int bothNew = 0;
        for (int f = 0; f < folds; f++) {
            List<float[]> x = new ArrayList<>();
            List<String> y = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int n = 0; n < order.size(); n++) {
                int i = order.get(n);
                if (n % folds == f) {
                    test.add(i);
                } else {
                    x.add(vectors.get(i));
                    y.add(examples.get(i).label());
                }
            }
            SoftmaxModel model = LinearModels.train(x, y, sigma);
            for (int i : test) {
                String predicted = model.best(vectors.get(i));
                String gold = examples.get(i).label();
                right += predicted.equals(gold) ? 1 : 0;
                predictedNew += predicted.equals(NEW) ? 1 : 0;
                goldNew += gold.equals(NEW) ? 1 : 0;
                bothNew += predicted.equals(NEW) && gold.equals(NEW) ? 1 : 0;
            }
        }
        return Report.builder()
                .count("examples", examples.size())
                .count("folds", folds)
                .ratio("accuracy", (double) right / examples.size())
                .ratio("new-precision", predictedNew == 0 ? 0 : (double) bothNew / predictedNew)
                .ratio("new-recall", goldNew == 0 ? 0 : (double) bothNew / goldNew)
                .build();
    }

    /** Encodes every example's sentence. */
    public static List<float[]> encode(List<Example> examples, SentenceEncoder encoder) {
        return examples.stream().map(e -> encoder.encode(e.sentence())).toList();
    }

    /** Writes the model with its provenance: the data, the encoder, the command and the cross-validated figures. */
    public static void write(SoftmaxModel model, Path out, Path data, SentenceEncoder encoder, double sigma,
                             Report crossValidation, String command) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("description", "Dateline's newness model: whether a sentence of a news report reports a new event "
                + "(NEW) or mentions events as context (RECALLED, AGGREGATE, GENERIC, NOT_ASSERTED, STATEMENT, "
                + "NOT_CONFLICT). A softmax regression over the sentence's embedding.");
        root.put("source", "trained by `" + command + "` on " + data.getFileName() + ", sentences written by the "
                + "Dateline developers (no published article); CoreNLP LinearClassifierFactory, sigma " + sigma);
        root.put("licence", "GPL-3.0-or-later");
        root.put("version", 1);
        root.put("trained", LocalDate.now().toString());
        root.put("encoder", encoder.name());
        ObjectNode cv = root.putObject("crossValidation");
        crossValidation.figures().forEach(f -> cv.put(f.name(), Math.round(f.value() * 1000) / 1000.0));
        ArrayNode labels = root.putArray("labels");
        model.labels().forEach(labels::add);
        ArrayNode weights = root.putArray("weights");
        for (double[] w : model.weights()) {
            ArrayNode row = weights.addArray();
            for (double v : w) {
                row.add(Math.round(v * 1e6) / 1e6);
            }
        }
        ArrayNode bias = root.putArray("bias");
        for (double b : model.bias()) {
            bias.add(Math.round(b * 1e6) / 1e6);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, json.writeValueAsString(root) + "\n");
    }
}
