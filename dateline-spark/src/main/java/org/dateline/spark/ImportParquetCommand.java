package org.dateline.spark;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dateline.ingest.Ingester;
import org.dateline.store.CorpusStore;
import org.dateline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import-parquet DIR}: the job's tables into a corpus database, for the desk. */
@Command(name = "import-parquet", mixinStandardHelpOptions = true, description = {
        "Load the tables of a dateline-spark run into a corpus database.",
        "",
        "The database is the one dateline serve shows. The import stores the job's records,",
        "in date order, then stories and merged events as dateline ingest computes them. Articles already stored are",
        "skipped, so an import can be repeated or added to a database that holds other articles."})
final class ImportParquetCommand implements Callable<Integer> {
    private static final int ERRORS_SHOWN = 5;

    @Parameters(paramLabel = "DIR", description = "The --output folder of a dateline-spark run (a Hadoop path).")
    String dir;

    @Option(names = "--db", paramLabel = "FILE", description = "Corpus database (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("dateline.db");

    @Option(names = "--batch", paramLabel = "N", description = "Records per transaction (default: ${DEFAULT-VALUE}).")
    int batch = Ingester.DEFAULT_BATCH;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master that reads the tables (default: ${DEFAULT-VALUE}).")
    String master = "local[*]";

    @Override
    public Integer call() {
        SparkSession spark = Sessions.local(master);
        try (CorpusStore store = CorpusStore.open(db)) {
            ParquetImport.Result r = ParquetImport.run(spark, dir, store, batch);
            System.err.printf(Locale.ROOT, "dateline: %,d records imported, %,d already stored; %s now holds %,d"
                            + " articles in %,d stories and %,d merged events%n", r.imported(), r.alreadyStored(), db,
                    store.articleCount(), store.storyCount(), store.mergedEventCount());
            if (r.jobErrors() > 0) {
                System.err.printf(Locale.ROOT, "dateline: the job's errors table has %,d bad records (not imported),"
                        + " the first:%n", r.jobErrors());
                ParquetImport.firstErrors(spark, dir, ERRORS_SHOWN).forEach(e -> System.err.println("  " + e));
            }
            return 0;
        } catch (IllegalArgumentException | StoreException e) {
            System.err.println("dateline: " + e.getMessage());
            return 1;
        } finally {
            spark.stop();
        }
    }
}
