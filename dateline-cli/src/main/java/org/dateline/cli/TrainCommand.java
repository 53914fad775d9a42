package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.corenlp.LinearModels;
import org.dateline.embed.MiniLmEncoder;
import org.dateline.eval.Report;
import org.dateline.eval.train.NewnessTraining;
import org.dateline.model.learn.SoftmaxModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dateline train ...}: train the learned components from data the Dateline developers wrote. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a learned component.",
        subcommands = {TrainCommand.Newness.class})
final class TrainCommand {

    @Command(name = "newness", mixinStandardHelpOptions = true, description = {
        "The newness model: whether a sentence reports a new event or mentions events as context.",
        "Cross-validates, then trains on every sentence and writes the model file with its provenance."})
    static final class Newness implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "FILE.tsv", description = "Labelled sentences (default: "
                + "${DEFAULT-VALUE}).")
        Path data = Path.of("training", "newness-en.tsv");

        @Option(names = "--out", paramLabel = "FILE.json", description = "The model file (default: ${DEFAULT-VALUE}).")
        Path out = Path.of("dateline-analysis", "src", "main", "resources", "org", "dateline", "lang", "en",
                "newness-model.json");

        @Option(names = "--sigma", description = "The Gaussian prior's sigma (default: ${DEFAULT-VALUE}).")
        double sigma = 1.0;

        @Option(names = "--folds", description = "Folds of the cross-validation (default: ${DEFAULT-VALUE}).")
        int folds = 5;

        @Override
        public Integer call() throws IOException {
            if (folds < 2 || sigma <= 0) {
                System.err.println("dateline: --folds must be 2 or more and --sigma more than 0");
                return 2;
            }
            List<NewnessTraining.Example> examples;
            try {
                examples = NewnessTraining.read(data);
            } catch (IOException | IllegalStateException e) {
                System.err.println("dateline: " + data + ": " + e.getMessage());
                return 1;
            }
            MiniLmEncoder encoder = new MiniLmEncoder();
            List<float[]> vectors = NewnessTraining.encode(examples, encoder);
            Report cv = NewnessTraining.crossValidate(examples, vectors, sigma, folds, 20261202L);
            cv.print(System.out);
            SoftmaxModel model = LinearModels.train(vectors, examples.stream().map(NewnessTraining.Example::label)
                    .toList(), sigma);
            NewnessTraining.write(model, out, data, encoder, sigma, cv, "dateline train newness --data " + data
                    + " --sigma " + sigma);
            System.err.println("dateline: wrote " + out);
            return 0;
        }
    }
}
