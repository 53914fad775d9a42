package org.dateline.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.analysis.attribution.AttributionModel;
import org.dateline.corenlp.LinearModels;
import org.dateline.embed.MiniLmEncoder;
import org.dateline.eval.AttributionTraining;
import org.dateline.eval.Report;
import org.dateline.eval.train.NewnessTraining;
import org.dateline.model.learn.SoftmaxModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline train ...}: train the learned components (the newness model, the attribution model). */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train Dateline's learned models.",
        subcommands = {TrainCommand.Newness.class, TrainCommand.Attribution.class})
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
                Errors.print(data + ": " + e.getMessage());
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

    @Command(name = "attribution", mixinStandardHelpOptions = true, description = {
        "Train the attribution model (cues, contents, sources, quotations) on a PolNeAR split folder: its train split,",
        "e.g. ../shared/data/quotes/polnear/train (never dev). With --folds, first print the cross-validated figures",
        "of the model and of the rules on that split. Writes the model file (a language-data TSV)."})
    static final class Attribution implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "A PolNeAR split folder (text/, attributions/, metadata.tsv).")
        Path dir;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The model file to "
                + "write (the shipped one: dateline-analysis/src/main/resources/org/dateline/lang/en/"
                + "attribution-model.tsv).")
        Path output;

        @Option(names = "--folds", paramLabel = "N", description = "Cross-validation folds to report first "
                + "(default ${DEFAULT-VALUE}; 0 for none).")
        int folds = 0;

        @Option(names = "--sigma", paramLabel = "S", description = "Gaussian prior of the logistic regressions "
                + "(default ${DEFAULT-VALUE}).")
        double sigma = 0.5;

        @Option(names = "--min-count", paramLabel = "N", description = "Leave out features seen in fewer examples "
                + "(default ${DEFAULT-VALUE}).")
        int minCount = 5;

        @Option(names = "--cue-threshold", paramLabel = "P", description = "Cue probability above which a token is "
                + "a cue (default ${DEFAULT-VALUE}).")
        double cueThreshold = 0.4;

        @Option(names = "--details", paramLabel = "FILE", description = "With --folds: write each attribution the "
                + "model missed or found wrongly in the cross-validation to this file.")
        Path details;

        @Mixin
        AnalyzerOptions analyzer;

        @Override
        public Integer call() throws IOException {
            if (!EvalCommand.isFolder(dir)) {
                return 1;
            }
            AttributionTraining.Settings settings;
            try {
                settings = new AttributionTraining.Settings(sigma, minCount, cueThreshold, folds, analyzer.threads);
            } catch (IllegalArgumentException e) {
                Errors.print(e.getMessage());
                return 2;
            }
            List<String> header = List.of(
                    "# The attribution model: logistic-regression weights of four scorers (cue, content, source,",
                    "# quote) over the features of org.dateline.analysis.attribution.AttributionCandidates, and the "
                            + "cue threshold.",
                    "# source: trained by `dateline train attribution` on PolNeAR's train split (networkdynamics/"
                            + "PolNeAR, " + dir.getFileName() + "; the first annotator file of each text) with "
                            + "Stanford CoreNLP 4.5.10's LinearClassifierFactory (quasi-Newton, Gaussian prior "
                            + String.format(Locale.ROOT, "sigma %s, features seen at least %d times", sigma, minCount)
                            + ")",
                    "# licence: weights derived from the PolNeAR annotations (no licence stated by its authors; "
                            + "research use); distributed with Dateline under GPL-3.0-or-later",
                    "# version: " + LocalDate.now(),
                    "# columns: part\tfeature\tweight (threshold\tname\tvalue)");
            try {
                AttributionModel model = new AttributionTraining(analyzer.parser(), settings)
                        .train(dir, header, System.out, details);
                Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), "model", ".tmp");
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    model.write(w);
                }
                Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                System.out.println("model: " + output);
                return 0;
            } catch (IOException | IllegalArgumentException e) {
                Errors.print(e.getMessage());
                return 1;
            }
        }
    }
}
